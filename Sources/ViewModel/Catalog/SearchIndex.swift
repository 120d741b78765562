import Catalog
import Foundation
import InterfaceText

/// One entry of the site search (`sok/index.json`), as `sok.js` reads it.
public struct SearchEntry: Codable, Sendable, Hashable {
    public var type: SearchItem.Kind
    public var title: String
    /// A short text shown under the title.
    public var text: String
    /// The county's folder name, when the entry belongs to one county.
    public var county: String?
    /// Relative to the site root: `SiteAddress.of` the item's target.
    public var url: String
    /// Title, text and the item's other words in lower case, whitespace collapsed; å, ä and ö kept.
    public var normalized: String
    /// `normalized` with å, ä → a and ö → o (and other accents dropped), so that
    /// `vasternorrland` finds `Västernorrland`.
    public var folded: String

    /// The catalogue's `item` with its address, its text in the words of `t`.
    public init(_ item: SearchItem, _ t: Strings) {
        type = item.kind
        title = item.title
        switch item.description {
        case .text(let text):
            self.text = text
        case .organisation(let kind, let countyName):
            text = [t.organisationKindName(kind), countyName ?? t.organisation.national].joined(separator: ", ")
        }
        county = item.county
        url = SiteAddress.of(item.target)
        let joined = [title, text, item.extra].filter { !$0.isEmpty }.joined(separator: " ")
        // Without a `…` there is nothing to replace (no other text is equivalent to it).
        normalized = SearchKey.normalized(joined.unicodeScalars.contains("…")
            ? joined.replacingOccurrences(of: "…", with: " ") : joined)
        folded = SearchKey.folded(normalized)
    }

    /// Whether every word of `query` occurs in the entry, with or without å, ä and ö.
    public func matches(_ query: String) -> Bool {
        let words = SearchKey.normalized(query).split(separator: " ")
        return words.allSatisfy { word in
            normalized.contains(word) || folded.contains(SearchKey.folded(String(word)))
        }
    }
}

/// The search index of a catalogue: its search items with their addresses and words.
public enum SearchIndex {
    /// Every entry, in the catalogue's order (`Catalog.searchItems`), made on every core.
    public static func entries(_ catalog: Catalog, _ t: Strings) -> [SearchEntry] {
        let items = catalog.searchItems
        return entries(items, items.indices, t)
    }

    /// The entries as JSON: sorted keys, no white space, entries in the order given.
    public static func json(_ entries: [SearchEntry]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(entries)
    }

    /// The whole index as JSON, in pieces, in order, for writing straight to a file: the entries
    /// are made and encoded a slice at a time (the slices on every core), so the whole index is
    /// never in memory at once. The pieces joined are byte for byte `json(entries(catalog, t))`,
    /// written by `SearchIndexJSON` rather than JSONEncoder (a third of the index's time).
    public static func write(_ catalog: Catalog, _ t: Strings, _ write: (Data) throws -> Void) throws {
        let items = catalog.searchItems
        let slice = 4_096
        let slices = stride(from: 0, to: items.count, by: slice).map { $0..<min($0 + slice, items.count) }
        try write(Data("[".utf8))
        // A few slices per core at a time: enough to keep every core busy, little to hold.
        let batch = max(1, ProcessInfo.processInfo.activeProcessorCount) * 4
        var first = true
        for batchStart in stride(from: 0, to: slices.count, by: batch) {
            let range = batchStart..<min(batchStart + batch, slices.count)
            let encoded = Parallel.map(range.count) { offset in
                elements(entries(items, slices[range.lowerBound + offset], t))
            }
            for json in encoded where !json.isEmpty {
                if !first { try write(Data(",".utf8)) }
                try write(json)
                first = false
            }
        }
        try write(Data("]".utf8))
    }

    /// `entries` as the elements of a JSON array, `a,b`, as `json(entries)` has them between its brackets.
    public static func elements(_ entries: [SearchEntry]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.count * 400)
        for (index, entry) in entries.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            SearchIndexJSON.append(entry, to: &bytes)
        }
        return Data(bytes)
    }

    /// The entries of `items[indices]`, made on every core.
    private static func entries(_ items: SearchItems, _ indices: Range<Int>, _ t: Strings) -> [SearchEntry] {
        Parallel.map(indices.count, minimumChunk: 512) { offset in SearchEntry(items[indices.lowerBound + offset], t) }
    }
}
