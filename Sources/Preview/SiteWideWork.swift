import PlanModel
import Render
import Site
import ViewModel

/// The slow half of a rebuild, as a value that can run on another thread while the watcher goes
/// on serving saves: join the content across counties (the catalogue), then render the site
/// through the build's own render (`SiteBuilder.render`), reusing every plan's files when
/// nothing they take from the rest of the site changed, or everything otherwise. On a large
/// site this takes seconds; a plan saved meanwhile still shows at once.
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
    /// The files of every plan shown and up to date with `loaded`, to reuse.
    var planFiles: [SiteRebuilder.PlanKey: [OutputFile]]

    struct Result: Sendable {
        enum Outcome: Sendable {
            /// The content has errors; nothing was rendered.
            case contentErrors
            /// Rendering failed (a template, say).
            case failed(Diagnostic)
            /// The whole site, split by plan.
            case site(Site)
        }

        struct Site: Sendable {
            var files: [String: [UInt8]]
            var planPaths: [SiteRebuilder.PlanKey: [String]]
            /// Set when every plan was rendered again (none reused): the renderer for the
            /// rebuilds that follow.
            var renderer: SiteRenderer?
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
            let reuses = renderer != nil && !fullRender && SiteBuilder.sharedPlanInputs(content) == renderedShared
            let planFiles = self.planFiles
            var reuse: (@Sendable (Plan) -> [OutputFile]?)?
            if reuses {
                reuse = { @Sendable plan in planFiles[SiteRebuilder.PlanKey(plan)] }
            }
            let rendered = try SiteBuilder.render(content, options: options, reusing: reuse)
            // Kept for the plan-by-plan rebuilds that follow.
            let renderer = reuses ? nil : SiteRenderer(site: site, content: content)
            return result(.site(split(rendered, content: content, renderer: renderer)))
        } catch {
            return result(.failed(Self.diagnostic(for: error, content: options.contentDirectory)))
        }
    }

    /// The files by path, and which are each plan's (those in its folder, `county/slug/…`).
    private func split(_ rendered: [OutputFile], content: LoadedContent, renderer: SiteRenderer?) -> Result.Site {
        let planByFolder = Dictionary(
            SiteBuilder.publishedPlans(content, options: options).map { (SiteAddress.planFolder($0), SiteRebuilder.PlanKey($0)) },
            uniquingKeysWith: { first, _ in first })
        var site = Result.Site(files: [:], planPaths: [:], renderer: renderer)
        for file in rendered {
            site.files[file.path] = file.bytes
            let folder = file.path.split(separator: "/", maxSplits: 2).prefix(2).joined(separator: "/") + "/"
            // A revised plan's comparison page lies in its first version's folder but is a
            // page of the whole site (SiteAddress.versions): made anew with the site's pages.
            if let key = planByFolder[folder], file.path.hasPrefix(folder),
               file.path != SiteAddress.versions(county: key.county, plan: key.slug) {
                site.planPaths[key, default: []].append(file.path)
            }
        }
        return site
    }

    /// A failure to render (the content changed while it was read, say), put on the content folder.
    static func diagnostic(for error: any Error, content: String) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: content, line: 1, column: 1),
                          PreviewMessages.renderFailed("\(error)"), hint: PreviewMessages.renderFailedHint)
    }
}
