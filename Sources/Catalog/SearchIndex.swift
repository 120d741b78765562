import Foundation
import PlanModel
import PlanParser

/// What a search entry, or any catalogue link, points at.
public enum CatalogTarget: Hashable, Sendable {
    case county(String)
    case plan(PlanKey)
    case area(PlanKey, sectionID: String)
    case activity(PlanKey, activityID: String)
    case organisation(String)
    /// A glossary term, by its anchor (`term-sfi`).
    case term(anchor: String)
}

/// The site's address conventions, relative to the site root.
public enum CatalogAddress {
    /// `dalarna/index.html`
    public static func county(_ slug: String) -> String { "\(slug)/index.html" }
    /// `dalarna/vagen-in-2015-2020/index.html`
    public static func plan(_ key: PlanKey) -> String { "\(key.countySlug)/\(key.planSlug)/index.html" }
    /// `organisationer/arbetsformedlingen/index.html`
    public static func organisation(_ id: String) -> String { "organisationer/\(id)/index.html" }
    public static let glossaryPage = "ordlista/index.html"
    /// `term-` and `Slug.make(term)`; the catalogue makes each unique (see `GlossaryTerm.anchor`).
    public static func termAnchor(_ term: String) -> String { "term-" + Slug.make(term) }

    public static func relative(_ target: CatalogTarget) -> String {
        switch target {
        case .county(let slug): county(slug)
        case .plan(let key): plan(key)
        case .area(let key, let id): plan(key) + "#" + id
        case .activity(let key, let id): plan(key) + "#" + id
        case .organisation(let id): organisation(id)
        case .term(let anchor): glossaryPage + "#" + anchor
        }
    }
}

/// One entry of the site search.
public struct SearchEntry: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case plan, area, activity, organisation, term
    }

    public var type: Kind
    public var title: String
    /// A short text shown under the title.
    public var text: String
    /// The county's folder name, when the entry belongs to one county.
    public var county: String?
    public var url: String
    /// Title, text and county name in lower case, whitespace collapsed; å, ä and ö kept.
    public var normalized: String
    /// `normalized` with å, ä → a and ö → o (and other accents dropped), so that
    /// `vasternorrland` finds `Västernorrland`.
    public var folded: String

    public init(type: Kind, title: String, text: String, county: String?, url: String, extra: String = "") {
        self.type = type
        self.title = title
        self.text = text
        self.county = county
        self.url = url
        normalized = SwedishText.matchKey([title, text, extra].filter { !$0.isEmpty }.joined(separator: " ")
            .replacingOccurrences(of: "…", with: " "))
        folded = SwedishText.folded(normalized)
    }

    /// Whether every word of `query` occurs in the entry, with or without å, ä and ö.
    public func matches(_ query: String) -> Bool {
        let words = SwedishText.matchKey(query).split(separator: " ")
        return words.allSatisfy { word in
            normalized.contains(word) || folded.contains(SwedishText.folded(word))
        }
    }

    /// The entries as JSON: sorted keys, no white space, entries in the order given.
    public static func json(_ entries: [SearchEntry]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(entries)
    }
}

extension Catalog {
    /// Search entries with addresses made by `url`: plans, then areas and activities in
    /// catalogue order, then organisations (those with something to show) and glossary terms.
    public func searchIndex(url: (CatalogTarget) -> String = CatalogAddress.relative) -> [SearchEntry] {
        var entries: [SearchEntry] = []
        entries.reserveCapacity(plans.count + areas.count + activities.count + glossary.terms.count)
        for plan in plans {
            let county = counties[plan.countyIndex]
            let text = SwedishText.shortened(plan.summary ?? plan.subtitle ?? "", limit: Self.searchTextLimit)
            entries.append(SearchEntry(type: .plan, title: plan.title, text: text, county: county.slug,
                url: url(.plan(plan.key)), extra: county.shortName + " " + plan.period.description))
        }
        for area in areas {
            let plan = plans[area.planIndex]
            let county = counties[plan.countyIndex]
            entries.append(SearchEntry(type: .area, title: area.title,
                text: SwedishText.shortened(plan.title, limit: Self.searchTextLimit), county: area.countySlug,
                url: url(.area(plan.key, sectionID: area.key.sectionID)),
                extra: county.shortName + " " + (area.label ?? "")))
        }
        for activity in activities {
            let plan = plans[activity.planIndex]
            let county = counties[plan.countyIndex]
            let place = (activity.sectionPath.last.map { [$0] } ?? []) + [plan.title]
            entries.append(SearchEntry(type: .activity,
                title: SwedishText.shortened(activity.text, limit: Self.searchTitleLimit),
                text: SwedishText.shortened(place.joined(separator: " – "), limit: Self.searchTextLimit),
                county: activity.countySlug, url: url(.activity(plan.key, activityID: activity.key.activityID)),
                extra: county.shortName))
        }
        for group in organisationGroups {
            for id in group.organisationIDs {
                guard let organisation = registry.organisation(id: id) else { continue }
                let countyName = organisation.scope.countySlug.flatMap { county(slug: $0)?.shortName }
                let text = [CatalogMessages.label(organisation.kind), countyName ?? CatalogMessages.nationalScope]
                    .joined(separator: ", ")
                entries.append(SearchEntry(type: .organisation, title: organisation.name, text: text,
                    county: organisation.scope.countySlug, url: url(.organisation(id)),
                    extra: ([organisation.short].compactMap { $0 } + organisation.aliases).joined(separator: " ")))
            }
        }
        for term in glossary.terms {
            entries.append(SearchEntry(type: .term, title: term.term,
                text: SwedishText.shortened(term.definitions.first?.text ?? "", limit: Self.searchTextLimit),
                county: nil, url: url(.term(anchor: term.anchor))))
        }
        return entries
    }

    /// The search index with the site's relative addresses, as deterministic JSON.
    public func searchIndexJSON() throws -> Data { try SearchEntry.json(searchEntries) }

    static let searchTextLimit = 160
    static let searchTitleLimit = 120
}
