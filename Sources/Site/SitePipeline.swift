import Catalog
import Foundation
import PlanModel
import Render
import Synchronization
import ViewModel

/// The one render of a site, for `planpress build` (into the staged folder), `SiteBuilder.render`
/// and the preview (into memory): the site pages, then the search index beside the plans, each
/// plan's files made and written as soon as its turn comes, with its part of the site-wide data
/// files; then the publishing files.
enum SitePipeline {
    /// A plan's files from an earlier render that are still right.
    struct ReusedPlan: Sendable {
        /// To write as they are; the plan's part of the site-wide data files is taken from these.
        var files: [OutputFile]
        /// Already in the output, carried over from the last build (`BuildCache`).
        var carried: [(path: String, size: Int)]
    }

    /// A plan's files from an earlier render (the preview's after a change that only the pages
    /// listing every plan show, the last build's for an unchanged plan), or nil to render them.
    typealias Reuse = @Sendable (CheckedContent.PlanSource) throws -> ReusedPlan?

    /// Renders the site into `output`; returns each published plan's files (path and size), in
    /// `checked.published`'s order.
    @discardableResult
    /// With a `printer`, each plan's large-print page is also printed to PDF (`PDFPrinter`).
    static func render(_ checked: CheckedContent, options: BuildOptions, into output: any SiteOutput,
                       reusing reuse: Reuse? = nil, printer: PagePrinter? = nil) throws -> [[(path: String, size: Int)]] {
        let content = checked.content
        guard let site = content.site else { return [] }
        let renderer = SiteRenderer(site: site, content: content)
        let plans = checked.published
        let facts = plans.map(\.facts)
        let counties = Dictionary(content.counties.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let siteWide = options.formats == .all ? try SiteWideFiles(output, plans: plans.count) : nil
        // The site pages first: the renderer makes them on every core itself (run inside
        // another concurrentPerform, its own would get one core).
        try renderer.sitePages(counties: content.counties, plans: facts, catalog: content.catalog,
                               preview: options.preview) { try output.write($0) }
        Trace.mark("site pages")
        // Then the plans, one job each on every core, with the search index beside them on a
        // thread of its own; a plan left alone (fewer plans than cores) makes its formats and
        // pages side by side.
        let catalog = content.catalog
        let planFiles = Mutex([[(path: String, size: Int)]](repeating: [], count: plans.count))
        try Parallel.beside({
            guard let catalog else { return }
            let file = try output.append(SiteAddress.searchIndex)
            try renderer.writeSearchIndex(catalog) { data in try data.withUnsafeBytes { try file.write($0) } }
            try file.close()
        }, {
            try Parallel.forEach(plans.count) { index in
                let source = plans[index]
                guard let county = counties[source.facts.countySlug] else { return }
                var files: [OutputFile]
                var carried: [(path: String, size: Int)] = []
                if let reused = try reuse?(source) {
                    (files, carried) = (reused.files, reused.carried)
                } else {
                    files = try Self.planFiles(try source.plan(), county: county, renderer: renderer, options: options,
                                               catalog: catalog, printer: printer)
                }
                planFiles.withLock { $0[index] = carried + files.map { ($0.path, $0.bytes.count) } }
                // Written side by side with the plan's part of the site-wide files.
                try Parallel.forEach(files.count + 1) { job in
                    if job < files.count {
                        try output.write(files[job])
                    } else {
                        try siteWide?.add(index, files: files, plan: source.facts)
                    }
                }
            }
        })
        Trace.mark("plans")
        try siteWide?.finish()
        let publishing = PublishingFiles(site: site)
        for file in publishing.render(pages: output.paths.filter { $0.hasSuffix(".html") },
                                      plans: facts, counties: content.counties, catalog: catalog,
                                      dataFiles: options.formats == .all) {
            try output.write(file)
        }
        return planFiles.withLock { $0 }
    }

    /// A plan's files: its alternate formats first, so that its page can link them with their
    /// sizes. With the catalogue, the page links its themes and glossary abbreviations to the
    /// joined pages.
    static func planFiles(_ plan: Plan, county: County, renderer: SiteRenderer, options: BuildOptions,
                          catalog: Catalog?, printer: PagePrinter? = nil) throws -> [OutputFile] {
        try renderer.planFiles(plan, county: county, alternateFormats: options.formats == .all,
                               preview: options.preview, catalog: catalog, printer: printer)
    }
}

extension CheckedContent.PlanSource {
    /// The whole plan: kept, or parsed again from the bytes the check read (an error if the
    /// file changed since).
    func plan() throws -> Plan {
        if let parsed { return parsed }
        guard let origin else { return facts }
        let parsed = ContentLoader.parsePlan(origin.file)
        guard parsed.digest == origin.digest, let plan = parsed.result.value else {
            throw OutputError(message: SiteMessages.contentChanged, hint: SiteMessages.contentChangedHint)
        }
        return plan
    }
}
