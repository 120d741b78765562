@testable import Catalog
import Foundation
import PlanModel
import TestSupport
import Testing
import ViewModel

/// The scalar-by-scalar text helpers must give exactly what the character-based references
/// give, and the search index and the catalogue must not depend on how they were put together.
@Suite struct CatalogFastPathTests {
    static let pieces = ["Västernorrland", " ", "  ", "\t", "\n", "\r\n", "ÅÄÖ", "é", "e\u{301}", "İ", "Ⱥ", "ß", "Σ",
                         "…", "–", "\u{A0}", "\u{2028}", "\u{200B}", "\u{200D}", "😀", "\u{600}x", "SFI", ",", ";",
                         ":", ".", "a", "\u{1F1F8}\u{1F1EA}", "ǅ", "\u{3000}", "\u{85}"]

    @Test func textHelpersAgreeWithTheReferences() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let text = random.text(Self.pieces, upTo: 12)
            let shown = "\(Array(text.unicodeScalars))"
            #expect(SwedishText.matchKey(text) == SwedishText.matchKeyByCharacters(text), "\(shown)")
            #expect(SwedishText.matchKeyPreservingCase(text) == SwedishText.matchKeyPreservingCaseByCharacters(text), "\(shown)")
            #expect(SwedishText.folded(text) == SwedishFolding.folded(text), "\(shown)")
            for limit in [3, 10, 40] {
                #expect(SwedishText.shortened(text, limit: limit) == SwedishText.shortenedByCharacters(text, limit: limit),
                        "\(shown) \(limit)")
            }
        }
    }

    @Test func theSearchIndexInSlicesIsTheWholeIndex() throws {
        let catalog = RealContent.shared.catalog
        let entries = SearchIndex.entries(catalog, .sv)
        #expect(!entries.isEmpty)
        var pieces = Data()
        try SearchIndex.write(catalog, .sv) { pieces.append($0) }
        #expect(pieces == (try SearchIndex.json(entries)))
        #expect(entries.map(\.title) == catalog.searchItems.map(\.title))
    }

    /// The index is written byte by byte (`SearchIndex.elements`), not by JSONEncoder; for any
    /// text, the bytes must be the encoder's: every control character, quotes, backslashes,
    /// slashes, non-ASCII, and an entry with and without a county.
    @Test func theSearchIndexWrittenByteByByteIsWhatJSONEncoderWrites() throws {
        let controls = (0..<0x20).map { "\\u00\($0 >> 4)" + String($0 & 0xF, radix: 16) }.joined()
        let texts = ["", "Västernorrland", #"a\"b\\c/d"#, controls, "\u{7F}\u{85}\u{2028}\u{2029}\u{FEFF}",
                     "😀 e\u{301} \u{1F1F8}\u{1F1EA}", "</script>&amp;'", "ǅ ß İ"]
        var random = SplitMix64(seed: 11)
        var entries: [SearchEntry] = []
        for (index, text) in texts.enumerated() {
            let other = texts[Int(random.next() % UInt64(texts.count))]
            let county = index % 2 == 0 ? "\"county\":\"\(other)\"," : ""
            let json = "{\(county)\"folded\":\"\(text)\",\"normalized\":\"\(other)\",\"text\":\"\(text)\","
                + "\"title\":\"\(other)\",\"type\":\"activity\",\"url\":\"a/b/\(text)\"}"
            entries.append(try JSONDecoder().decode(SearchEntry.self, from: Data(json.utf8)))
        }
        for entry in entries {
            let encoded = try SearchIndex.json([entry])
            #expect(SearchIndex.elements([entry]) == encoded.dropFirst().dropLast(), "\(entry)")
        }
        var whole = Data("[".utf8)
        whole.append(SearchIndex.elements(entries))
        whole.append(Data("]".utf8))
        #expect(whole == (try SearchIndex.json(entries)))
    }

    @Test func aCatalogueBuiltPlanByPlanIsTheSame() throws {
        let real = RealContent.shared
        var accumulator = CatalogAccumulator(counties: real.content.counties,
                                             planCountySlugs: real.content.plans.map(\.countySlug),
                                             registry: real.registry, themes: real.themes)
        let plans = real.content.plans.sorted {
            accumulator.isInCatalogueOrder(PlanKey($0), PlanKey($1))
        }
        for plan in plans { accumulator.add(plan) }
        let (catalog, diagnostics) = accumulator.finish()
        #expect(diagnostics == real.diagnostics)
        #expect(catalog.plans.map(\.key) == real.catalog.plans.map(\.key))
        #expect(catalog.activities.map(\.key) == real.catalog.activities.map(\.key))
        #expect(catalog.glossary.terms == real.catalog.glossary.terms)
        #expect(try SearchIndex.json(SearchIndex.entries(catalog, .sv))
                == SearchIndex.json(SearchIndex.entries(real.catalog, .sv)))
    }
}
