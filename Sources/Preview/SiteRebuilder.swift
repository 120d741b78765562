import PlanModel
import Render
import Site

/// The preview's site, kept between rebuilds so that saving one plan costs that plan's pages and
/// the site-wide pages, not every page. Whole renders go through `SiteBuilder.render`, the same
/// function `planpress build` uses.
///
/// Not shared: it lives on the watcher's thread, and only its results are published.
struct SiteRebuilder {
    struct PlanKey: Hashable {
        var county: String
        var slug: String

        init(county: String, slug: String) {
            self.county = county
            self.slug = slug
        }

        init(_ plan: Plan) {
            self.init(county: plan.countySlug, slug: plan.slug)
        }
    }

    /// What the last `render()` did, for the tests and the terminal.
    enum RenderScope: Equatable {
        case nothing
        case everything
        /// These plans' pages and the site-wide pages.
        case plans([PlanKey])
    }

    let options: BuildOptions
    /// The content as read, plan by plan; kept so that one plan can be read again alone.
    private var loaded: LoadedContent
    /// The same joined across counties (the catalogue, with what it finds), as `check` gives it.
    private(set) var content: LoadedContent
    private(set) var lastRender = RenderScope.nothing
    /// The last site built without errors, by path.
    private(set) var files: [String: [UInt8]] = [:]
    /// Problems found while rendering (a template that does not compile, say).
    private(set) var renderProblems: [Diagnostic] = []

    private var renderer: SiteRenderer?
    /// Which of `files` each plan's pages are, and which are site-wide: what to replace on a rebuild.
    private var planPaths: [PlanKey: [String]] = [:]
    private var sitePaths: [String] = []
    /// Work waiting until the content has no errors.
    private var needsFullRender = true
    private var stalePlans: Set<PlanKey> = []
    /// Plans were made again, but the pages that list them not yet.
    private var siteWideStale = false

    init(contentDirectory: String, templatesDirectory: String) {
        // Drafts are in the preview, marked as drafts by the renderer.
        options = BuildOptions(contentDirectory: contentDirectory, templatesDirectory: templatesDirectory,
                               includeDrafts: true, formats: .all, preview: true)
        loaded = ContentLoader.load(contentDirectory: contentDirectory)
        content = SiteBuilder.joined(loaded, options: options)
    }

    /// Every problem known now: the content's, then the templates'.
    var problems: [Diagnostic] { content.diagnostics + renderProblems }

    // MARK: Reading changes

    /// Re-reads what the changes touch. Returns false when none of them matters to the site
    /// (an unrelated file in a county folder, say), so that open pages need not reload.
    mutating func read(_ changes: [FileWatcher.Change]) -> Bool {
        var reloadAll = false
        var templatesChanged = false
        var plans: [PlanKey] = []
        for change in changes {
            switch (change.root, Self.contentRole(change.path)) {
            case (.templates, _): templatesChanged = true
            case (.content, .plan(let key)) where change.kind == .modified: plans.append(key)
            case (.content, .plan), (.content, .other): reloadAll = true
            case (.content, .unused): continue
            }
        }
        if !reloadAll {
            for key in plans where !reloadPlan(key) { reloadAll = true }
        }
        if reloadAll {
            loaded = ContentLoader.load(contentDirectory: options.contentDirectory)
            needsFullRender = true
        }
        if reloadAll || !plans.isEmpty {
            // The catalogue joins every plan, so it is made again whenever one changes; and when
            // what plan pages take from it changes (a new glossary abbreviation), all are redone.
            let shared = SiteBuilder.sharedPlanInputs(content)
            content = SiteBuilder.joined(loaded, options: options)
            if SiteBuilder.sharedPlanInputs(content) != shared { needsFullRender = true }
        }
        if templatesChanged {
            needsFullRender = true
            renderProblems = []
        }
        return reloadAll || templatesChanged || !plans.isEmpty
    }

    private enum ContentRole {
        /// An existing plan file: re-read alone. (A plan added or removed changes the
        /// listing, so it reloads everything, which is rare and keeps this simple.)
        case plan(PlanKey)
        /// site.yml, a data file or a county page: everything depends on it.
        case other
        /// Anything `ContentLoader` does not read.
        case unused
    }

    private static func contentRole(_ path: String) -> ContentRole {
        let parts = path.split(separator: "/").map(String.init)
        if parts.count == 1 {
            return parts[0] == "site.yml" || ContentLoader.dataFileNames.contains(parts[0]) ? .other : .unused
        }
        guard parts.count == 2, parts[1].hasSuffix(".md") else { return .unused }
        return parts[1] == "_index.md" ? .other : .plan(PlanKey(county: parts[0], slug: String(parts[1].dropLast(3))))
    }

    /// Re-reads one plan, keeping every other plan as it was parsed. False when the file is
    /// not an ordinary plan file any more, so the caller reloads everything.
    private mutating func reloadPlan(_ key: PlanKey) -> Bool {
        guard let reread = ContentLoader.loadPlan(
            contentDirectory: options.contentDirectory, countySlug: key.county, slug: key.slug) else { return false }
        loaded.diagnostics.removeAll { $0.location.file == reread.file }
        loaded.diagnostics = (loaded.diagnostics + reread.diagnostics).sorted()
        loaded.plans.removeAll { PlanKey($0) == key }
        if let plan = reread.plan {
            // The loader's order: by county folder, then by file name.
            let order = { (plan: Plan) in (plan.countySlug, plan.slug + ".md") }
            let index = loaded.plans.firstIndex { order($0) > order(plan) } ?? loaded.plans.endIndex
            loaded.plans.insert(plan, at: index)
        }
        stalePlans.insert(key)
        return true
    }

    // MARK: Rendering

    /// Renders what is out of date, if the content has no errors (`files` stays the last good
    /// site otherwise), and hands each state worth showing to `publish`: after a plan is saved,
    /// first with that plan's new files, so that its page can reload at once, then again with
    /// the site-wide pages made again too.
    mutating func render(publish: (_ files: [String: [UInt8]], _ problems: [Diagnostic]) -> Void = { _, _ in }) {
        lastRender = .nothing
        guard !content.diagnostics.hasErrors, content.site != nil else { return publish(files, problems) }
        do {
            if needsFullRender || renderer == nil {
                try renderAll()
            } else if !stalePlans.isEmpty || siteWideStale {
                let plans = try renderStalePlans()
                renderProblems = []
                publish(files, problems)
                try renderSiteWide()
                lastRender = .plans(plans)
            }
            renderProblems = []
        } catch {
            renderProblems = [Self.diagnostic(for: error, templates: options.templatesDirectory)]
        }
        publish(files, problems)
    }

    /// A template error names its file, line and column; anything else is put on the folder.
    private static func diagnostic(for error: any Error, templates: String) -> Diagnostic {
        if let error = error as? TemplateError {
            return Diagnostic(.error, at: SourceLocation(file: error.file, line: error.line, column: error.column),
                              error.message, hint: PreviewMessages.renderFailedHint)
        }
        return Diagnostic(.error, at: SourceLocation(file: templates, line: 1, column: 1),
                          PreviewMessages.renderFailed("\(error)"), hint: PreviewMessages.renderFailedHint)
    }

    private mutating func renderAll() throws {
        guard let site = content.site else { return }
        let rendered = try SiteBuilder.render(content, options: options)
        // Kept for the plan-by-plan rebuilds that follow; the templates are read once per change to them.
        let renderer = try SiteRenderer(templatesDirectory: options.templatesDirectory, site: site)
        let planByFolder = Dictionary(
            SiteBuilder.publishedPlans(content, options: options).map { (PlanAddress.folder($0), PlanKey($0)) },
            uniquingKeysWith: { first, _ in first })
        var files: [String: [UInt8]] = [:]
        var planPaths: [PlanKey: [String]] = [:]
        var sitePaths: [String] = []
        for file in rendered {
            files[file.path] = file.bytes
            // A plan's files are the ones in its folder, `county/slug/…`.
            let folder = file.path.split(separator: "/", maxSplits: 2).prefix(2).joined(separator: "/") + "/"
            if let key = planByFolder[folder], file.path.hasPrefix(folder) {
                planPaths[key, default: []].append(file.path)
            } else {
                sitePaths.append(file.path)
            }
        }
        (self.files, self.planPaths, self.sitePaths, self.renderer) = (files, planPaths, sitePaths, renderer)
        lastRender = .everything
        needsFullRender = false
        stalePlans = []
        siteWideStale = false
    }

    /// The changed plans' files; every other plan's files are kept. Returns the plans.
    private mutating func renderStalePlans() throws -> [PlanKey] {
        guard let renderer else { return [] }
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
        let rendered = stalePlans.sorted { ($0.county, $0.slug) < ($1.county, $1.slug) }
        (self.files, self.planPaths) = (files, planPaths)
        stalePlans = []
        siteWideStale = true
        return rendered
    }

    /// The home page, the county pages, the pages joined across counties and the other
    /// site-wide files, which list every plan.
    private mutating func renderSiteWide() throws {
        guard let renderer else { return }
        let published = SiteBuilder.publishedPlans(content, options: options)
        let planPages = published.flatMap { planPaths[PlanKey($0)] ?? [] }
        let sitePages = try SiteBuilder.renderSiteFiles(content, renderer: renderer, options: options,
                                                        planPages: planPages)
        var files = self.files
        for path in sitePaths { files[path] = nil }
        for page in sitePages { files[page.path] = page.bytes }
        (self.files, self.sitePaths) = (files, sitePages.map(\.path))
        siteWideStale = false
    }
}
