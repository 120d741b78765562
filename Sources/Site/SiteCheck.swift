import Catalog
import Foundation
import PlanModel
import PlanParser
import Synchronization

/// What a build knows once everything is read and checked: the content (each plan whole, or
/// as its facts only on a large site), the catalogue, and where to read each plan again.
struct CheckedContent: Sendable {
    struct PlanSource: Sendable {
        /// The file and the digest of the bytes parsed, when the plan came from a file: the plan
        /// is parsed again from the same bytes or the build stops.
        struct Origin: Sendable {
            var file: ContentListing.PlanFile
            var digest: FileDigest
        }

        /// The plan's facts, without its sections: enough for lists, feeds and addresses.
        var facts: Plan
        /// The whole plan, when it is kept (the preview, or no more plans than cores).
        var parsed: Plan?
        var origin: Origin?
    }

    /// `plans` are every plan that parsed (drafts too), in content order.
    var content: LoadedContent
    /// The published plans, in the order the site-wide data files list them (county, then plan).
    var published: [PlanSource]
    /// Of every content file as read (and, for plans, parsed), by the path shown in messages.
    var digests: [String: FileDigest] = [:]
    /// What the next build keeps of each plan file that was read, by `county/slug` (`BuildCache`).
    var records: [String: PlanRecord] = [:]

    /// Content already read whole (the preview's), as the render takes it.
    init(_ content: LoadedContent, options: BuildOptions) {
        self.content = content
        published = content.plans.filter(options.publishes)
            .map { PlanSource(facts: $0, parsed: $0) }
            .sorted { ($0.facts.countySlug, $0.facts.slug) < ($1.facts.countySlug, $1.facts.slug) }
    }

    init(content: LoadedContent, published: [PlanSource], digests: [String: FileDigest], records: [String: PlanRecord]) {
        self.content = content
        self.published = published
        self.digests = digests
        self.records = records
    }
}

extension ContentLoader {
    /// The one check, for `planpress build`, `planpress check` and `SiteBuilder.check`: the
    /// plans are parsed on every core, in the catalogue's order, and each is added to the
    /// catalogue as it comes. With `keepPlans` every plan is kept whole; otherwise only its
    /// facts, so that no more than a few plans are in memory at once (the render reads them again).
    /// With the last build's `cache`, a plan whose files are as that build read them is not
    /// parsed: its facts and diagnostics are the cache's (`PlanRecord`).
    static func check(_ inputs: BuildInputs, options: BuildOptions, keepPlans: Bool,
                      cache: BuildCache? = nil) -> CheckedContent {
        let cache = cache.flatMap { $0.factsKey == BuildCache.factsKey(inputs) ? $0 : nil }
        let listing = inputs.listing
        var diagnostics = inputs.listingDiagnostics
        var digests: [String: FileDigest] = [:]
        let front = readFront(listing, diagnostics: &diagnostics) { digests[$0.shown] = FileDigest($1) }
        let files = listing.planFiles
        let join = CatalogJoin(dataFiles: front.dataFiles, counties: front.counties,
                               planCountySlugs: files.map(\.countySlug))
        let order = join.map { join in
            let keys = files.map { PlanKey(countySlug: $0.countySlug, planSlug: $0.slug) }
            return files.indices.sorted { join.isInCatalogueOrder(keys[$0], keys[$1]) }
        } ?? Array(files.indices)

        struct Parsed: Sendable {
            var diagnostics: [Diagnostic]
            var facts: Plan?
            var digest: FileDigest?
            var plan: Plan?
        }
        var records: [String: PlanRecord] = [:]
        let keep = keepPlans || files.count <= ProcessInfo.processInfo.activeProcessorCount
        var parsed = [Parsed?](repeating: nil, count: files.count)
        // Windows of plans in catalogue order: parsed on every core, then added to the catalogue
        // in order on its own thread while the next window is parsed.
        var start = 0
        while start < order.count {
            var end = start
            var bytes = 0
            while end < order.count, end - start < 64, bytes < 16 << 20 {
                bytes += inputs.digests[files[order[end]].location.shown]?.size ?? 0
                end += 1
            }
            let window = Array(order[start..<end])
            let done = Parallel.map(window.count) { offset in
                let file = files[window[offset]]
                if let record = cache?.record(file, digests: inputs.digests), let facts = try? record.read() {
                    return (facts: facts, record: Optional(record), parsed: false)
                }
                let result = parsePlan(file)
                return (facts: PlanRecord.Facts(plan: result.result.value, diagnostics: result.result.diagnostics),
                        record: PlanRecord(file, parsed: result), parsed: true)
            }
            var toAdd: [Plan] = []
            for (offset, (facts, record, isParsed)) in done.enumerated() {
                let index = window[offset]
                // A plan from the cache is its facts only: the render parses it again if it must.
                let plan = facts.plan
                let whole = keep && isParsed ? plan : nil
                if let plan, options.publishes(plan) { toAdd.append(plan) }
                parsed[index] = Parsed(diagnostics: facts.diagnostics, facts: whole ?? plan?.factsOnly,
                                       digest: record?.digest, plan: whole)
                if let record {
                    // Each file's own digest, as `BuildInputs` hashes it: the stamp compares them.
                    for source in record.sources { digests[source.path] = source.digest }
                    records[BuildCache.name(files[index])] = record
                }
            }
            join?.add(toAdd)
            start = end
        }
        let (catalog, catalogDiagnostics) = join?.finish() ?? (nil, [])
        diagnostics += parsed.flatMap { $0!.diagnostics } + (join?.diagnostics ?? CatalogJoin.missing(front.dataFiles))
            + catalogDiagnostics
        let facts = parsed.compactMap { $0!.facts }
        let easyRead = EasyReadCheck.read(listing, published: facts.filter(options.publishes), strict: options.strict) {
            digests[$0.shown] = FileDigest($1)
        }
        diagnostics += easyRead.diagnostics
        let assets = readAssets(listing, diagnostics: &diagnostics) { digests[$0.shown] = FileDigest($1) }
        var content = LoadedContent(site: front.site, counties: front.counties, plans: facts,
                                    dataFiles: front.dataFiles, assets: assets, easyReads: easyRead.easyReads,
                                    diagnostics: diagnostics.sorted(),
                                    fileCount: listing.fileCount)
        content.catalog = catalog
        var published: [CheckedContent.PlanSource] = []
        for (index, file) in files.enumerated() {
            guard let facts = parsed[index]!.facts, options.publishes(facts), let digest = parsed[index]!.digest else { continue }
            published.append(CheckedContent.PlanSource(facts: facts, parsed: parsed[index]!.plan,
                                                       origin: .init(file: file, digest: digest)))
        }
        published.sort { ($0.facts.countySlug, $0.facts.slug) < ($1.facts.countySlug, $1.facts.slug) }
        return CheckedContent(content: content, published: published, digests: digests, records: records)
    }
}

/// The join across counties (the catalogue), fed plan by plan on a thread of its own, in the
/// catalogue's order: the one way the build, the check and the preview make it.
final class CatalogJoin: Sendable {
    private let queue = DispatchQueue(label: "planpress.catalogue")
    private let accumulator: Mutex<CatalogAccumulator>
    /// At most two windows waiting: the parsing never runs far ahead of the catalogue.
    private let room = DispatchSemaphore(value: 2)
    /// What reading the two data files found.
    let diagnostics: [Diagnostic]

    /// nil when a data file is missing (`missing` says which). `planCountySlugs` are the
    /// counties of the plans to come.
    init?(dataFiles: [String: (text: String, file: String)], counties: [County], planCountySlugs: [String]) {
        guard let organisations = dataFiles["organisations.yml"], let themes = dataFiles["themes.yml"] else { return nil }
        let registry = OrganisationRegistry.load(organisations.text, file: organisations.file,
                                                 countySlugs: counties.map(\.slug))
        let vocabulary = ThemeVocabulary.load(themes.text, file: themes.file)
        diagnostics = registry.diagnostics + vocabulary.diagnostics
        accumulator = Mutex(CatalogAccumulator(counties: counties, planCountySlugs: planCountySlugs,
                                               registry: registry.registry, themes: vocabulary.vocabulary))
    }

    /// The errors for the data files that are missing.
    static func missing(_ dataFiles: [String: (text: String, file: String)]) -> [Diagnostic] {
        ContentLoader.dataFileNames.filter { dataFiles[$0] == nil }.map { name in
            Diagnostic(.error, at: SourceLocation(file: name, line: 1, column: 1),
                       SiteMessages.missingDataFile(name), hint: SiteMessages.missingDataFileHint)
        }
    }

    /// The catalogue of plans already read (the preview's): every plan added in order at once.
    static func join(_ content: LoadedContent, plans: [Plan]) -> (catalog: Catalog?, diagnostics: [Diagnostic]) {
        guard let join = CatalogJoin(dataFiles: content.dataFiles, counties: content.counties,
                                     planCountySlugs: plans.map(\.countySlug)) else {
            return (nil, missing(content.dataFiles))
        }
        let key = { (plan: Plan) in PlanKey(countySlug: plan.countySlug, planSlug: plan.slug) }
        join.add(plans.sorted { join.isInCatalogueOrder(key($0), key($1)) })
        let (catalog, diagnostics) = join.finish()
        return (catalog, join.diagnostics + diagnostics)
    }

    func isInCatalogueOrder(_ a: PlanKey, _ b: PlanKey) -> Bool {
        accumulator.withLock { $0.isInCatalogueOrder(a, b) }
    }

    func add(_ plans: [Plan]) {
        room.wait()
        queue.async { [self] in
            accumulator.withLock { accumulator in
                for plan in plans { accumulator.add(plan) }
            }
            room.signal()
        }
    }

    func finish() -> (Catalog, [Diagnostic]) {
        queue.sync {}
        return accumulator.withLock { $0.finish() }
    }
}

extension Plan {
    /// The plan without its sections and preamble: what lists of plans and the feed show.
    var factsOnly: Plan {
        var facts = self
        facts.preamble = []
        facts.sections = []
        return facts
    }
}
