import Foundation
import InterfaceText
import PlanModel

/// The accessibility statement (tillgänglighetsredogörelse) with the facts Digg requires.
public struct AccessibilityPage: Sendable {
    public enum Compliance: Sendable {
        case full, partial, not
    }

    /// A date from site.yml: in words, and as `<time datetime>` when it is an ISO date.
    public struct DateFact: Sendable {
        /// The date as written, when `<time datetime>` accepts it.
        public var iso: String?
        /// `23 februari 2016`, or the text as it is when it is no date.
        public var text: String
    }

    public var frame: PageFrame
    public var compliance: Compliance
    public var knownProblems: [String]
    public var exemptions: [String]
    public var outsideScope: [String]
    public var assessed: DateFact?
    public var updated: DateFact?
    public var method: String?

    public init(frame: PageFrame, statement facts: SiteConfig.AccessibilityStatement, t: Strings) {
        self.frame = frame
        switch facts.compliance.lowercased() {
        case "helt": compliance = .full
        case "delvis": compliance = .partial
        default: compliance = .not
        }
        knownProblems = facts.knownProblems
        exemptions = facts.exemptions
        outsideScope = facts.outsideScope
        assessed = Self.date(facts.assessed, t)
        updated = Self.date(facts.updated, t)
        method = StatedText.nonBlank(facts.method)
    }

    static func date(_ text: String?, _ t: Strings) -> DateFact? {
        guard let text, !text.isEmpty else { return nil }
        return DateFact(iso: isISODate(text) ? text : nil, text: t.dateInWords(text))
    }

    /// Is the text an ISO date that `<time datetime>` accepts?
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let lengths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return false }
        return parts.enumerated().allSatisfy { index, part in
            part.count == lengths[index] && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
        }
    }
}
