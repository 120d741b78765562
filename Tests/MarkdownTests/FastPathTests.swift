import Foundation
@testable import Markdown
import TestSupport
import Testing

/// The byte-level fast paths must give exactly what their character-based references give,
/// and parsing must not depend on what other threads parse at the same time.
@Suite struct MarkdownFastPathTests {
    /// Pieces that matter to character boundaries: combining marks, a prepended mark, CR LF,
    /// tags, line feeds, Swedish letters.
    static let pieces = ["<p>", "</p>", "<td align=\"left\">", "</td>", "<li>", "</li>", "\n", "\r\n", "\r",
                         "<", ">", "a", "å", "Ö", "\u{301}", "\u{600}", "\u{200D}", "😀", " ", "x<y", "&amp;"]

    @Test func strippingOuterElementAgreesWithTheReference() {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<20_000 {
            let html = random.text(Self.pieces, upTo: 7)
            #expect(strippingOuterElement(html) == strippingOuterElementByCharacters(html), "\(Array(html.unicodeScalars))")
        }
        for html in ["<p>text</p>\n", "<td align=\"left\">x</td>\n", "", "\n", "<p></p>", "<p>\n\ntext\n\n</p>\n\n",
                     "<p>a\u{600}</p>", ">\u{301}", "<p>\u{301}b</p>", "<p>x\r\n</p>", "plain\n"] {
            #expect(strippingOuterElement(html) == strippingOuterElementByCharacters(html))
        }
    }

    /// cmark-gfm keeps the extensions' special characters in a global table that each parse
    /// switches on and off; parses at the same time must still all see them.
    @Test func parsesOnManyThreadsAreAllTheSame() {
        let text = (1...40).map { "Rad \($0) med ~~struket~~ och https://www.example.se/\($0) samt www.example.org." }
            .joined(separator: "\n\n")
        let expected = MarkdownDocument(parsing: text).blocks.map(\.html).joined()
        #expect(expected.contains("<del>struket</del>") && expected.contains("<a href=\"https://www.example.se/1\">"))
        let results = ResultBox(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            results.set(index, MarkdownDocument(parsing: text).blocks.map(\.html).joined())
        }
        #expect(results.values.allSatisfy { $0 == expected })
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [String]
        init(count: Int) { values = Array(repeating: "", count: count) }
        func set(_ index: Int, _ value: String) { lock.withLock { values[index] = value } }
    }
}
