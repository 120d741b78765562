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
    /// year (`Under perioden`), and activities without any time.
    public internal(set) var recurring: [Int] = []
    public internal(set) var other: [Int] = []
    public internal(set) var noTime: [Int] = []
    /// Some plan has follow-up reports.
    public internal(set) var hasFollowUps = false

    /// With a count for each of `counties` counties.
    func padded(counties: Int) -> DueTimes {
        var padded = self
        func pad(_ counts: inout [Int]) { counts += [Int](repeating: 0, count: max(0, counties - counts.count)) }
        pad(&padded.recurring)
        pad(&padded.other)
        pad(&padded.noTime)
        return padded
    }

    mutating func count(_ counts: WritableKeyPath<DueTimes, [Int]>, county: Int) {
        if self[keyPath: counts].count <= county {
            self[keyPath: counts] += [Int](repeating: 0, count: county + 1 - self[keyPath: counts].count)
        }
        self[keyPath: counts][county] += 1
    }
}

extension CatalogBuilder {
    /// The plan's activities into `dueTimes`, in document order. The time is the activity's own,
    /// else the nearest enclosing section's `När:` (as `PlanActivities` resolves it for the
    /// plan's page and formats); "not reported" follows `PlanActivities.dueNotReported`.
    mutating func addDueTimes(_ plan: Plan, planIndex: Int) {
        let county = plans[planIndex].countyIndex
        let latest = plan.followUps.isEmpty ? [:] : plan.latestStatuses
        let reportedTo = plan.followedUpTo
        if !plan.followUps.isEmpty { dueTimes.hasFollowUps = true }
        var times = dueTimes
        func add(_ content: [ContentBlock], areaWhen: String?) {
            for case .activities(let table) in content {
                for activity in table.activities {
                    guard let when = Self.stated(activity.when) ?? areaWhen else {
                        times.count(\.noTime, county: county); continue
                    }
                    guard let schedule = ScheduleReader.read(when) else { times.count(\.other, county: county); continue }
                    guard let year = schedule.dueYear else { times.count(\.recurring, county: county); continue }
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
