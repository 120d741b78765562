/// What became of an activity, in the small fixed vocabulary a follow-up report uses. The raw
/// values are the codes published in the data files; the Swedish words are in the interface
/// strings and in the parser's word list.
public enum ActivityStatus: String, Codable, Sendable, CaseIterable, Comparable {
    case notStarted = "ej-paborjad"
    case ongoing = "pagar"
    case done = "genomford"
    case delayed = "forsenad"
    case cancelled = "avbruten"
    case replaced = "ersatt"

    /// Order of the vocabulary (the guide's, the tables' and the charts').
    public static func < (lhs: ActivityStatus, rhs: ActivityStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A follow-up report (uppföljning) of one plan: a file of its own beside the plan.
public struct FollowUp: Codable, Sendable {
    /// The part of the file name after the plan's: `uppfoljning-2025` for
    /// `handlingsplan-2015-2017.uppfoljning-2025.md`.
    public var slug: String
    public var date: PartialDate
    /// Who reported it, as written.
    public var reportedBy: String
    /// The last follow-up of the plan's period (`final: true`).
    public var isFinal: Bool
    public var entries: [FollowUpEntry]
    public var sourceFile: String

    public init(slug: String, date: PartialDate, reportedBy: String, isFinal: Bool = false,
                entries: [FollowUpEntry] = [], sourceFile: String) {
        self.slug = slug
        self.date = date
        self.reportedBy = reportedBy
        self.isFinal = isFinal
        self.entries = entries
        self.sourceFile = sourceFile
    }
}

/// One row of a follow-up report: an activity of the plan and what became of it.
public struct FollowUpEntry: Codable, Sendable, Hashable {
    /// The activity's id in its plan (`aktivitet-12`), however the report named it.
    public var activityId: String
    public var status: ActivityStatus
    /// For `replaced`: the activity that replaces it, when the report names one.
    public var replacedBy: String?
    public var comment: String
    /// The indicator value as written (`42 deltagare`), when the report gives one.
    public var indicator: String?
    public var location: SourceLocation

    public init(activityId: String, status: ActivityStatus, replacedBy: String? = nil, comment: String = "",
                indicator: String? = nil, location: SourceLocation) {
        self.activityId = activityId
        self.status = status
        self.replacedBy = replacedBy
        self.comment = comment
        self.indicator = indicator
        self.location = location
    }
}

/// An activity's latest status: the entry and the report it came from.
public struct LatestStatus: Sendable, Hashable {
    public var entry: FollowUpEntry
    public var date: PartialDate
    public var followUpSlug: String

    public init(entry: FollowUpEntry, date: PartialDate, followUpSlug: String) {
        self.entry = entry
        self.date = date
        self.followUpSlug = followUpSlug
    }
}

extension PartialDate: Comparable {
    /// Earlier first; a year alone before any month of it, a month before its days.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

extension Plan {
    /// The year the follow-up reports speak up to: the latest report's, or the plan's first year
    /// before there is any. An activity due by then that no report names is "due but not
    /// reported" (`Schedule.isDue(by:)`).
    public var followedUpTo: Int { followUps.last?.date.year ?? period.first }

    /// Each activity's status in the latest report that follows it up, by activity id. One pass
    /// over the reports, which are kept in date order.
    public var latestStatuses: [String: LatestStatus] {
        var latest: [String: LatestStatus] = [:]
        for followUp in followUps {
            for entry in followUp.entries {
                latest[entry.activityId] = LatestStatus(entry: entry, date: followUp.date, followUpSlug: followUp.slug)
            }
        }
        return latest
    }
}
