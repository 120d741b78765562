import PlanModel
import Render
import Site
import ViewModel

/// The slow half of a rebuild, as a value that can run on another thread while the watcher goes
/// on serving saves: join the content across counties (the catalogue), then render the pages
/// that list every plan, or everything when site-wide content or what plan pages share changed.
/// On a large site this takes seconds; a plan saved meanwhile still shows at once.
struct SiteWideWork: Sendable {
    /// `SiteRebuilder.version` when the work was taken: what it is up to date with.
    var version: Int
    var loaded: LoadedContent
    var options: BuildOptions
    /// nil, or site-wide content changed: render everything.
    var renderer: SiteRenderer?
    var fullRender: Bool
    /// What the plan pages now shown took from the catalogue; if the new one differs, every
    /// plan is rendered again.
    var renderedShared: SiteBuilder.SharedPlanInputs?
    /// Every plan's files, which the sitemap lists.
    var planPaths: [SiteRebuilder.PlanKey: [String]]

    struct Result: Sendable {
        enum Outcome: Sendable {
            /// The content has errors; nothing was rendered.
            case contentErrors
            /// Rendering failed (a template, say).
            case failed(Diagnostic)
            /// The site-wide files.
            case siteWide([OutputFile])
            /// The whole site, split by plan, and the renderer for the rebuilds that follow.
            case everything(Everything)
        }

        struct Everything: Sendable {
            var files: [String: [UInt8]]
            var planPaths: [SiteRebuilder.PlanKey: [String]]
            var sitePaths: [String]
            var renderer: SiteRenderer
        }

        var version: Int
        var content: LoadedContent
        var catalogDiagnostics: [Diagnostic]
        var outcome: Outcome
    }

    func run() -> Result {
        let (content, catalogDiagnostics) = SiteBuilder.joined(loaded, options: options)
        func result(_ outcome: Result.Outcome) -> Result {
            Result(version: version, content: content, catalogDiagnostics: catalogDiagnostics, outcome: outcome)
        }
        guard !content.diagnostics.hasErrors, let site = content.site else { return result(.contentErrors) }
        do {
            if let renderer, !fullRender, SiteBuilder.sharedPlanInputs(content) == renderedShared {
                let planPages = SiteBuilder.publishedPlans(content, options: options)
                    .flatMap { planPaths[SiteRebuilder.PlanKey($0)] ?? [] }
                return result(.siteWide(try SiteBuilder.renderSiteFiles(
                    content, renderer: renderer, options: options, planPages: planPages)))
            }
            return result(.everything(try renderEverything(content, site: site)))
        } catch {
            return result(.failed(Self.diagnostic(for: error, content: options.contentDirectory)))
        }
    }

    /// Everything, through `SiteBuilder.render`, as `planpress build` renders it.
    private func renderEverything(_ content: LoadedContent, site: SiteConfig) throws -> Result.Everything {
        let rendered = try SiteBuilder.render(content, options: options)
        // Kept for the plan-by-plan rebuilds that follow.
        let renderer = SiteRenderer(site: site, content: content)
        let planByFolder = Dictionary(
            SiteBuilder.publishedPlans(content, options: options).map { (SiteAddress.planFolder($0), SiteRebuilder.PlanKey($0)) },
            uniquingKeysWith: { first, _ in first })
        var everything = Result.Everything(files: [:], planPaths: [:], sitePaths: [], renderer: renderer)
        for file in rendered {
            everything.files[file.path] = file.bytes
            // A plan's files are the ones in its folder, `county/slug/…`.
            let folder = file.path.split(separator: "/", maxSplits: 2).prefix(2).joined(separator: "/") + "/"
            if let key = planByFolder[folder], file.path.hasPrefix(folder) {
                everything.planPaths[key, default: []].append(file.path)
            } else {
                everything.sitePaths.append(file.path)
            }
        }
        return everything
    }

    /// A failure to render (the content changed while it was read, say), put on the content folder.
    static func diagnostic(for error: any Error, content: String) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: content, line: 1, column: 1),
                          PreviewMessages.renderFailed("\(error)"), hint: PreviewMessages.renderFailedHint)
    }
}
