import Catalog
import InterfaceText
import PlanModel

/// The follow-up view joined across counties (`SiteAddress.followUpOverview`): the latest status
/// of the activities of the plans in force, counted by county, theme and organisation
/// (`Catalog.followUpOverview`), each row linking on; the plans without any report named.
public struct FollowUpOverviewPage: Sendable {
    public struct Link: Sendable {
        public var name: String
        /// From this page.
        public var href: String
    }

    /// A row of counts: the states in `FollowUpState.all` order, without `noFollowUp` (those
    /// activities are not counted; their plans are listed instead).
    public struct Row: Sendable {
        public var name: String
        /// The row's own page (a theme's, an organisation's); nil for a county, whose `links` lead on.
        public var href: String?
        /// A county's plans' follow-up pages.
        public var links: [Link]
        public var counts: StatusCounts
    }

    /// A plan without any follow-up report.
    public struct Plan: Sendable {
        public var link: Link
        public var countyName: String
    }

    public var frame: PageFrame
    /// The columns of every table.
    public let states: [FollowUpState] = FollowUpState.all.filter { $0 != .noFollowUp }
    public var planCount: Int
    public var followedUpPlanCount: Int
    public var byCounty: [Row]
    public var byTheme: [Row]
    public var byOrganisation: [Row]
    public var total: StatusCounts
    public var withoutFollowUp: [Plan]

    public init(frame: PageFrame, catalog: Catalog) {
        self.frame = frame
        let root = frame.root
        let overview = catalog.followUpOverview()
        func countyName(_ slug: String) -> String { catalog.county(slug: slug)?.name ?? slug }
        byCounty = overview.byCounty.map { row in
            Row(name: countyName(row.countySlug), href: nil, links: row.planIndices.map { index in
                Link(name: catalog.plans[index].title, href: root + SiteAddress.followUp(catalog.plans[index].key))
            }, counts: row.counts)
        }
        byTheme = overview.byTheme.map { row in
            Row(name: catalog.themes.theme(id: row.themeID)?.name ?? row.themeID,
                href: root + SiteAddress.theme(row.themeID), links: [], counts: row.counts)
        }
        byOrganisation = overview.byOrganisation.map { row in
            Row(name: catalog.organisation(id: row.organisationID)?.name ?? row.organisationID,
                href: root + SiteAddress.organisation(row.organisationID), links: [], counts: row.counts)
        }
        total = overview.total
        withoutFollowUp = overview.plansWithoutFollowUp.map { index in
            let plan = catalog.plans[index]
            return Plan(link: Link(name: plan.title, href: root + SiteAddress.of(plan.target)),
                        countyName: catalog.counties[plan.countyIndex].name)
        }
        followedUpPlanCount = overview.byCounty.reduce(0) { $0 + $1.planIndices.count }
        planCount = followedUpPlanCount + withoutFollowUp.count
    }
}
