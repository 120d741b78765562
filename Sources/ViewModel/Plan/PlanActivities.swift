import Foundation
import PlanModel
import PlanParser

/// Every activity of a plan with what it takes from the sections around it, resolved once per
/// plan. The plan's page, its large-print copy and every format read these values, so that
/// they agree on who is responsible, the partners, the time, the themes and the other columns.
public struct PlanActivities: Sendable {
    /// In document order.
    public let all: [ResolvedActivity]
    private let indexByID: [String: Int]

    public init(_ plan: Plan) {
        var all: [ResolvedActivity] = []
        func collect(_ content: [ContentBlock], _ context: AreaContext) {
            for case .activities(let table) in content {
                all += table.activities.map { ResolvedActivity($0, in: context) }
            }
        }
        func visit(_ section: Section, _ outer: AreaContext) {
            let context = outer.entering(section)
            collect(section.content, context)
            for child in section.children { visit(child, context) }
            collect(section.contentAfterChildren ?? [], context)
        }
        collect(plan.preamble, AreaContext())
        for section in plan.sections { visit(section, AreaContext()) }
        let latest = plan.latestStatuses
        if !latest.isEmpty {
            for index in all.indices { all[index].status = latest[all[index].activity.id] }
        }
        self.all = all
        // Ids are unique in a plan; should one repeat, the first activity keeps it.
        indexByID = Dictionary(all.enumerated().map { ($1.activity.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The activity as resolved; it must be one of the plan's.
    public subscript(_ activity: Activity) -> ResolvedActivity {
        guard let index = indexByID[activity.id] else {
            preconditionFailure("PlanActivities: \(activity.id) is not an activity of this plan")
        }
        return all[index]
    }
}

/// An activity with what it takes from the sections around it.
public struct ResolvedActivity: Sendable {
    public var activity: Activity
    /// The headings (`SectionHeading.text`) from the outermost section down to the one that
    /// holds the activity.
    public var headings: [String]
    /// The activity's own responsible, else the `Ansvar:` of the nearest enclosing section that
    /// has one; nil when the plan names no one.
    public var responsible: ActivityFact?
    /// The activity's own partners, else the nearest enclosing section's `Samverkansparter:`.
    public var partners: ActivityFact?
    /// The activity's own time, else the nearest enclosing section's `När:`.
    public var when: ActivityFact?
    /// `when` read as a period, when it is one (`2016`, `Q3 2016`, `Årligen`).
    public var schedule: Schedule?
    /// What the latest follow-up report that names the activity says of it.
    public var status: LatestStatus?
    /// Theme ids of the nearest enclosing section that names any.
    public var themes: [String]
    /// The columns no format knows by meaning (`Uppföljning`, `Finansiering`, `Indikator` …),
    /// those with text, in the table's order.
    public var otherFields: [Field]

    /// The other columns of a table of these activities: every name in `otherFields`, in the
    /// order they first appear.
    public static func otherColumns(_ activities: [ResolvedActivity]) -> [String] {
        var names: [String] = []
        for activity in activities {
            for field in activity.otherFields where !names.contains(field.name) {
                names.append(field.name)
            }
        }
        return names
    }

    fileprivate init(_ activity: Activity, in area: AreaContext) {
        self.activity = activity
        headings = area.headings
        responsible = ActivityFact(own: activity.responsible?.statedText, area: area.responsible)
        partners = ActivityFact(own: activity.partners?.statedText, area: area.partners)
        when = ActivityFact(own: StatedText.of(activity.when), area: area.when)
        schedule = when.flatMap { ScheduleReader.read($0.text) }
        themes = area.themes
        otherFields = activity.otherFields.filter { StatedText.of($0.text) != nil }
    }
}

/// Something an activity states, or takes from its area because it states nothing itself.
public struct ActivityFact: Sendable, Equatable {
    /// As written, without white space around it.
    public var text: String
    /// The text is the area's (the nearest enclosing section's line), not the activity's own.
    public var isInherited: Bool

    public init(text: String, isInherited: Bool) {
        self.text = text
        self.isInherited = isInherited
    }

    init?(own: String?, area: String?) {
        if let own {
            self.init(text: own, isInherited: false)
        } else if let area {
            self.init(text: area, isInherited: true)
        } else {
            return nil
        }
    }
}

/// What the sections around an activity state, the nearest first.
private struct AreaContext {
    var headings: [String] = []
    var responsible: String?
    var partners: String?
    var when: String?
    var themes: [String] = []

    func entering(_ section: Section) -> AreaContext {
        var inner = self
        inner.headings.append(SectionHeading.text(section))
        if let responsible = section.responsible?.statedText { inner.responsible = responsible }
        if let partners = section.partners?.statedText { inner.partners = partners }
        if let when = StatedText.of(section.when) { inner.when = when }
        if !section.themes.isEmpty { inner.themes = section.themes }
        return inner
    }
}

/// Text a plan states in a cell or on a line, without white space around it; nil when there is
/// none. The one rule for whether an activity or an area names someone or a time.
public enum StatedText {
    public static func of(_ text: String?) -> String? {
        guard let text else { return nil }
        // Foundation's trimming, unless both ends are ASCII other than white space: nothing to
        // trim (and Foundation is slow on the many cells of a large plan).
        if let first = text.utf8.first, let last = text.utf8.last,
           first < 0x80, last < 0x80, !isASCIISpace(first), !isASCIISpace(last) {
            return text
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `text` as it is, or nil when it is missing, empty or only white space: the one rule for
    /// whether a page shows a line for it.
    public static func nonBlank(_ text: String?) -> String? {
        guard let text, !isBlank(text) else { return nil }
        return text
    }

    /// Whether `text` is empty or only white space (Foundation's `whitespacesAndNewlines`). A
    /// text with an ASCII character other than white space is not: decided on the bytes, as
    /// nearly every text is (Foundation's trimming copies the text through UTF-16 first).
    public static func isBlank(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 < 0x80 && !isASCIISpace($0) }) { return false }
        return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}

extension MentionList {
    /// The wording as written, or nil when there is none (`StatedText`).
    public var statedText: String? { StatedText.of(text) }
}
