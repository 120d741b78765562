import PlanModel

/// One thing the site search finds, as the catalogue knows it: what it is, what it points at,
/// and its words from the content. The render side gives it an address and puts what is not
/// content into words (`SearchIndex` in ViewModel), so the catalogue holds neither.
public struct SearchItem: Sendable {
    /// The `type` of a search index entry; the raw values are what `sok.js` reads.
    public enum Kind: String, Codable, Sendable {
        case plan, area, activity, organisation, term
    }

    /// The short text shown under the title.
    public enum Description: Sendable {
        /// Text from the content, already shortened.
        case text(String)
        /// An organisation's kind and the short name of the county it works in (nil: national),
        /// which the page puts into words.
        case organisation(OrganisationKind, countyName: String?)
    }

    public var kind: Kind
    public var target: CatalogTarget
    public var title: String
    public var description: Description
    /// The county's folder name, when the item belongs to one county.
    public var county: String?
    /// Words that find the item without being shown: the county's name, an organisation's aliases …
    public var extra: String
}

/// Every search item of a catalogue, in index order: plans, then areas and activities in
/// catalogue order, then organisations (those with something to show) and glossary terms.
/// Each item is made when asked for: at a national scale the whole index is the catalogue's
/// largest part, so it is made a slice at a time and never kept.
public struct SearchItems: RandomAccessCollection, Sendable {
    let catalog: Catalog
    let sources: [Catalog.SearchSource]

    public var startIndex: Int { sources.startIndex }
    public var endIndex: Int { sources.endIndex }
    public subscript(position: Int) -> SearchItem { catalog.searchItem(sources[position]) }
}

extension Catalog {
    public var searchItems: SearchItems { SearchItems(catalog: self, sources: searchSources()) }

    static let searchTextLimit = 160
    static let searchTitleLimit = 120

    /// What one search item is made from.
    struct SearchSource: Sendable {
        var kind: SearchItem.Kind
        /// Index into plans, areas, activities or glossary terms; unused for organisations.
        var index: Int
        var target: CatalogTarget
    }

    /// Every item's source and target, in index order.
    func searchSources() -> [SearchSource] {
        var sources: [SearchSource] = []
        sources.reserveCapacity(plans.count + areas.count + activities.count + glossary.terms.count)
        for (index, plan) in plans.enumerated() {
            sources.append(SearchSource(kind: .plan, index: index, target: plan.target))
        }
        for (index, area) in areas.enumerated() {
            sources.append(SearchSource(kind: .area, index: index, target: area.target))
        }
        for (index, activity) in activities.enumerated() {
            sources.append(SearchSource(kind: .activity, index: index, target: activity.target))
        }
        for group in organisationGroups {
            for id in group.organisationIDs where registry.organisation(id: id) != nil {
                sources.append(SearchSource(kind: .organisation, index: 0, target: .organisation(id)))
            }
        }
        for (index, term) in glossary.terms.enumerated() {
            sources.append(SearchSource(kind: .term, index: index, target: term.target))
        }
        return sources
    }

    func searchItem(_ source: SearchSource) -> SearchItem {
        switch source.kind {
        case .plan:
            let plan = plans[source.index]
            let county = counties[plan.countyIndex]
            let text = SwedishText.shortened(plan.summary ?? plan.subtitle ?? "", limit: Self.searchTextLimit)
            return SearchItem(kind: .plan, target: source.target, title: plan.title, description: .text(text),
                              county: county.slug, extra: county.shortName + " " + plan.period.description)
        case .area:
            let area = areas[source.index]
            let plan = plans[area.planIndex]
            let county = counties[plan.countyIndex]
            return SearchItem(kind: .area, target: source.target, title: area.title,
                              description: .text(SwedishText.shortened(plan.title, limit: Self.searchTextLimit)),
                              county: area.countySlug, extra: county.shortName + " " + (area.label ?? ""))
        case .activity:
            let activity = activities[source.index]
            let plan = plans[activity.planIndex]
            let county = counties[plan.countyIndex]
            let place = (activity.sectionPath.last.map { [$0] } ?? []) + [plan.title]
            return SearchItem(kind: .activity, target: source.target,
                              title: SwedishText.shortened(activity.text, limit: Self.searchTitleLimit),
                              description: .text(SwedishText.shortened(place.joined(separator: " – "),
                                                                       limit: Self.searchTextLimit)),
                              county: activity.countySlug, extra: county.shortName)
        case .organisation:
            guard case .organisation(let id) = source.target, let organisation = registry.organisation(id: id) else {
                preconditionFailure("an organisation's search source names an organisation the registry has")
            }
            let countyName = organisation.scope.countySlug.flatMap { county(slug: $0)?.shortName }
            return SearchItem(kind: .organisation, target: source.target, title: organisation.name,
                              description: .organisation(organisation.kind, countyName: countyName),
                              county: organisation.scope.countySlug,
                              extra: ([organisation.short].compactMap { $0 } + organisation.aliases).joined(separator: " "))
        case .term:
            let term = glossary.terms[source.index]
            return SearchItem(kind: .term, target: source.target, title: term.term,
                              description: .text(SwedishText.shortened(term.definitions.first?.text ?? "",
                                                                       limit: Self.searchTextLimit)),
                              county: nil, extra: "")
        }
    }
}

/// How the search compares words, for the render side's index: the same keys as the
/// catalogue's own matching of names.
public enum SearchKey {
    /// Lower case, whitespace collapsed; å, ä and ö kept.
    public static func normalized(_ text: String) -> String { SwedishText.matchKey(text) }
    /// `normalized` with å, ä → a and ö → o (and other accents dropped), so that
    /// `vasternorrland` finds `Västernorrland`.
    public static func folded(_ text: String) -> String { SwedishText.folded(text) }
}
