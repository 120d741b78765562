import PlanModel

/// What a plan's follow-up reports say, in one place for every format that shows it: the
/// follow-up page, the text edition's and the EPUB's follow-up chapter. Status counts per area
/// and over the years, each report, and the activities whose time has passed that no report
/// names; each format says the same thing about every activity.
public struct FollowUpSummary: Sendable {
    public var reportCount: Int
    public var latestDate: String
    /// The statuses, in vocabulary order: the columns of both tables.
    public let statuses = ActivityStatus.allCases
    public var byArea: [CountRow]
    public var areaTotal: CountRow
    public var byYear: [CountRow]
    /// Latest first.
    public var reports: [Report]
    public var dueNotReported: [ActivityLine]

    /// A row of counts: one per status, then those no report names.
    public struct CountRow: Sendable {
        public var label: String
        public var counts: [Int]
        public var notReported: Int
        public var total: Int { counts.reduce(notReported, +) }
    }

    public struct Report: Sendable {
        public var id: String
        public var date: String
        public var reportedBy: String
        public var isFinal: Bool
        public var rows: [ReportRow]
    }

    public struct ReportRow: Sendable {
        public var activity: ActivityLine
        public var entry: FollowUpEntry
    }

    /// An activity as a follow-up names it, with its address in the format that shows it.
    public struct ActivityLine: Sendable {
        public var id: String
        public var number: Int
        public var text: String
        public var href: String
        public var when: String?
    }

    /// `href` gives an activity's address (by its id) as the showing format links it.
    public init(plan: Plan, activities: PlanActivities, href: (String) -> String = { _ in "" }) {
        reportCount = plan.followUps.count
        latestDate = plan.followUps.last?.date.description ?? ""
        let latest = plan.latestStatuses
        let statuses = ActivityStatus.allCases
        func line(_ resolved: ResolvedActivity) -> ActivityLine {
            ActivityLine(id: resolved.activity.id, number: resolved.activity.number, text: resolved.activity.text,
                         href: href(resolved.activity.id), when: resolved.when?.text)
        }
        func countRow(_ label: String, _ group: [ResolvedActivity], _ status: (String) -> ActivityStatus?) -> CountRow {
            var counts = [Int](repeating: 0, count: statuses.count)
            var notReported = 0
            for activity in group {
                if let found = status(activity.activity.id) { counts[statuses.firstIndex(of: found)!] += 1 } else { notReported += 1 }
            }
            return CountRow(label: label, counts: counts, notReported: notReported)
        }
        // Areas by their outermost heading, in document order.
        var areaOrder: [String] = []
        var byAreaName: [String: [ResolvedActivity]] = [:]
        for activity in activities.all {
            let area = activity.headings.first ?? plan.title
            if byAreaName[area] == nil { areaOrder.append(area) }
            byAreaName[area, default: []].append(activity)
        }
        byArea = areaOrder.map { countRow($0, byAreaName[$0]!) { latest[$0]?.entry.status } }
        areaTotal = countRow("", activities.all) { latest[$0]?.entry.status }
        // Each year's status: every report up to that year's last, the later entry winning.
        var soFar: [String: ActivityStatus] = [:]
        var byYear: [CountRow] = []
        for (index, followUp) in plan.followUps.enumerated() {
            for entry in followUp.entries { soFar[entry.activityId] = entry.status }
            let isLastOfYear = index == plan.followUps.count - 1 || plan.followUps[index + 1].date.year != followUp.date.year
            if isLastOfYear { byYear.append(countRow(String(followUp.date.year), activities.all) { soFar[$0] }) }
        }
        self.byYear = byYear
        let byId = Dictionary(activities.all.map { ($0.activity.id, $0) }, uniquingKeysWith: { first, _ in first })
        reports = plan.followUps.reversed().map { followUp in
            Report(id: followUp.slug, date: followUp.date.description, reportedBy: followUp.reportedBy,
                   isFinal: followUp.isFinal, rows: followUp.entries.compactMap { entry in
                       byId[entry.activityId].map { ReportRow(activity: line($0), entry: entry) }
                   })
        }
        dueNotReported = activities.dueNotReported(plan).map(line)
    }
}

extension PlanActivities {
    /// The activities whose time (`När`) has passed by the plan's latest follow-up report
    /// (`Plan.followedUpTo`, `Schedule.isDue(by:)`) that no report names: what the follow-up page
    /// and its chapter in the formats list. The catalogue marks the periods page's due
    /// activities by the same two rules.
    public func dueNotReported(_ plan: Plan) -> [ResolvedActivity] {
        let latest = plan.latestStatuses
        let year = plan.followedUpTo
        return all.filter { activity in
            guard latest[activity.activity.id] == nil, let schedule = activity.schedule else { return false }
            return schedule.isDue(by: year)
        }
    }
}
