import Foundation
import PlanModel
import PlanParser
import Testing

/// The slip corpus (`Slips/slips.txt`): the ways editors actually write the format, each one
/// line of `Slips/base.md` changed, each paired with what must happen. Nothing an editor writes
/// may be lost without a word: a slip is understood (the same model as the guide's spelling) or
/// reported on its own line, saying what to write instead.
@Suite struct SlipCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Slips")

    enum Outcome: Equatable {
        case same
        case readAs(String)
        case reported(String)
    }

    struct Slip: CustomStringConvertible {
        var outcome: Outcome
        var name: String
        var correct: String
        var written: String
        var description: String { name }
    }

    static func slips() throws -> [Slip] {
        let text = try String(contentsOf: folder.appendingPathComponent("slips.txt"), encoding: .utf8)
        var slips: [Slip] = []
        var pending: (Outcome, String)?
        var correct: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            if line.hasPrefix("- ") {
                correct = String(line.dropFirst(2))
            } else if line.hasPrefix("+ "), let (outcome, name) = pending, let correctLine = correct {
                slips.append(Slip(outcome: outcome, name: name, correct: correctLine, written: String(line.dropFirst(2))))
                pending = nil
                correct = nil
            } else {
                // `same: name`, `read as "Fokusområde:": name`: the outcome ends at the colon after any quote.
                let quotes = line.indices.filter { line[$0] == "\"" }
                let searchFrom = quotes.count >= 2 ? line.index(after: quotes[1]) : line.startIndex
                guard let colon = line[searchFrom...].firstIndex(of: ":") else { continue }
                pending = (try outcome(String(line[..<colon])),
                           String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
            }
        }
        return slips
    }

    static func outcome(_ text: String) throws -> Outcome {
        if text == "same" { return .same }
        let quoted = text.split(separator: "\"", omittingEmptySubsequences: false)
        try #require(quoted.count == 3, "unreadable outcome \(text)")
        if text.hasPrefix("read as") { return .readAs(String(quoted[1])) }
        if text.hasPrefix("reported") { return .reported(String(quoted[1])) }
        throw CorpusError.unknownOutcome(text)
    }

    enum CorpusError: Error { case unknownOutcome(String) }

    static func base() throws -> String {
        try String(contentsOf: folder.appendingPathComponent("base.md"), encoding: .utf8)
    }

    static func parse(_ text: String) -> ParseResult<Plan> {
        PlanParser.parsePlan(text, file: "content/provlan/strategi.md", countySlug: "provlan", slug: "strategi")
    }

    @Test func theCorpusHasAtLeastTwentyFiveSlipsAndTheBasePlanIsClean() throws {
        #expect(try Self.slips().count >= 25)
        let result = Self.parse(try Self.base())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let plan = try #require(result.value)
        #expect(plan.activities.count == 4)
        #expect(plan.areas.map(\.number) == ["1", nil, "2"])
    }

    @Test(arguments: try SlipCorpusTests.slips())
    func everySlipIsUnderstoodOrReportedOnItsLine(_ slip: Slip) throws {
        let base = try Self.base()
        var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indices = lines.indices.filter { lines[$0] == slip.correct }
        try #require(indices.count == 1, "\(slip.name): the line to change must stand once in base.md")
        let lineNumber = indices[0] + 1
        lines[indices[0]] = slip.written
        let result = Self.parse(lines.joined(separator: "\n"))
        let expected = try #require(Self.parse(base).value)
        let onTheLine = result.diagnostics.filter { $0.location.line == lineNumber }
        switch slip.outcome {
        case .same:
            #expect(result.diagnostics.isEmpty, "\(slip.name): \(result.diagnostics.map(\.description))")
            #expect(Self.summary(try #require(result.value)) == Self.summary(expected), "\(slip.name)")
        case .readAs(let suggestion):
            #expect(result.diagnostics.count == 1 && onTheLine.count == 1,
                    "\(slip.name): \(result.diagnostics.map(\.description))")
            #expect(onTheLine.allSatisfy { $0.severity == .warning && ($0.hint ?? "").contains("\"\(suggestion)\"") },
                    "\(slip.name): \(onTheLine.map(\.description))")
            #expect(Self.summary(try #require(result.value)) == Self.summary(expected), "\(slip.name)")
        case .reported(let suggestion):
            #expect(onTheLine.contains { $0.description.contains(suggestion) },
                    "\(slip.name): \(result.diagnostics.map(\.description))")
        }
        #expect(result.diagnostics.allSatisfy { $0.location.line == lineNumber && $0.location.column >= 1 },
                "\(slip.name): every message stands on the slip's own line")
    }

    /// What a plan says, without how it was spelt: kinds, numbers, titles, fields, goals,
    /// activities with every cell, glossary, signatories and participants.
    static func summary(_ plan: Plan) -> [String] {
        var lines: [String] = []
        func visit(_ section: Section, depth: Int) {
            var title = section.title
            if let number = section.number, title.hasPrefix(number + ". ") { title = String(title.dropFirst(number.count + 2)) }
            // A glossary, signatories … show the heading the document gives them: `Ordförklaringar` is its own title.
            if ![.area, .prose, .example, .network].contains(section.kind) { title = "" }
            lines.append("\(String(repeating: " ", count: depth))\(section.kind) \(section.number ?? "-") \(title)"
                + " tema=\(section.themes) ansvar=\(section.responsible?.mentions.map(\.text) ?? [])"
                + " parter=\(section.partners?.mentions.map(\.text) ?? []) när=\(section.when ?? "-")")
            for objective in section.objectives { lines.append("  mål \(objective.kind) \(objective.text)") }
            for activity in section.activities {
                lines.append("  aktivitet \(activity.number) \(activity.text) ansvar=\(activity.responsible?.mentions.map(\.text) ?? [])"
                    + " parter=\(activity.partners?.mentions.map(\.text) ?? []) när=\(activity.when ?? "-")"
                    + " övrigt=\(activity.otherFields.map { "\($0.name): \($0.text)" })")
            }
            for entry in section.glossaryEntries { lines.append("  term \(entry.term): \(entry.definition)") }
            for person in section.signatories {
                lines.append("  undertecknare \(person.name) \(person.role ?? "-") \(person.organisation ?? "-")")
            }
            for person in section.participants { lines.append("  deltagare \(person.name) \(person.organisation ?? "-")") }
            for child in section.children { visit(child, depth: depth + 1) }
        }
        for section in plan.sections { visit(section, depth: 0) }
        return lines
    }
}
