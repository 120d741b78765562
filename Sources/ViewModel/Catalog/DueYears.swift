import Catalog
import InterfaceText
import PlanModel

/// Which activities were due in which year, across every plan, from the catalogue's
/// `DueTimes`: each activity's time (`När`, or its area's) read as a year it was due
/// (`Schedule.dueYear`: the last year of a range, the year of a quarter or season). A recurring
/// time (`Löpande`, `Årligen`), a time that is no year and no time at all are counted apart, per
/// county. In a plan with follow-up reports, a due activity that no report names is marked, by
/// the follow-up page's rule.
///
/// One pass over the dated activities; the years are sorted once at the end.
public struct DueYears: Sendable {
    /// The counties with plans, in catalogue order: the table's columns.
    public var counties: [String]
    /// Years with at least one activity due, earliest first.
    public var years: [Year]
    /// Per county (`counties`' order).
    public var recurring: [Int]
    public var other: [Int]
    public var noTime: [Int]
    /// Whether any plan has follow-up reports (the "not followed up" counts mean something).
    public var hasFollowUps: Bool
    /// Whether each year's list names every activity; past `ListLimit.activities` dated
    /// activities it gives each plan with its count instead, so the page stays a page.
    public var listsActivities: Bool

    public struct Year: Sendable {
        public var year: Int
        /// Per county (`counties`' order).
        public var counts: [Int]
        /// Due activities of followed-up plans that no report names.
        public var notReported: Int
        /// The plans with an activity due this year, in catalogue order.
        public var plans: [PlanLine]
        public var total: Int { counts.reduce(0, +) }
    }

    public struct PlanLine: Sendable {
        public var title: String
        public var href: String
        public var countyName: String
        /// Empty when the lists give counts only (`listsActivities`).
        public var activities: [ActivityLink]
        public var count: Int
        public var notReported: Int
    }

    public struct ActivityLink: Sendable {
        public var number: Int
        public var href: String
        public var notReported: Bool
    }

    public var datedCount: Int { years.reduce(0) { $0 + $1.total } }
    public var allCount: Int { datedCount + recurring.reduce(0, +) + other.reduce(0, +) + noTime.reduce(0, +) }

    /// `root`: the way from the page to the site root.
    public init(catalog: Catalog, root: String, listLimit: Int = ListLimit.activities) {
        let times = catalog.dueTimes
        listsActivities = times.dated.count <= listLimit
        var column: [Int: Int] = [:]
        var counties: [String] = []
        for (index, county) in catalog.counties.enumerated() where !county.planIndices.isEmpty {
            column[index] = counties.count
            counties.append(county.name)
        }
        self.counties = counties
        func byColumn(_ counts: [Int]) -> [Int] {
            var result = [Int](repeating: 0, count: counties.count)
            for (county, count) in counts.enumerated() { if let at = column[county] { result[at] += count } }
            return result
        }
        (recurring, other, noTime) = (byColumn(times.recurring), byColumn(times.other), byColumn(times.noTime))
        hasFollowUps = times.hasFollowUps
        let empty = [Int](repeating: 0, count: counties.count)
        // Changed in place (an index, not a copy out of a dictionary), so appending stays linear.
        var found: [Year] = []
        var yearIndex: [Int: Int] = [:]
        for activity in times.dated {
            let plan = catalog.plans[activity.planIndex]
            guard let countyColumn = column[plan.countyIndex] else { continue }
            let index = yearIndex[activity.year] ?? found.count
            if index == found.count {
                yearIndex[activity.year] = index
                found.append(Year(year: activity.year, counts: empty, notReported: 0, plans: []))
            }
            found[index].counts[countyColumn] += 1
            if activity.notReported { found[index].notReported += 1 }
            let planHref = root + SiteAddress.plan(plan.key)
            // The activities come plan by plan: this plan is the year's last line if it has one.
            if found[index].plans.last?.href != planHref {
                found[index].plans.append(PlanLine(title: plan.title, href: planHref,
                                                   countyName: catalog.counties[plan.countyIndex].name, activities: [],
                                                   count: 0, notReported: 0))
            }
            let last = found[index].plans.count - 1
            found[index].plans[last].count += 1
            if activity.notReported { found[index].plans[last].notReported += 1 }
            if listsActivities {
                found[index].plans[last].activities.append(
                    ActivityLink(number: activity.number, href: planHref + "#" + activity.activityID,
                                 notReported: activity.notReported))
            }
        }
        years = found.sorted { $0.year < $1.year }
    }
}
