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
    /// `check --strict`: also warn about what a public body is asked to offer and a plan lacks
    /// (a lättläst version).
    public var strict: Bool
    /// `build --formats all,pdf`: each plan's large-print page also as a tagged A4 PDF, printed
    /// with headless Chromium (skipped, with one warning, where there is none).
    public var pdf: Bool

    public init(contentDirectory: String = "content", outputDirectory: String = "public",
                includeDrafts: Bool = false,
                formats: Formats = .all, preview: Bool = false, strict: Bool = false, pdf: Bool = false) {
        self.contentDirectory = contentDirectory
        self.outputDirectory = outputDirectory
        self.includeDrafts = includeDrafts
        self.formats = formats
        self.preview = preview
        self.strict = strict
        self.pdf = pdf
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
    /// What the build left out on purpose, one line each (no catalogue without a base URL).
    public var notes: [String] = []

    public var summary: String {
        SiteMessages.summary(errors: diagnostics.errors.count, warnings: diagnostics.warnings.count,
                             files: fileCount)
    }
}

/// Content folder in, finished site out: check, render every page and format, write atomically.
/// One check (`ContentLoader.check`) and one render (`SitePipeline.render`) serve the build, the
/// check and the preview.
public enum SiteBuilder {
    /// Reads and checks all content, including the joins across counties, without writing
    /// anything; every plan is kept whole in the content.
    public static func check(_ options: BuildOptions) -> (content: LoadedContent, report: BuildReport) {
        let checked = ContentLoader.check(BuildInputs.read(options, hashing: false), options: options, keepPlans: true)
        let content = checked.content
        return (content, BuildReport(diagnostics: content.diagnostics, fileCount: content.fileCount))
    }

    /// The plans the site shows: drafts only in the preview, or when asked for.
    static func published(_ plans: [Plan], _ options: BuildOptions) -> [Plan] {
        plans.filter(options.publishes)
    }

    /// Checks and renders the site into the output folder, streaming: the plans are read and
    /// checked on every core and added to the catalogue one by one; then the site is rendered,
    /// each plan read again (on a site with more plans than cores) and its files written as
    /// soon as they are made. Only the catalogue and a few plans are ever in memory. The new
    /// site is swapped in when all of it is written, as ever.
    ///
    /// When nothing the site is made from changed since the last build into the same folder (see
    /// `BuildStamp`), the folder is left as it is and the report is the last build's.
    public static func build(_ options: BuildOptions) -> BuildReport {
        var report = buildSite(options)
        // Read from the output, so that a build left as it was says it too.
        let catalogue = URL(fileURLWithPath: options.outputDirectory).appendingPathComponent(SiteAddress.dcat).path
        if options.formats == .all, report.writtenFiles != nil, !FileManager.default.fileExists(atPath: catalogue) {
            report.notes.append(SiteMessages.catalogueSkipped)
        }
        return report
    }

    private static func buildSite(_ options: BuildOptions) -> BuildReport {
        Trace.mark("start")
        let inputs = BuildInputs.read(options)
        Trace.mark("inputs")
        if let report = unchanged(inputs, options: options) {
            Trace.mark("unchanged")
            return report
        }
        // The last build's cache: the plans it read that did not change since are not parsed again.
        let target = URL(fileURLWithPath: options.outputDirectory).standardizedFileURL
        let cache = BuildCache.read(target)
        Trace.mark("cache")
        let checked = ContentLoader.check(inputs, options: options, keepPlans: false, cache: cache)
        Trace.mark("check")
        var report = BuildReport(diagnostics: checked.content.diagnostics, fileCount: checked.content.fileCount)
        guard !report.diagnostics.hasErrors, checked.content.site != nil else { return report }
        do {
            let output = try StagedOutput(output: options.outputDirectory, content: options.contentDirectory)
            do {
                // The last build's files of every plan that did not change, when nothing else
                // they are made from changed either (see `BuildCache`).
                let key = BuildCache.key(inputs, checked)
                var reuse: SitePipeline.Reuse?
                if let cache, cache.key == key {
                    reuse = { @Sendable source in try cache.reuse(source, target: target, output: output) }
                }
                var printer: PagePrinter?
                if options.pdf {
                    if let browser = PDFPrinter.findBrowser() {
                        let site = checked.content.site
                        let pdf = PDFPrinter(browser: browser, staging: output.staging, siteDate: site?.date,
                                             baseURL: site?.baseURL)
                        printer = { page, path in try pdf.print(page, pdfPath: path) }
                    } else {
                        report.diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: "--formats pdf", line: 1, column: 1),
                                                             SiteMessages.pdfNoBrowser, hint: SiteMessages.pdfNoBrowserHint))
                    }
                }
                let planFiles = try SitePipeline.render(checked, options: options, into: output, reusing: reuse,
                                                        printer: printer)
                // The stamp names the inputs as they were read.
                let stamp = BuildStamp(fingerprint: inputs.fingerprint(checked.digests), fileCount: report.fileCount,
                                       writtenFiles: output.writes, diagnostics: report.diagnostics)
                let written = output.writes
                // No cache while the folders are swapped: a build cut short there leaves none.
                let cacheURL = BuildCache.url(of: target)
                try? FileManager.default.removeItem(at: cacheURL)
                try output.commit(stamp: stamp)
                let newCache = BuildCache(checked, factsKey: BuildCache.factsKey(inputs), key: key, planFiles: planFiles)
                try Data(newCache.encoded()).write(to: cacheURL)
                Trace.mark("commit")
                report.writtenFiles = written
            } catch {
                output.discard()
                throw error
            }
        } catch {
            report.failure = "\(error)"
        }
        Trace.mark("done")
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

    /// Every file of the site, in the order of their paths: the build's render, into memory.
    /// `reusing` gives a plan's files from an earlier render when they are still right (the
    /// preview's, after a change that only the pages listing every plan show).
    public static func render(_ content: LoadedContent, options: BuildOptions,
                              reusing: (@Sendable (Plan) -> [OutputFile]?)? = nil) throws -> [OutputFile] {
        let output = MemoryOutput()
        var reuse: SitePipeline.Reuse?
        if let reusing {
            reuse = { @Sendable source in reusing(source.facts).map { SitePipeline.ReusedPlan(files: $0, carried: []) } }
        }
        try SitePipeline.render(CheckedContent(content, options: options), options: options, into: output, reusing: reuse)
        return output.sortedFiles
    }
}
