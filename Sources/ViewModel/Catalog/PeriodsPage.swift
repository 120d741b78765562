import Catalog
import InterfaceText
import PlanModel

/// Which plans were in force in which years: a table by plan, a chart, and a table by year.
public struct PeriodsPage: Sendable {
    /// A plan as the tables list it.
    public struct Plan: Sendable {
        public var title: String
        /// From this page.
        public var href: String
        public var countyName: String
        /// `Handlingsplan`
        public var kindName: String
        public var period: Period
    }

    /// A year between the earliest first year and the latest last year.
    public struct Year: Sendable {
        public var year: Int
        /// The plans in force that year, as indices into `plans`.
        public var planIndices: [Int]
    }

    /// `De 5 planer gäller åren 2008–2020. Flest planer gällde 2016: 4 planer.`
    public struct Summary: Sendable {
        public var planCount: Int
        /// The first year of the earliest plan to the last year of the latest.
        public var span: Period
        /// The year with the most plans in force (the earliest of equals), and how many.
        public var busiestYear: Int
        public var busiestCount: Int
    }

    public var frame: PageFrame
    /// Every plan in force (no later version replaces it), in catalogue order.
    public var plans: [Plan]
    public var years: [Year]
    /// Absent without plans.
    public var summary: Summary?
    public var chart: PeriodsChart?
    /// Which activities were due in which year.
    public var dueYears: DueYears

    public init(frame: PageFrame, catalog: Catalog, t: Strings) {
        self.frame = frame
        let joined = catalog.joinedPlanIndices
        // The page's plans are the catalogue's in force: a year's plans by their place among them.
        var position = [Int](repeating: -1, count: catalog.plans.count)
        for (offset, index) in joined.enumerated() { position[index] = offset }
        plans = joined.map { catalog.plans[$0] }.map { plan in
            Plan(title: plan.title, href: frame.root + SiteAddress.of(plan.target), countyName: catalog.counties[plan.countyIndex].name,
                 kindName: t.kindName(plan.kind), period: plan.period)
        }
        let periods = catalog.periods
        years = periods.years.map { Year(year: $0.year, planIndices: $0.planIndices.map { position[$0] }) }
        if let first = periods.firstYear, let last = periods.lastYear,
           let busiest = periods.years.max(by: { a, b in
               a.planIndices.count != b.planIndices.count ? a.planIndices.count < b.planIndices.count : a.year > b.year
           }) {
            summary = Summary(planCount: joined.count, span: Period(first: first, last: last),
                              busiestYear: busiest.year, busiestCount: busiest.planIndices.count)
        }
        chart = PeriodsChart(catalog: catalog, t: t)
        dueYears = DueYears(catalog: catalog, root: frame.root)
    }

}
