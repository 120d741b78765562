import PlanModel
import Render
import Site

/// A rebuild comes in two halves. The fast one, `renderChangedPlans()`, renders the saved plans'
/// files straight from their new text with the catalogue as it was, so that their pages reload at
/// once. The slow one, `SiteWideWork`, joins the catalogue again and renders the site through
/// the build's render, reusing the plans' files when it can, and may run on another thread;
/// `merge` takes its result in.
extension SiteRebuilder {
    /// Both halves, one after the other, handing each state worth showing to `publish`.
    mutating func render(publish: (_ files: [String: [UInt8]], _ problems: [Diagnostic]) -> Void = { _, _ in }) {
        if renderChangedPlans() { publish(files, problems) }
        if let work = takeWork() {
            merge(work.run())
            publish(files, problems)
        }
    }

    /// The fast half. Returns whether there is something new to show: the saved plans' files,
    /// or the errors that keep them from being rendered.
    mutating func renderChangedPlans() -> Bool {
        guard !stalePlans.isEmpty else { return false }
        guard !problems.hasErrors, loaded.site != nil, let renderer else { return problems.hasErrors }
        // The new plans with the last catalogue: plan pages take from it only what
        // `renderedShared` holds, and if the new catalogue differs there, everything is redone.
        var current = loaded
        current.catalog = content.catalog
        do {
            try renderStalePlans(current, renderer: renderer)
            return true
        } catch {
            renderProblems = [SiteWideWork.diagnostic(for: error, content: options.contentDirectory)]
            return true
        }
    }

    /// The slow half, if anything changed since it was last taken.
    mutating func takeWork() -> SiteWideWork? {
        guard workTakenAt < version else { return nil }
        workTakenAt = version
        // The plans shown as read: those read again but not rendered yet are rendered anew.
        var planFiles: [PlanKey: [OutputFile]] = [:]
        for (key, paths) in planPaths where !stalePlans.contains(key) {
            planFiles[key] = paths.compactMap { path in files[path].map { OutputFile(path: path, bytes: $0) } }
        }
        return SiteWideWork(version: version, loaded: loaded, options: options, renderer: renderer,
                            fullRender: needsFullRender, renderedShared: renderedShared, planFiles: planFiles)
    }

    /// Takes in what the slow half made. Its result may be older than the latest save; then the
    /// next `takeWork()` brings the rest up to date.
    mutating func merge(_ result: SiteWideWork.Result) {
        (content, catalogDiagnostics) = (result.content, result.catalogDiagnostics)
        joinIsStale = result.version < version
        switch result.outcome {
        case .contentErrors:
            break
        case .failed(let problem):
            renderProblems = [problem]
        case .site(let site):
            (files, planPaths) = (site.files, site.planPaths)
            if let renderer = site.renderer {
                self.renderer = renderer
                renderedShared = SiteBuilder.sharedPlanInputs(result.content)
                if result.version >= fullRenderAskedAt { needsFullRender = false }
                lastRender = .everything
            }
            // It has every plan as read when it was taken; those saved since, render again.
            stalePlans = plansReadAt.filter { $0.key > result.version }.values.reduce(into: []) { $0.formUnion($1) }
            renderProblems = []
        }
        plansReadAt = plansReadAt.filter { $0.key > result.version }
        if !stalePlans.isEmpty { _ = renderChangedPlans() }
    }

    /// The changed plans' files, from `content`; every other plan's files are kept.
    private mutating func renderStalePlans(_ content: LoadedContent, renderer: SiteRenderer) throws {
        let counties = Dictionary(content.counties.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let published = SiteBuilder.publishedPlans(content, options: options)
        var files = self.files
        var planPaths = self.planPaths
        for key in stalePlans {
            for path in planPaths.removeValue(forKey: key) ?? [] { files[path] = nil }
            guard let plan = published.first(where: { PlanKey($0) == key }),
                  let county = counties[plan.countySlug] else { continue }
            let pages = try SiteBuilder.renderPlanFiles(plan, county: county, content: content, renderer: renderer,
                                                        options: options)
            for page in pages { files[page.path] = page.bytes }
            planPaths[key] = pages.map(\.path)
        }
        (self.files, self.planPaths) = (files, planPaths)
        lastRender = .plans(stalePlans.sorted { ($0.county, $0.slug) < ($1.county, $1.slug) })
        stalePlans = []
    }
}
