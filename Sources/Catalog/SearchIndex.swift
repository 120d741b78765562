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
        let joined = [title, text, extra].filter { !$0.isEmpty }.joined(separator: " ")
        // Without a `…` there is nothing to replace (no other text is equivalent to it).
        normalized = SwedishText.matchKey(joined.unicodeScalars.contains("…")
            ? joined.replacingOccurrences(of: "…", with: " ") : joined)
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
        let sources = searchSources()
        return searchEntries(sources.indices, of: sources, urls: sources.map { url($0.target) })
    }

    /// The search index with the site's relative addresses, as deterministic JSON.
    public func searchIndexJSON() throws -> Data {
        var data = Data()
        try writeSearchIndexJSON { data.append($0) }
        return data
    }

    /// `searchIndexJSON()` in pieces, in order, for writing straight to a file: the entries are
    /// made and encoded a slice at a time (the slices on every core), so the whole index is never
    /// in memory at once. The pieces joined are byte for byte `searchIndexJSON()`.
    public func writeSearchIndexJSON(_ write: (Data) throws -> Void) throws {
        let sources = searchSources()
        let slice = 4_096
        let slices = stride(from: 0, to: sources.count, by: slice).map { $0..<min($0 + slice, sources.count) }
        try write(Data("[".utf8))
        // A few slices per core at a time: enough to keep every core busy, little to hold.
        let batch = max(1, ProcessInfo.processInfo.activeProcessorCount) * 4
        var first = true
        for batchStart in stride(from: 0, to: slices.count, by: batch) {
            let range = batchStart..<min(batchStart + batch, slices.count)
            let encoded = Parallel.map(range.count) { offset -> Result<Data, any Error> in
                let indices = slices[range.lowerBound + offset]
                let urls = indices.map { CatalogAddress.relative(sources[$0].target) }
                return Result { try SearchEntry.json(searchEntries(indices, of: sources, urls: urls)) }
            }
            for result in encoded {
                let json = try result.get()
                // `[a,b]` → `a,b`: an array's elements joined by commas, as in the whole array.
                guard json.count > 2 else { continue }
                if !first { try write(Data(",".utf8)) }
                try write(json.subdata(in: (json.startIndex + 1)..<(json.endIndex - 1)))
                first = false
            }
        }
        try write(Data("]".utf8))
    }

    static let searchTextLimit = 160
    static let searchTitleLimit = 120

    /// What one search entry is made from.
    struct SearchSource {
        enum Kind { case plan, area, activity, organisation, term }
        var kind: Kind
        /// Index into plans, areas, activities or glossary terms; for organisations, into `organisationIDs`.
        var index: Int
        var target: CatalogTarget
    }

    /// Every entry's source and address, in index order.
    func searchSources() -> [SearchSource] {
        var sources: [SearchSource] = []
        sources.reserveCapacity(plans.count + areas.count + activities.count + glossary.terms.count)
        for (index, plan) in plans.enumerated() {
            sources.append(SearchSource(kind: .plan, index: index, target: .plan(plan.key)))
        }
        for (index, area) in areas.enumerated() {
            sources.append(SearchSource(kind: .area, index: index,
                                        target: .area(plans[area.planIndex].key, sectionID: area.key.sectionID)))
        }
        for (index, activity) in activities.enumerated() {
            sources.append(SearchSource(kind: .activity, index: index,
                                        target: .activity(plans[activity.planIndex].key, activityID: activity.key.activityID)))
        }
        for group in organisationGroups {
            for id in group.organisationIDs where registry.organisation(id: id) != nil {
                sources.append(SearchSource(kind: .organisation, index: 0, target: .organisation(id)))
            }
        }
        for (index, term) in glossary.terms.enumerated() {
            sources.append(SearchSource(kind: .term, index: index, target: .term(anchor: term.anchor)))
        }
        return sources
    }

    /// The entries of `sources[indices]` (with `urls`, one per index), made on every core.
    func searchEntries(_ indices: Range<Int>, of sources: [SearchSource], urls: [String]) -> [SearchEntry] {
        Parallel.map(indices.count, minimumChunk: 512) { offset in
            searchEntry(sources[indices.lowerBound + offset], url: urls[offset])
        }
    }

    private func searchEntry(_ source: SearchSource, url: String) -> SearchEntry {
        switch source.kind {
        case .plan:
            let plan = plans[source.index]
            let county = counties[plan.countyIndex]
            let text = SwedishText.shortened(plan.summary ?? plan.subtitle ?? "", limit: Self.searchTextLimit)
            return SearchEntry(type: .plan, title: plan.title, text: text, county: county.slug,
                url: url, extra: county.shortName + " " + plan.period.description)
        case .area:
            let area = areas[source.index]
            let plan = plans[area.planIndex]
            let county = counties[plan.countyIndex]
            return SearchEntry(type: .area, title: area.title,
                text: SwedishText.shortened(plan.title, limit: Self.searchTextLimit), county: area.countySlug,
                url: url, extra: county.shortName + " " + (area.label ?? ""))
        case .activity:
            let activity = activities[source.index]
            let plan = plans[activity.planIndex]
            let county = counties[plan.countyIndex]
            let place = (activity.sectionPath.last.map { [$0] } ?? []) + [plan.title]
            return SearchEntry(type: .activity,
                title: SwedishText.shortened(activity.text, limit: Self.searchTitleLimit),
                text: SwedishText.shortened(place.joined(separator: " – "), limit: Self.searchTextLimit),
                county: activity.countySlug, url: url, extra: county.shortName)
        case .organisation:
            guard case .organisation(let id) = source.target, let organisation = registry.organisation(id: id) else {
                preconditionFailure("an organisation's search source names an organisation the registry has")
            }
            let countyName = organisation.scope.countySlug.flatMap { county(slug: $0)?.shortName }
            let text = [CatalogMessages.label(organisation.kind), countyName ?? CatalogMessages.nationalScope]
                .joined(separator: ", ")
            return SearchEntry(type: .organisation, title: organisation.name, text: text,
                county: organisation.scope.countySlug, url: url,
                extra: ([organisation.short].compactMap { $0 } + organisation.aliases).joined(separator: " "))
        case .term:
            let term = glossary.terms[source.index]
            return SearchEntry(type: .term, title: term.term,
                text: SwedishText.shortened(term.definitions.first?.text ?? "", limit: Self.searchTextLimit),
                county: nil, url: url)
        }
    }
}
