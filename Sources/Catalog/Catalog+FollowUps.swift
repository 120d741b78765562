import PlanModel

/// Where an activity stands by its plan's follow-up reports, as the joined pages tell it.
public enum FollowUpState: Sendable, Hashable {
    /// The latest report that names the activity gives this status.
    case reported(ActivityStatus)
    /// The plan has reports, but none names the activity.
    case notReported
    /// The plan has no follow-up report at all: nothing is known, which is not "not started".
    case noFollowUp

    /// Every state, in the order tables and the filter list them: the statuses in vocabulary order.
    public static let all: [FollowUpState] = ActivityStatus.allCases.map { .reported($0) } + [.notReported, .noFollowUp]

    /// The value the activity index filters on: the status's code, `ej-rapporterad` or `ingen-uppfoljning`.
    public var code: String {
        switch self {
        case .reported(let status): status.rawValue
        case .notReported: "ej-rapporterad"
        case .noFollowUp: "ingen-uppfoljning"
        }
    }
}

/// How many activities stand in each state: the counts of the joined follow-up view and of an
/// organisation's page.
public struct StatusCounts: Sendable, Hashable {
    /// By status, in vocabulary order (`ActivityStatus.allCases`).
    public var byStatus = [Int](repeating: 0, count: ActivityStatus.allCases.count)
    /// Activities of followed-up plans that no report names.
    public var notReported = 0
    /// Activities of plans without any report: not counted in `followedUp`.
    public var withoutFollowUp = 0

    public init() {}

    public func count(_ status: ActivityStatus) -> Int { byStatus[ActivityStatus.allCases.firstIndex(of: status)!] }

    public func count(_ state: FollowUpState) -> Int {
        switch state {
        case .reported(let status): count(status)
        case .notReported: notReported
        case .noFollowUp: withoutFollowUp
        }
    }

    /// The activities of followed-up plans, reported or not.
    public var followedUp: Int { byStatus.reduce(notReported, +) }

    mutating func add(_ state: FollowUpState) {
        switch state {
        case .reported(let status): byStatus[ActivityStatus.allCases.firstIndex(of: status)!] += 1
        case .notReported: notReported += 1
        case .noFollowUp: withoutFollowUp += 1
        }
    }
}

extension Catalog {
    /// The activity's state by the latest report of its plan (`ActivityEntry.status`, read from
    /// `Plan.latestStatuses`, the one reading of the reports).
    public func followUpState(_ activityIndex: Int) -> FollowUpState {
        let activity = activities[activityIndex]
        if let status = activity.status { return .reported(status) }
        return plans[activity.planIndex].followUpCount > 0 ? .notReported : .noFollowUp
    }

    /// The states of the activities at `activityIndices`, counted: one pass.
    public func statusCounts<Indices: Sequence<Int>>(_ activityIndices: Indices) -> StatusCounts {
        var counts = StatusCounts()
        for index in activityIndices { counts.add(followUpState(index)) }
        return counts
    }
}
