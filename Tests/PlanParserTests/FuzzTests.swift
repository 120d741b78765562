import Foundation
import PlanModel
import PlanParser
import TestSupport
import Testing

/// A seeded fuzzer: the committed corpus and the seed plans, mutated many times, must never crash
/// the parser, must get located diagnostics, and must never let raw markup into the model's HTML.
@Suite struct FuzzTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let corpus: [[UInt8]] = {
        let folders = [here.appendingPathComponent("Corpus")]
            + ["dalarna", "jamtland-harjedalen"].map {
                here.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content/\($0)")
            }
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                .filter { $0.hasSuffix(".md") }
                .compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) }
                .map { [UInt8]($0) }
        }
    }()

    /// Pieces of Markdown and YAML that are likely to matter to the parser.
    static let tokens: [[UInt8]] = [
        "\n---\n", "\n## ", "\n#### ", "| Aktivitet | Ansvar |\n| --- | --- |\n| x | y |\n", "Ansvar: ",
        "Tema: ", "Syfte: ", "<script>alert(1)</script>", "[a](javascript:x)", "![](x.png)", "\n- ",
        "\n> ", "```\n", ": ", "\u{0}", "ä", "\r\n", "period: 2020-2010\n", "kind: x\n",
    ].map { Array($0.utf8) }

    @Test func mutatedPlansNeverCrashAndAlwaysGetLocatedDiagnostics() throws {
        try #require(Self.corpus.count >= 10)
        var random = SplitMix64(seed: 20_261_123)
        for iteration in 0..<3_000 {
            var bytes = Self.corpus[iteration % Self.corpus.count]
            for _ in 0..<(1 + Int(random.next() % 4)) { Self.mutate(&bytes, with: &random) }
            try Self.check(bytes, iteration: iteration)
        }
    }

    static func mutate(_ bytes: inout [UInt8], with random: inout SplitMix64) {
        let position = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
        switch random.next() % 4 {
        case 0 where !bytes.isEmpty: bytes[position] = UInt8(truncatingIfNeeded: random.next())
        case 1: bytes.insert(contentsOf: tokens[Int(random.next() % UInt64(tokens.count))], at: position)
        case 2 where !bytes.isEmpty:
            bytes.removeSubrange(position..<min(bytes.count, position + Int(random.next() % 64)))
        default:
            let end = min(bytes.count, position + Int(random.next() % 200))
            bytes.insert(contentsOf: bytes[position..<end], at: position)
        }
    }

    static func check(_ bytes: [UInt8], iteration: Int) throws {
        let decoded = SourceText.decode(bytes, file: "fuzz.md")
        guard let text = decoded.text else {
            #expect(decoded.diagnostics.hasErrors, "iteration \(iteration)")
            return
        }
        let result = PlanParser.parsePlan(text, file: "fuzz.md", countySlug: "fuzz", slug: "fuzz")
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for diagnostic in result.diagnostics {
            #expect((1...lineCount + 1).contains(diagnostic.location.line), "iteration \(iteration): \(diagnostic)")
        }
        #expect(result.value != nil || result.diagnostics.hasErrors, "iteration \(iteration)")
        if let plan = result.value {
            let html = htmlFields(of: String(decoding: try JSONEncoder().encode(plan), as: UTF8.self))
            for pattern in unsafeMarkup {
                #expect(html.firstMatch(of: pattern) == nil, "iteration \(iteration)")
            }
        }
    }

    /// Markup that must never come out of a source file: active elements, script URLs, event handlers.
    nonisolated(unsafe) static let unsafeMarkup: [Regex<AnyRegexOutput>] = [
        try! Regex("(?i)<(script|iframe|object|embed|style|form|input|img|svg)\\b"),
        try! Regex("(?i)(href|src)\\s*=\\s*\"?\\s*(javascript|vbscript|data):"),
        try! Regex("(?i)<[^>]*\\son[a-z]+\\s*="),
    ]

    /// The HTML the model carries, pulled out of its JSON (only fields ending in "html").
    static func htmlFields(of json: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return "" }
        var found: [String] = []
        func walk(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                for (key, item) in dictionary {
                    if key.lowercased().hasSuffix("html"), let text = item as? String { found.append(text) }
                    walk(item)
                }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(object)
        return found.joined(separator: "\n")
    }

    @Test func everyCorpusFileGetsAClearError() throws {
        let folder = Self.here.appendingPathComponent("Corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let bytes = [UInt8](try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)))
            let decoded = SourceText.decode(bytes, file: name)
            var diagnostics = decoded.diagnostics
            if let text = decoded.text {
                diagnostics += PlanParser.parsePlan(text, file: name, countySlug: "c", slug: "p").diagnostics
            }
            if name.hasPrefix("ok-") {
                #expect(!diagnostics.hasErrors, "\(name): \(diagnostics)")
            } else {
                #expect(!diagnostics.isEmpty, "\(name) gave no diagnostic")
            }
            #expect(diagnostics.allSatisfy { $0.location.file == name && $0.location.line >= 1 }, "\(name)")
        }
    }
}
