import PlanModel
import PlanParser

/// When each activity of every plan was due: the year its time (`När`, or its area's `När:`
/// line when it has none) gives (`Schedule.dueYear`), or why it has none. Built plan by plan
/// while the catalogue is, so that a build that streams its plans needs none of them again.
public struct DueTimes: Sendable {
    /// An activity with a due year.
    public struct Activity: Sendable {
        public var planIndex: Int
        public var activityID: String
        public var number: Int
        public var year: Int
        /// Its plan has follow-up reports, none names it, and it was due by the latest one's
        /// year: the follow-up page's "due but not reported".
        public var notReported: Bool
    }

    /// Catalogue order: plan by plan, each in document order.
    public internal(set) var dated: [Activity] = []
    /// Per county (catalogue order): recurring times (`Löpande`, `Årligen`), times that are no
    /// year (`Under perioden`), and activities without any time. While the catalogue is built,
    /// per plan instead (`joined` sums them), since which plans are replaced is known only at
    /// the end.
    public internal(set) var recurring: [Int] = []
    public internal(set) var other: [Int] = []
    public internal(set) var noTime: [Int] = []
    /// Some plan in force has follow-up reports.
    public internal(set) var hasFollowUps = false
    /// While the catalogue is built: the plans with follow-up reports.
    var followedUpPlans: [Int] = []

    /// The plans in force only, their counts summed per county: a replaced plan keeps its own
    /// pages, but the periods page, like every joined page, counts the plan in force
    /// (`CatalogBuilder+InForce.swift`).
    func joined(_ plans: [PlanEntry], counties: Int) -> DueTimes {
        var joined = DueTimes()
        joined.dated = dated.filter { !plans[$0.planIndex].isReplaced }
        joined.hasFollowUps = followedUpPlans.contains { !plans[$0].isReplaced }
        let none = [Int](repeating: 0, count: counties)
        (joined.recurring, joined.other, joined.noTime) = (none, none, none)
        for (index, plan) in plans.enumerated() where !plan.isReplaced {
            if index < recurring.count { joined.recurring[plan.countyIndex] += recurring[index] }
            if index < other.count { joined.other[plan.countyIndex] += other[index] }
            if index < noTime.count { joined.noTime[plan.countyIndex] += noTime[index] }
        }
        return joined
    }

    mutating func count(_ counts: WritableKeyPath<DueTimes, [Int]>, plan: Int) {
        if self[keyPath: counts].count <= plan {
            self[keyPath: counts] += [Int](repeating: 0, count: plan + 1 - self[keyPath: counts].count)
        }
        self[keyPath: counts][plan] += 1
    }
}

extension CatalogBuilder {
    /// The plan's activities into `dueTimes`, in document order. The time is the activity's own,
    /// else the nearest enclosing section's `När:` (as `PlanActivities` resolves it for the
    /// plan's page and formats); "not reported" follows `PlanActivities.dueNotReported`.
    mutating func addDueTimes(_ plan: Plan, planIndex: Int) {
        let latest = plan.followUps.isEmpty ? [:] : plan.latestStatuses
        let reportedTo = plan.followedUpTo
        if !plan.followUps.isEmpty { dueTimes.followedUpPlans.append(planIndex) }
        var times = dueTimes
        func add(_ content: [ContentBlock], areaWhen: String?) {
            for case .activities(let table) in content {
                for activity in table.activities {
                    guard let when = Self.stated(activity.when) ?? areaWhen else {
                        times.count(\.noTime, plan: planIndex); continue
                    }
                    guard let schedule = ScheduleReader.read(when) else { times.count(\.other, plan: planIndex); continue }
                    guard let year = schedule.dueYear else { times.count(\.recurring, plan: planIndex); continue }
                    let notReported = !plan.followUps.isEmpty && latest[activity.id] == nil && schedule.isDue(by: reportedTo)
                    times.dated.append(DueTimes.Activity(planIndex: planIndex, activityID: activity.id, number: activity.number,
                                                         year: year, notReported: notReported))
                }
            }
        }
        func visit(_ section: Section, areaWhen outer: String?) {
            let when = Self.stated(section.when) ?? outer
            add(section.content, areaWhen: when)
            for child in section.children { visit(child, areaWhen: when) }
            add(section.contentAfterChildren ?? [], areaWhen: when)
        }
        // Out of the builder while it grows, so that appending never copies it.
        dueTimes = DueTimes()
        add(plan.preamble, areaWhen: nil)
        for section in plan.sections { visit(section, areaWhen: nil) }
        dueTimes = times
    }

    /// The text without white space around it, or nil when none is left.
    private static func stated(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = SwedishText.trimmed(text)
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}
