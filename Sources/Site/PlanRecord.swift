import PlanModel
import PlanParser

/// What the check keeps of one plan file for the next build (`BuildCache`), so that the plan
/// need not be parsed again while its files are unchanged.
struct PlanRecord: Sendable {
    /// The files the plan was read from, the plan's first, then its follow-ups', by the path
    /// shown in messages, each with the digest of the bytes read.
    var sources: [(path: String, digest: FileDigest)]
    /// Of all of them together, as `ContentLoader.parsePlan` gives it.
    var digest: FileDigest
    /// `Facts` in `PlanFactsCoding`'s bytes.
    var facts: ArraySlice<UInt8>

    /// What the check found in the plan: its facts as the check and the catalogue read them
    /// (`Plan.checkFacts`; nil when it did not parse) and its own diagnostics.
    struct Facts: Sendable {
        var plan: Plan?
        var diagnostics: [Diagnostic]
    }

    /// The record of a plan just parsed from `file`, or nil when a file could not be read.
    init?(_ file: ContentListing.PlanFile, parsed: ContentLoader.ParsedPlan) {
        let paths = [file.location.shown] + file.followUps.map(\.location.shown)
        guard let digest = parsed.digest, parsed.sources.count == paths.count else { return nil }
        sources = zip(paths, parsed.sources).map { (path: $0, digest: $1) }
        self.digest = digest
        var writer = FactsWriter()
        writer.optional(parsed.result.value?.checkFacts) { $0.plan($1) }
        writer.array(parsed.result.diagnostics) { $0.diagnostic($1) }
        facts = writer.bytes[...]
    }

    init(sources: [(path: String, digest: FileDigest)], digest: FileDigest, facts: ArraySlice<UInt8>) {
        self.sources = sources
        self.digest = digest
        self.facts = facts
    }

    /// The facts and diagnostics, read back; throws when the bytes do not read as them.
    func read() throws -> Facts {
        var reader = FactsReader(facts)
        let facts = Facts(plan: try reader.optional { try $0.plan() }, diagnostics: try reader.array { try $0.diagnostic() })
        guard reader.isAtEnd else { throw FactsReader.Damaged() }
        return facts
    }
}

extension Plan {
    /// What the check and the catalogue read of a plan: its sections and what the catalogue
    /// takes from them. Not the text kept as written (prose, participants, references) nor the
    /// HTML of headings, activities and goals, nor activities' other columns, which only the
    /// plan's own files show (made from the plan parsed again). The glossary's HTML stays: the
    /// joined glossary shows it.
    var checkFacts: Plan {
        var facts = self
        facts.preamble = preamble.compactMap(\.checkFacts)
        facts.sections = sections.map(\.checkFacts)
        return facts
    }
}

extension Section {
    fileprivate var checkFacts: Section {
        var facts = self
        facts.headingHTML = ""
        facts.content = content.compactMap(\.checkFacts)
        facts.children = children.map(\.checkFacts)
        facts.contentAfterChildren = contentAfterChildren?.compactMap(\.checkFacts)
        return facts
    }
}

extension ContentBlock {
    fileprivate var checkFacts: ContentBlock? {
        switch self {
        case .prose, .participants, .references: return nil
        case .glossary, .signatories: return self
        case .objective(var objective):
            objective.html = ""
            return .objective(objective)
        case .activities(var table):
            for index in table.activities.indices {
                table.activities[index].html = ""
                table.activities[index].otherFields = []
            }
            return .activities(table)
        }
    }
}

extension FactsWriter {
    mutating func digest(_ value: FileDigest) {
        word(value.hash)
        int(value.size)
    }
}

extension FactsReader {
    mutating func digest() throws -> FileDigest {
        FileDigest(hash: try word(), size: try int())
    }
}
