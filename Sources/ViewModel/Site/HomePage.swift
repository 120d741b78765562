import PlanModel

/// The start page: every county with links straight to its plans, and the way into the pages
/// joined across counties when they exist.
public struct HomePage: Sendable {
    public struct CountyCard: Sendable {
        public var name: String
        public var href: String
        public var plans: PlanList
    }

    public var frame: PageFrame
    public var counties: [CountyCard]
    /// Every plan's lättläst version, in the order of the counties and their plans.
    public var easyReads: [EasyReadLink] = []

    public init(frame: PageFrame, counties: [County], plansByCounty: [String: [Plan]], preview: Bool) {
        self.frame = frame
        self.counties = counties.map { county in
            CountyCard(name: county.name,
                       href: SiteAddress.relative(from: frame.path, to: SiteAddress.county(county.slug)),
                       plans: PlanList(plansByCounty[county.slug] ?? [], from: frame.path, preview: preview,
                                       showsSummary: false))
        }
    }
}
