import PlanModel
import Render
import Site

/// The preview's site, kept between rebuilds so that saving one plan costs that plan's files and
/// the site-wide pages, not every page. The site goes through `SiteBuilder.render`, the render
/// `planpress build` uses, reusing the plans' files it can; the saved plan's own files, shown
/// first, through the same function for one plan (`Site/Rebuild.swift`).
///
/// Not shared: it lives on the watcher's thread and only its results are published; the slow
/// half of a rebuild works on a copy of what it needs (`SiteWideWork`).
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

    /// What was rendered last, for the tests.
    enum RenderScope: Equatable {
        case nothing
        case everything
        /// These plans' files and the site-wide pages.
        case plans([PlanKey])
    }

    let options: BuildOptions
    /// Counts the changes read, so that the slow half of a rebuild knows what it is up to date with.
    var version = 1
    /// The content as read, plan by plan; kept so that one plan can be read again alone.
    var loaded: LoadedContent
    /// `loaded` joined across counties (the catalogue, with what it finds), as `check` gives
    /// it; as of the last `SiteWideWork` when `joinIsStale`.
    var content: LoadedContent
    /// What the last join found, apart from what reading found.
    var catalogDiagnostics: [Diagnostic] = []
    var joinIsStale = true
    /// The last site built without errors, by path.
    var files: [String: [UInt8]] = [:]
    /// Problems found while rendering (a template that does not compile, say).
    var renderProblems: [Diagnostic] = []
    var lastRender = RenderScope.nothing

    var renderer: SiteRenderer?
    /// What the plan pages shown took from the catalogue.
    var renderedShared: SiteBuilder.SharedPlanInputs?
    /// Which of `files` each plan's are: what to replace on a rebuild.
    var planPaths: [PlanKey: [String]] = [:]

    /// Plans read again but not rendered yet.
    var stalePlans: Set<PlanKey> = []
    /// The plans read again at each version, for when a whole render that started earlier ends.
    var plansReadAt: [Int: Set<PlanKey>] = [:]
    /// Everything must be rendered again, as asked at this version (site.yml changed, say).
    var needsFullRender = true
    var fullRenderAskedAt = 1
    /// The version the last `SiteWideWork` was taken at.
    var workTakenAt = 0

    init(contentDirectory: String) {
        // Drafts are in the preview, marked as drafts by the renderer.
        options = BuildOptions(contentDirectory: contentDirectory, includeDrafts: true, formats: .all, preview: true)
        loaded = ContentLoader.load(contentDirectory: contentDirectory)
        content = loaded
    }

    /// Every problem known now: the content's, then the rendering's.
    var problems: [Diagnostic] {
        (joinIsStale ? (loaded.diagnostics + catalogDiagnostics).sorted() : content.diagnostics) + renderProblems
    }

    // MARK: Reading changes

    /// Re-reads what the changes touch. Returns false when none of them matters to the site
    /// (an unrelated file in a county folder, say), so that open pages need not reload.
    mutating func read(_ changes: [FileWatcher.Change]) -> Bool {
        var reloadAll = false
        var plans: [PlanKey] = []
        for change in changes {
            switch (change.root, Self.contentRole(change.path)) {
            // The templates are compiled in; RebuildLoop tells the editor to build again.
            case (.templates, _): continue
            case (.content, .plan(let key)) where change.kind == .modified: plans.append(key)
            case (.content, .plan), (.content, .other): reloadAll = true
            case (.content, .unused): continue
            }
        }
        guard reloadAll || !plans.isEmpty else { return false }
        version += 1
        if !reloadAll {
            for key in plans where !reloadPlan(key) { reloadAll = true }
            plansReadAt[version] = Set(plans)
        }
        if reloadAll {
            loaded = ContentLoader.load(contentDirectory: options.contentDirectory)
            stalePlans = []
        }
        if reloadAll {
            needsFullRender = true
            fullRenderAskedAt = version
        }
        joinIsStale = true
        return true
    }

    private enum ContentRole {
        /// An existing plan file: re-read alone. (A plan added or removed changes the
        /// listing, so it reloads everything, which is rare and keeps this simple.)
        case plan(PlanKey)
        /// site.yml, a data file, a county page or a file of content/assets/: everything depends on it.
        case other
        /// Anything `ContentLoader` does not read.
        case unused
    }

    private static func contentRole(_ path: String) -> ContentRole {
        let parts = path.split(separator: "/").map(String.init)
        if parts.first == "assets", parts.count > 1 { return .other }
        if parts.count == 1 {
            return parts[0] == "site.yml" || ContentLoader.dataFileNames.contains(parts[0]) ? .other : .unused
        }
        guard parts.count == 2, parts[1].hasSuffix(".md") else { return .unused }
        // A lättläst file changes its plan's page and the site's: everything is read again.
        if parts[1] == "_index.md" || parts[1].hasSuffix(EasyRead.fileSuffix) { return .other }
        return .plan(PlanKey(county: parts[0], slug: String(parts[1].dropLast(3))))
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
}
