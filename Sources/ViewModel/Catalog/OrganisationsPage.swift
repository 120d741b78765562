import Catalog
import InterfaceText

/// An organisation as the organisations index and its group's table show it.
public struct OrganisationSummary: Sendable {
    public var name: String
    public var href: String
    /// The county it works in; nil when it is national.
    public var county: String?
    /// How many counties' plans name it.
    public var countyCount: Int
    public var commitments: Commitments

    /// The organisation with id `id`, linked from a page `root` deep; nil when it is unknown or
    /// does nothing.
    init?(_ id: String, in catalog: Catalog, root: String) {
        guard let organisation = catalog.organisation(id: id), let involvement = catalog.involvement(of: id) else { return nil }
        name = organisation.name
        href = root + SiteAddress.organisation(id)
        county = organisation.scope.countySlug.map { catalog.county(slug: $0)?.name ?? $0 }
        countyCount = involvement.counties.count
        commitments = Commitments(involvement.counts)
    }
}

/// Every organisation across counties, by group.
public struct OrganisationsPage: Sendable {
    public struct Group: Sendable {
        /// The anchor of its section: `grupp-myndigheter`.
        public var id: String
        /// `Statliga myndigheter`
        public var label: String
        /// The group's own page, with the table.
        public var href: String
        public var organisations: [OrganisationSummary]
    }

    public var frame: PageFrame
    public var groups: [Group]

    /// How many organisations the page lists.
    public var total: Int { groups.reduce(0) { $0 + $1.organisations.count } }

    public init(frame: PageFrame, catalog: Catalog, t: Strings) {
        self.frame = frame
        groups = catalog.organisationGroups.map { group in
            Group(id: "grupp-" + group.kind.rawValue, label: t.organisationGroupName(group.kind),
                  href: frame.root + SiteAddress.organisationGroup(group.kind),
                  organisations: group.organisationIDs.compactMap { OrganisationSummary($0, in: catalog, root: frame.root) })
        }
    }
}

/// One group of organisations (Statliga myndigheter …) as a table of what each does.
public struct OrganisationGroupPage: Sendable {
    public var frame: PageFrame
    /// `Statliga myndigheter`
    public var label: String
    public var organisations: [OrganisationSummary]

    public init(frame: PageFrame, group: OrganisationGroup, catalog: Catalog, t: Strings) {
        self.frame = frame
        label = t.organisationGroupName(group.kind)
        organisations = group.organisationIDs.compactMap { OrganisationSummary($0, in: catalog, root: frame.root) }
    }
}
