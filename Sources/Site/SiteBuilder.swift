import Catalog
import Foundation
import PlanModel
import PlanParser
import Render
import Synchronization
import ViewModel

public struct BuildOptions: Sendable {
    public enum Formats: String, Sendable, CaseIterable {
        /// Web pages only.
        case html
        /// Web pages and every alternate format.
        case all
    }

    public var contentDirectory: String
    public var outputDirectory: String
    public var includeDrafts: Bool
    public var formats: Formats
    /// Preview pages mark drafts; the published site never contains them unless asked.
    public var preview: Bool

    public init(contentDirectory: String = "content", outputDirectory: String = "public",
                includeDrafts: Bool = false,
                formats: Formats = .all, preview: Bool = false) {
        self.contentDirectory = contentDirectory
        self.outputDirectory = outputDirectory
        self.includeDrafts = includeDrafts
        self.formats = formats
        self.preview = preview
    }

    /// Whether the site shows the plan: drafts only in the preview, or when asked for.
    func publishes(_ plan: Plan) -> Bool { !plan.isDraft || includeDrafts || preview }
}

/// What a check or a build found and did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Content files read.
    public var fileCount: Int
    /// Files written to the output, or nil when nothing was written.
    public var writtenFiles: Int?
    /// Why nothing was written, when the reason is not in the diagnostics.
    public var failure: String?

    public var summary: String {
        SiteMessages.summary(errors: diagnostics.errors.count, warnings: diagnostics.warnings.count,
                             files: fileCount)
    }
}

/// Content folder in, finished site out: check, render every page and format, write atomically.
public enum SiteBuilder {
    /// Reads and checks all content, including the joins across counties, without writing anything.
    public static func check(_ options: BuildOptions) -> (content: LoadedContent, report: BuildReport) {
        var content = ContentLoader.load(contentDirectory: options.contentDirectory)
        let (catalog, catalogDiagnostics) = CatalogLoader.build(content, plans: published(content.plans, options))
        content.catalog = catalog
        content.diagnostics = (content.diagnostics + catalogDiagnostics).sorted()
        let report = BuildReport(diagnostics: content.diagnostics, fileCount: content.fileCount)
        return (content, report)
    }

    /// The plans the site shows: drafts only in the preview, or when asked for.
    static func published(_ plans: [Plan], _ options: BuildOptions) -> [Plan] {
        plans.filter(options.publishes)
    }

    /// Checks and renders the site into the output folder, streaming: the plans are read and
    /// checked on every core and added to the catalogue one by one; the site pages are written
    /// as they are made; then the plans are read again and rendered on every core, each plan's
    /// files written as soon as they are made. Only the catalogue and a few plans are ever in
    /// memory. The new site is swapped in when all of it is written, as ever.
    ///
    /// When nothing the site is made from changed since the last build into the same folder (see
    /// `BuildStamp`), the folder is left as it is and the report is the last build's.
    public static func build(_ options: BuildOptions) -> BuildReport {
        Trace.mark("start")
        let inputs = BuildInputs.read(options)
        Trace.mark("inputs")
        if let report = unchanged(inputs, options: options) {
            Trace.mark("unchanged")
            return report
        }
        guard let checked = ContentLoader.checkStreaming(inputs, options: options) else {
            // Errors outside the plans (or content that changed while it was read): the plain way,
            // which reports them.
            return buildAtOnce(options)
        }
        Trace.mark("check")
        var report = BuildReport(diagnostics: checked.content.diagnostics, fileCount: checked.content.fileCount)
        guard !report.diagnostics.hasErrors, checked.content.site != nil else { return report }
        do {
            report.writtenFiles = try renderStreaming(checked, inputs: inputs, report: report, options: options)
        } catch {
            report.failure = "\(error)"
        }
        Trace.mark("done")
        return report
    }

    /// The build as `check`, `render` and `OutputWriter.write` make it, everything in memory at once.
    static func buildAtOnce(_ options: BuildOptions) -> BuildReport {
        var (content, report) = check(options)
        guard !report.diagnostics.hasErrors, content.site != nil else { return report }
        do {
            let files = try render(content, options: options)
            try OutputWriter.write(files, to: options.outputDirectory, content: options.contentDirectory)
            report.writtenFiles = files.count
        } catch {
            report.failure = "\(error)"
        }
        return report
    }

    /// The last build's report, when its stamp says it was made from exactly these inputs and the
    /// output folder holds exactly what it wrote.
    static func unchanged(_ inputs: BuildInputs, options: BuildOptions) -> BuildReport? {
        let target = URL(fileURLWithPath: options.outputDirectory).standardizedFileURL
        guard let stamp = BuildStamp.read(target), stamp.fingerprint == inputs.fingerprint, stamp.matches(target)
        else { return nil }
        return BuildReport(diagnostics: stamp.diagnostics, fileCount: stamp.fileCount, writtenFiles: stamp.writtenFiles)
    }

    /// Renders and writes everything: the site pages, then the search index and the plans, each
    /// plan's files written as soon as they are made, then the publishing files; returns the
    /// number of files written.
    static func renderStreaming(_ checked: CheckedContent, inputs: BuildInputs, report: BuildReport,
                                options: BuildOptions) throws -> Int {
        let content = checked.content
        guard let site = content.site else { return 0 }
        let output = try StagedOutput(output: options.outputDirectory, content: options.contentDirectory)
        do {
            let renderer = SiteRenderer(site: site, content: content)
            let published = published(content.plans, options)
            let counties = Dictionary(uniqueKeysWithValues: content.counties.map { ($0.slug, $0) })
            let siteWide = options.formats == .all ? try SiteWideFiles(output, plans: checked.published.count) : nil
            // The site pages first: the renderer makes them on every core itself (run inside
            // another concurrentPerform, its own would get one core).
            try renderer.sitePages(counties: content.counties, plans: published, catalog: content.catalog,
                                   preview: options.preview) { try output.write($0) }
            Trace.mark("site pages")
            // Then the plans, one job each on every core, with the search index beside them on
            // a thread of its own; a plan left alone (fewer plans than cores) makes its formats
            // and pages side by side.
            let plans = checked.published
            let catalog = content.catalog
            try Parallel.beside({
                guard let catalog else { return }
                try output.write(SiteAddress.searchIndex) { write in
                    try renderer.writeSearchIndex(catalog) { data in try data.withUnsafeBytes { try write($0) } }
                }
            }, {
                try Parallel.forEach(plans.count) { index in
                    let plan = try plans[index].parsed ?? parseAgain(plans[index])
                    guard let county = counties[plan.countySlug] else { return }
                    let files = try renderPlan(plan, county: county, renderer: renderer, options: options,
                                               catalog: catalog)
                    // Written side by side with the plan's part of the site-wide files.
                    try Parallel.forEach(files.count + 1) { job in
                        if job < files.count {
                            try output.write(files[job])
                        } else {
                            try siteWide?.add(index, files: files, plan: plan)
                        }
                    }
                }
            })
            Trace.mark("plans")
            if let siteWide {
                try siteWide.finish()
            }
            let publishing = PublishingFiles(site: site)
            for file in publishing.render(pages: output.paths.filter { $0.hasSuffix(".html") },
                                          plans: published, counties: content.counties) {
                try output.write(file)
            }
            // The stamp names the inputs as they were read.
            let stamp = BuildStamp(fingerprint: inputs.fingerprint(checked.digests), fileCount: report.fileCount,
                                   writtenFiles: output.writes, diagnostics: report.diagnostics)
            let written = output.writes
            try output.commit(stamp: stamp)
            Trace.mark("commit")
            return written
        } catch {
            output.discard()
            throw error
        }
    }

    /// The plan from the bytes the check read, or an error if the file changed since.
    private static func parseAgain(_ source: CheckedContent.PlanSource) throws -> Plan {
        let (result, digest) = ContentLoader.parsePlan(source.file)
        guard digest == source.digest, let plan = result.value else {
            throw OutputError(message: SiteMessages.contentChanged, hint: SiteMessages.contentChangedHint)
        }
        return plan
    }

    /// Every file of the site, in a stable order.
    public static func render(_ content: LoadedContent, options: BuildOptions) throws -> [OutputFile] {
        guard let site = content.site else { return [] }
        let renderer = SiteRenderer(site: site, content: content)
        let plans = published(content.plans, options)
        let counties = Dictionary(uniqueKeysWithValues: content.counties.map { ($0.slug, $0) })

        let perPlan = Mutex([[OutputFile]](repeating: [], count: plans.count))
        try Parallel.forEach(plans.count) { index in
            let plan = plans[index]
            guard let county = counties[plan.countySlug] else { return }
            let files = try renderPlan(plan, county: county, renderer: renderer, options: options,
                                       catalog: content.catalog)
            perPlan.withLock { $0[index] = files }
        }
        let planFiles = perPlan.withLock { $0 }.flatMap { $0 }
        let siteFiles = try renderSiteFiles(content, renderer: renderer, options: options,
                                            planPages: planFiles.map(\.path))
        return (planFiles + siteFiles).sorted { $0.path < $1.path }
    }

    /// A plan's alternate formats first, so that its page can link them with their sizes.
    /// With the catalogue, the page links its themes and glossary abbreviations to the joined pages.
    static func renderPlan(_ plan: Plan, county: County, renderer: SiteRenderer, options: BuildOptions,
                           catalog: Catalog? = nil) throws -> [OutputFile] {
        try renderer.planFiles(plan, county: county, alternateFormats: options.formats == .all,
                               preview: options.preview, catalog: catalog)
    }
}
