import Catalog
import Foundation
import Mustache
import PlanModel
import PlanParser
import Render
import Synchronization

public struct BuildOptions: Sendable {
    public enum Formats: String, Sendable, CaseIterable {
        /// Web pages only.
        case html
        /// Web pages and every alternate format.
        case all
    }

    public var contentDirectory: String
    public var outputDirectory: String
    public var templatesDirectory: String
    public var includeDrafts: Bool
    public var formats: Formats
    /// Preview pages mark drafts; the published site never contains them unless asked.
    public var preview: Bool

    public init(contentDirectory: String = "content", outputDirectory: String = "public",
                templatesDirectory: String = "templates", includeDrafts: Bool = false,
                formats: Formats = .all, preview: Bool = false) {
        self.contentDirectory = contentDirectory
        self.outputDirectory = outputDirectory
        self.templatesDirectory = templatesDirectory
        self.includeDrafts = includeDrafts
        self.formats = formats
        self.preview = preview
    }
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
        plans.filter { !$0.isDraft || options.includeDrafts || options.preview }
    }

    public static func build(_ options: BuildOptions) -> BuildReport {
        var (content, report) = check(options)
        guard !report.diagnostics.hasErrors, content.site != nil else { return report }
        do {
            let files = try render(content, options: options)
            try OutputWriter.write(files, to: options.outputDirectory)
            report.writtenFiles = files.count
        } catch {
            report.failure = "\(error)"
        }
        return report
    }

    /// Every file of the site, in a stable order.
    public static func render(_ content: LoadedContent, options: BuildOptions) throws -> [OutputFile] {
        guard let site = content.site else { return [] }
        let renderer = try SiteRenderer(templatesDirectory: options.templatesDirectory, site: site)
        let plans = published(content.plans, options)
        let counties = Dictionary(uniqueKeysWithValues: content.counties.map { ($0.slug, $0) })

        let perPlan = Mutex([[OutputFile]](repeating: [], count: plans.count))
        let failure = Mutex<(any Error)?>(nil)
        DispatchQueue.concurrentPerform(iterations: plans.count) { index in
            let plan = plans[index]
            guard let county = counties[plan.countySlug] else { return }
            do {
                let files = try renderPlan(plan, county: county, renderer: renderer, options: options,
                                           catalog: content.catalog)
                perPlan.withLock { $0[index] = files }
            } catch {
                failure.withLock { $0 = $0 ?? error }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        var files = perPlan.withLock { $0 }.flatMap { $0 }
        files += try renderer.sitePages(counties: content.counties, plans: plans, catalog: content.catalog,
                                        preview: options.preview)
        if options.formats == .all {
            files += PlanFormats.renderSiteWide(plans: plans, counties: content.counties)
        }
        if let catalog = content.catalog {
            files.append(OutputFile(path: "sok/index.json", bytes: [UInt8](try catalog.searchIndexJSON())))
        }
        let publishing = try PublishingFiles(templatesDirectory: options.templatesDirectory, site: site)
        files += publishing.render(pages: files.map(\.path).filter { $0.hasSuffix(".html") },
                                   plans: plans, counties: content.counties)
        return files.sorted { $0.path < $1.path }
    }

    /// A plan's alternate formats first, so that its page can link them with their sizes.
    /// With the catalogue, the page links its themes and glossary abbreviations to the joined pages.
    static func renderPlan(_ plan: Plan, county: County, renderer: SiteRenderer, options: BuildOptions,
                           catalog: Catalog? = nil) throws -> [OutputFile] {
        let formats = options.formats == .all ? try renderer.alternateFormats(plan, county: county) : []
        return formats + (try renderer.planPages(plan, county: county, formats: formats, preview: options.preview,
                                                 catalog: catalog))
    }
}
