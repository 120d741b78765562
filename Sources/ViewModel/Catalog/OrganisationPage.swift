import Catalog
import InterfaceText

/// One organisation: what it does in each county and plan, its areas linking their place in the
/// plan. Its activities are listed in one place only, the activity index narrowed by the
/// organisation (`activitiesHref`); here they are counted.
public struct OrganisationPage: Sendable {
    public struct County: Sendable {
        /// The anchor of its section: `lan-dalarna`.
        public var id: String
        public var name: String
        public var commitments: Commitments
        public var plans: [Plan]
    }

    public struct Plan: Sendable {
        public var plan: ListedPlan
        public var commitments: Commitments
        /// Whether the organisation stands in the plan's signatories table.
        public var signed: Bool
        /// The areas it is responsible for or a partner in; only the lists that have something.
        public var lists: [ItemList]
    }

    public var frame: PageFrame
    public var name: String
    public var short: String?
    /// `Statlig myndighet`
    public var kindLabel: String
    /// `Statliga myndigheter`
    public var groupLabel: String
    public var groupHref: String
    /// The county it works in; nil when it is national.
    public var county: String?
    public var web: String?
    /// How many counties' plans name it, and what it does in all of them.
    public var countyCount: Int
    public var commitments: Commitments
    /// The list of its activities, when it has any.
    public var activitiesHref: String?
    /// The latest status of its activities (responsible or partner, each once), when it has any.
    public var statusCounts: StatusCounts?
    public var counties: [County]

    public init(frame: PageFrame, organisation: Organisation, involvement: OrganisationInvolvement,
                group: OrganisationGroup, catalog: Catalog, t: Strings) {
        let root = frame.root
        self.frame = frame
        name = organisation.name
        short = StatedText.nonBlank(organisation.short)
        kindLabel = t.organisationKindName(organisation.kind)
        groupLabel = t.organisationGroupName(group.kind)
        groupHref = root + SiteAddress.organisationGroup(group.kind)
        county = organisation.scope.countySlug.map { catalog.county(slug: $0)?.name ?? $0 }
        web = StatedText.nonBlank(organisation.url)
        countyCount = involvement.counties.count
        commitments = Commitments(involvement.counts)

        var activityCount = 0
        counties = involvement.counties.map { county in
            let plans = county.plans.map { plan in
                activityCount += plan.responsibleActivities.count + plan.partnerActivities.count
                return Plan(plan: ListedPlan(plan.planIndex, in: catalog, root: root),
                            commitments: Commitments(plan.counts), signed: plan.signed,
                            lists: Self.areaLists(plan, catalog: catalog, root: root))
            }
            return County(id: "lan-" + county.countySlug, name: catalog.county(slug: county.countySlug)?.name ?? county.countySlug,
                          commitments: Commitments(county.counts), plans: plans)
        }
        activitiesHref = activityCount > 0 ? root + SiteAddress.activities(organisation: organisation.id) : nil
        if activityCount > 0 { statusCounts = catalog.statusCounts(catalog.activityIndices(organisation: organisation.id)) }
    }

    /// The areas the organisation has in one plan, list by list.
    private static func areaLists(_ plan: PlanInvolvement, catalog: Catalog, root: String) -> [ItemList] {
        [
            ItemList(.responsibleAreas, items: plan.responsibleAreas.map { ItemList.area($0, in: catalog, root: root) }),
            ItemList(.partnerAreas, items: plan.partnerAreas.map { ItemList.area($0, in: catalog, root: root) }),
        ].compactMap { $0 }
    }
}
