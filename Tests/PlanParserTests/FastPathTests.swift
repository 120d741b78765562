import PlanModel
@testable import PlanParser
import TestSupport
import Testing

/// The byte-level fast paths of the parser must give exactly what their character-based
/// references give, on text made to sit on character boundaries.
@Suite struct ParserFastPathTests {
    static let pieces = ["---", "\n", "\r\n", "\r", "title: x", " ", "\t", ":", "a", "ä", "\u{301}", "\u{600}",
                         "\u{A0}", "\u{2028}", "Ansvar", "x:y", "-", "😀", "\u{200D}", "\u{85}", ",", ";", ".",
                         "Länsstyrelsen", " och "]

    @Test func frontMatterIsCutAsLinesWouldCutIt() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<20_000 {
            let text = random.text(Self.pieces, upTo: 12)
            let fast = FrontMatter.cut(text), slow = FrontMatter.cutByLines(text)
            #expect(fast.map { $0.map { "\($0.yaml)|\($0.body)|\($0.closing)" } ?? "open" }
                    == slow.map { $0.map { "\($0.yaml)|\($0.body)|\($0.closing)" } ?? "open" },
                    "\(Array(text.unicodeScalars))")
        }
        let plan = "---\ntitle: T\nkind: strategi\n---\n\n## Mål: X\n"
        #expect(FrontMatter.cut(plan)??.body == "\n## Mål: X\n")
        #expect(FrontMatter.cut(plan)??.closing == 3)
    }

    @Test func trimmingAgreesWithTheReference() {
        var random = SplitMix64(seed: 12)
        for _ in 0..<20_000 {
            let text = random.text(Self.pieces, upTo: 8)
            #expect(text.trimmingWhitespace == text.trimmingWhitespaceByCharacters, "\(Array(text.unicodeScalars))")
            let sub = text.dropFirst()
            #expect(sub.trimmingWhitespace == sub.trimmingWhitespaceByCharacters)
        }
    }

    @Test func collapsingWhiteSpaceAgreesWithTheReference() {
        var random = SplitMix64(seed: 14)
        for _ in 0..<20_000 {
            let text = random.text(Self.pieces + ["  ", "\u{B}", "Ö"], upTo: 8)
            #expect(SwedishFolding.collapsingWhitespace(text) == SwedishFolding.collapsingByCharacters(text),
                    "\(Array(text.unicodeScalars))")
        }
        #expect(SwedishFolding.collapsingWhitespace("  Övriga \t parter\u{A0}") == "Övriga parter")
    }

    @Test func theFirstColonIsTheFirstColonCharacter() {
        var random = SplitMix64(seed: 13)
        for _ in 0..<20_000 {
            let text = random.text(Self.pieces, upTo: 8)
            #expect(KeyedLine.firstColon(text) == text.firstIndex(of: ":"), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func mentionsAreCutAsCharactersWouldCutThem() {
        var random = SplitMix64(seed: 14)
        let location = SourceLocation(file: "f.md", line: 3, column: 9)
        for _ in 0..<20_000 {
            let text = random.text(Self.pieces, upTo: 10)
            #expect(MentionSplitter.split(text, at: location) == MentionSplitter.splitByCharacters(text, at: location),
                    "\(Array(text.unicodeScalars))")
        }
    }
}
