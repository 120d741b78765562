import Catalog
import Foundation
import PlanModel
import PlanParser
import Synchronization

/// What a build knows once everything is read and checked: the content without the plans'
/// bodies (each plan as its facts only), the catalogue, and where to read each plan again.
struct CheckedContent: Sendable {
    struct PlanSource: Sendable {
        var file: ContentListing.PlanFile
        /// The plan's facts, without its sections: enough for lists, feeds and addresses.
        var facts: Plan
        /// Of the bytes parsed; the plan is parsed again from the same bytes or the build stops.
        var digest: FileDigest
        /// The whole plan, kept from the check when there are no more plans than cores: the
        /// render would hold that many at once anyway, and a large plan is not parsed twice.
        var parsed: Plan?
    }

    /// `plans` are the facts of every plan that parsed (drafts too), in content order.
    var content: LoadedContent
    /// The published plans, in the order `PlanFormats.renderSiteWide` lists them (county, then plan).
    var published: [PlanSource]
    /// Of every content file as read (and, for plans, parsed), by the path shown in messages.
    var digests: [String: FileDigest]
}

extension ContentLoader {
    /// `SiteBuilder.check` for a build that streams: the plans are parsed on every core, in the
    /// catalogue's order, and each is added to the catalogue and dropped, so that no more than a
    /// few plans are in memory at once. Gives the same diagnostics and catalogue as `check`.
    /// Returns nil when the content has errors outside the plans (a missing data file, a county
    /// without its page …): then `check` itself says what they are.
    static func checkStreaming(_ inputs: BuildInputs, options: BuildOptions) -> CheckedContent? {
        let listing = inputs.listing
        var diagnostics = inputs.listingDiagnostics
        var digests: [String: FileDigest] = [:]
        let front = readFront(listing, diagnostics: &diagnostics) { digests[$0.shown] = FileDigest($1) }
        guard !diagnostics.hasErrors, front.site != nil,
              let organisations = front.dataFiles["organisations.yml"],
              let themes = front.dataFiles["themes.yml"] else { return nil }
        let countySlugs = Set(front.counties.map(\.slug))
        guard listing.planFiles.allSatisfy({ countySlugs.contains($0.countySlug) }) else { return nil }

        // As CatalogLoader.build does it.
        let registry = OrganisationRegistry.load(organisations.text, file: organisations.file,
                                                 countySlugs: front.counties.map(\.slug))
        let vocabulary = ThemeVocabulary.load(themes.text, file: themes.file)
        let accumulator = CatalogFeeder(CatalogAccumulator(
            counties: front.counties, planCountySlugs: [], registry: registry.registry, themes: vocabulary.vocabulary))

        let files = listing.planFiles
        let keys = files.map { PlanKey(countySlug: $0.countySlug, planSlug: $0.slug) }
        let order = files.indices.sorted { accumulator.isInCatalogueOrder(keys[$0], keys[$1]) }

        struct Parsed: Sendable {
            var diagnostics: [Diagnostic]
            var facts: Plan?
            var digest: FileDigest?
            var plan: Plan?
        }
        let keepPlans = files.count <= ProcessInfo.processInfo.activeProcessorCount
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
            let done = Parallel.map(window.count) { parsePlan(files[window[$0]]) }
            var toAdd: [Plan] = []
            for (offset, (result, digest)) in done.enumerated() {
                let index = window[offset]
                var facts: Plan?
                if let plan = result.value {
                    facts = plan.factsOnly
                    if options.publishes(plan) { toAdd.append(plan) }
                }
                parsed[index] = Parsed(diagnostics: result.diagnostics, facts: facts, digest: digest,
                                       plan: keepPlans ? result.value : nil)
                if let digest { digests[files[index].location.shown] = digest }
            }
            accumulator.add(toAdd)
            start = end
        }
        let (catalog, catalogDiagnostics) = accumulator.finish()

        // In the order `load` and `check` collect them, so that sorting gives the very same list.
        diagnostics += parsed.flatMap { $0!.diagnostics }
        diagnostics.sort()
        diagnostics = (diagnostics + registry.diagnostics + vocabulary.diagnostics + catalogDiagnostics).sorted()

        let plans = parsed.compactMap { $0!.facts }
        var assetDiagnostics: [Diagnostic] = []
        let assets = ContentLoader.readAssets(listing, diagnostics: &assetDiagnostics)
        var content = LoadedContent(site: front.site, counties: front.counties, plans: plans, dataFiles: front.dataFiles,
                                    assets: assets, diagnostics: (diagnostics + assetDiagnostics).sorted(),
                                    fileCount: listing.fileCount)
        content.catalog = catalog
        var published: [CheckedContent.PlanSource] = []
        for (index, file) in files.enumerated() {
            guard let facts = parsed[index]!.facts, options.publishes(facts), let digest = parsed[index]!.digest else { continue }
            published.append(CheckedContent.PlanSource(file: file, facts: facts, digest: digest, parsed: parsed[index]!.plan))
        }
        published.sort { ($0.facts.countySlug, $0.facts.slug) < ($1.facts.countySlug, $1.facts.slug) }
        return CheckedContent(content: content, published: published, digests: digests)
    }
}

/// The catalogue, fed plan by plan on a thread of its own, in the order given.
private final class CatalogFeeder: Sendable {
    private let queue = DispatchQueue(label: "planpress.catalogue")
    private let accumulator: Mutex<CatalogAccumulator>
    /// At most two windows waiting: the parsing never runs far ahead of the catalogue.
    private let room = DispatchSemaphore(value: 2)

    init(_ accumulator: CatalogAccumulator) {
        self.accumulator = Mutex(accumulator)
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
