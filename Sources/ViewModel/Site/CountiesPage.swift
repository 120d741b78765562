import PlanModel

/// The list of counties, with how many plans each has.
public struct CountiesPage: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var href: String
        public var planCount: Int
    }

    public var frame: PageFrame
    public var counties: [Entry]

    public init(frame: PageFrame, counties: [County], plansByCounty: [String: [Plan]]) {
        self.frame = frame
        self.counties = counties.map { county in
            Entry(name: county.name,
                  href: SiteAddress.relative(from: frame.path, to: SiteAddress.county(county.slug)),
                  planCount: plansByCounty[county.slug]?.count ?? 0)
        }
    }
}
