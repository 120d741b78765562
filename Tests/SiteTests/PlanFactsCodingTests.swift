import Foundation
import PlanModel
@testable import Site
import Testing

/// The build cache's bytes for the plan model (`FactsWriter`, `FactsReader`): what is written
/// reads back as it was, and bytes that are not a record never read as one.
@Suite struct PlanFactsCodingTests {
    /// Every plan file of the seed site and of the example county, parsed with its follow-ups.
    static func parsedPlans() -> [(file: ContentListing.PlanFile, parsed: ContentLoader.ParsedPlan)] {
        ["content", "examples/content"].flatMap { folder in
            var diagnostics: [Diagnostic] = []
            let listing = ContentListing(root: SiteBuildTests.repository.appendingPathComponent(folder), shown: folder,
                                         diagnostics: &diagnostics)
            return listing.planFiles.map { ($0, ContentLoader.parsePlan($0)) }
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func everySeedAndExamplePlanReadsBackWhole() throws {
        let plans = Self.parsedPlans()
        #expect(plans.count >= 5)
        #expect(plans.contains { !($0.parsed.result.value?.followUps.isEmpty ?? true) }, "the example has follow-ups")
        for (file, parsed) in plans {
            let plan = try #require(parsed.result.value, "\(file.location.shown)")
            var writer = FactsWriter()
            writer.plan(plan)
            var reader = FactsReader(writer.bytes[...])
            let read = try reader.plan()
            #expect(reader.isAtEnd)
            #expect(try Self.json(read) == (try Self.json(plan)), "\(file.location.shown)")
        }
    }

    /// The record keeps what the catalogue reads, and the plan's diagnostics, as they were.
    @Test func aRecordKeepsThePlansCheckFactsAndDiagnostics() throws {
        for (file, parsed) in Self.parsedPlans() {
            let record = try #require(PlanRecord(file, parsed: parsed))
            let facts = try record.read()
            #expect(facts.diagnostics == parsed.result.diagnostics)
            let plan = try #require(parsed.result.value)
            #expect(try Self.json(facts.plan) == (try Self.json(plan.checkFacts)), "\(file.location.shown)")
            #expect(facts.plan?.activities.map(\.activity.id) == plan.activities.map(\.activity.id))
            #expect(facts.plan?.allSections.map(\.id) == plan.allSections.map(\.id))
            #expect(record.sources.map(\.path) == [file.location.shown] + file.followUps.map(\.location.shown))
        }
    }

    @Test func diagnosticsAndNumbersReadBackExactly() throws {
        let diagnostics = [
            Diagnostic(.error, at: SourceLocation(file: "content/a/b.md", line: 3, column: 7), "Fel", hint: "Skriv så här"),
            Diagnostic(.warning, at: SourceLocation(file: "content/a/b.md", line: 0, column: 0), "Varning å ä ö 🙂"),
            Diagnostic(.warning, at: SourceLocation(file: "content/a/c.md", line: Int.max, column: Int.min), ""),
        ]
        var writer = FactsWriter()
        writer.array(diagnostics) { $0.diagnostic($1) }
        let numbers = [0, 1, -1, 63, 64, -64, -65, 127, 128, 300, Int.max, Int.min, Int(Int32.max) + 1]
        writer.array(numbers) { $0.int($1) }
        writer.word(UInt64.max)
        var reader = FactsReader(writer.bytes[...])
        #expect(try reader.array { try $0.diagnostic() } == diagnostics)
        #expect(try reader.array { try $0.int() } == numbers)
        #expect(try reader.word() == UInt64.max)
        #expect(reader.isAtEnd)
    }

    /// Bytes cut short, or changed into what is not a record, throw rather than read as a plan.
    @Test func aRecordCutShortOrChangedDoesNotRead() throws {
        let (file, parsed) = try #require(Self.parsedPlans().first { $0.parsed.result.value?.sections.isEmpty == false })
        let record = try #require(PlanRecord(file, parsed: parsed))
        let bytes = Array(record.facts)
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            let cut = PlanRecord(sources: record.sources, digest: record.digest, facts: bytes[..<length])
            #expect(throws: FactsReader.Damaged.self) { try cut.read() }
        }
        let longer = PlanRecord(sources: record.sources, digest: record.digest, facts: (bytes + [0])[...])
        #expect(throws: FactsReader.Damaged.self) { try longer.read() }
        // A flag that is neither 0 nor 1 (the first byte says whether there is a plan).
        let flag = PlanRecord(sources: record.sources, digest: record.digest, facts: ([7] + bytes.dropFirst())[...])
        #expect(throws: FactsReader.Damaged.self) { try flag.read() }
    }
}
