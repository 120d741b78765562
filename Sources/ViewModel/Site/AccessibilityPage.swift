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

    public init(frame: PageFrame, statement facts: SiteConfig.AccessibilityStatement, months: [String]) {
        self.frame = frame
        switch facts.compliance.lowercased() {
        case "helt": compliance = .full
        case "delvis": compliance = .partial
        default: compliance = .not
        }
        knownProblems = facts.knownProblems
        exemptions = facts.exemptions
        outsideScope = facts.outsideScope
        assessed = Self.date(facts.assessed, months: months)
        updated = Self.date(facts.updated, months: months)
        method = facts.method.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }

    static func date(_ text: String?, months: [String]) -> DateFact? {
        guard let text, !text.isEmpty else { return nil }
        return DateFact(iso: isISODate(text) ? text : nil, text: written(text, months: months))
    }

    /// An ISO date as written (`2016`, `2016-02`, `2016-02-23`) in words: `23 februari 2016`.
    /// Anything else is shown as it is.
    static func written(_ iso: String, months: [String]) -> String {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }), months.count == 12 else { return iso }
        let numbers = parts.map { $0! }
        switch numbers.count {
        case 1: return "\(numbers[0])"
        case 2 where (1...12).contains(numbers[1]): return "\(months[numbers[1] - 1]) \(numbers[0])"
        case 3 where (1...12).contains(numbers[1]) && (1...31).contains(numbers[2]):
            return "\(numbers[2]) \(months[numbers[1] - 1]) \(numbers[0])"
        default: return iso
        }
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
