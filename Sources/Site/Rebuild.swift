import Catalog
import Foundation
import PlanModel
import PlanParser
import Render

/// The pieces of a build, one at a time, for the preview server: after one plan file changes it
/// re-reads that file only (as the check reads every plan, `parsePlans`) and renders that plan's
/// files (as the render does, `SitePipeline.planFiles`); the rest of the site goes through
/// `SiteBuilder.render` itself, reusing the other plans' files.
extension ContentLoader {
    /// One plan file, read and parsed as `load` reads it.
    /// Returns nil when the file is no longer an ordinary plan file inside the content folder
    /// (removed, or now a link out of it): the caller then loads everything, which says why.
    public static func loadPlan(
        contentDirectory: String, displayRoot: String? = nil, countySlug: String, slug: String
    ) -> (plan: Plan?, diagnostics: [Diagnostic], file: String)? {
        let root = URL(fileURLWithPath: contentDirectory).standardizedFileURL
        let relative = "\(countySlug)/\(slug).md"
        let url = root.appendingPathComponent(relative)
        let resolved = url.resolvingSymlinksInPath().path
        guard FileManager.default.fileExists(atPath: url.path),
              resolved.hasPrefix(root.resolvingSymlinksInPath().path + "/") else { return nil }
        // The same shown path as ContentListing gives, so old diagnostics can be matched and replaced.
        let shown = displayRoot ?? contentDirectory
        let file = ContentListing.File(url: url, shown: shown.hasSuffix("/") ? shown + relative : shown + "/" + relative)
        var planFile = ContentListing.PlanFile(location: file, countySlug: countySlug, slug: slug)
        // Its follow-up reports too, as the listing finds them: without them the plan would lose its statuses.
        let folder = root.appendingPathComponent(countySlug)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for name in names where name.hasSuffix(".md") {
            guard let parts = ContentListing.followUpName(name), parts.plan == slug else { continue }
            let path = "\(countySlug)/\(name)"
            planFile.followUps.append(ContentListing.FollowUpFile(
                location: ContentListing.File(url: folder.appendingPathComponent(name),
                                              shown: shown.hasSuffix("/") ? shown + path : shown + "/" + path),
                slug: parts.followUp))
        }
        let parsed = parsePlans([planFile])
        return (parsed.plans.first, parsed.diagnostics, file.shown)
    }
}

extension SiteBuilder {
    /// The second half of `check`: the joins across counties (the catalogue) and what they find,
    /// on content as `ContentLoader.load` gives it. `check` is `load` then this. Also returns
    /// what the joins found on their own.
    public static func joined(
        _ loaded: LoadedContent, options: BuildOptions
    ) -> (content: LoadedContent, catalogDiagnostics: [Diagnostic]) {
        var content = loaded
        let (catalog, diagnostics) = CatalogJoin.join(content, plans: published(content.plans, options))
        content.catalog = catalog
        content.diagnostics = (content.diagnostics + diagnostics).sorted()
        return (content, diagnostics)
    }

    /// The plans a render publishes: drafts only when asked for or in the preview.
    public static func publishedPlans(_ content: LoadedContent, options: BuildOptions) -> [Plan] {
        published(content.plans, options)
    }

    /// One plan's files (its alternate formats and its pages), as `render` makes them, with the
    /// content's catalogue.
    public static func renderPlanFiles(
        _ plan: Plan, county: County, content: LoadedContent, renderer: SiteRenderer, options: BuildOptions
    ) throws -> [OutputFile] {
        try SitePipeline.planFiles(plan, county: county, renderer: renderer, options: options, catalog: content.catalog)
    }

    /// What a plan's files take from the other plans: whether there is a catalogue, and its
    /// glossary abbreviations, which a plan's text links to the joined glossary. When a change
    /// to one plan changes these, every plan's pages must be made again.
    /// Also the theme vocabulary, by which an area's `Tema:` links its theme page: with these,
    /// a plan's files take nothing else from the data files, so an incremental build need not
    /// make them again when only organisations.yml changed (`BuildCache`). (Counties come from
    /// files whose change rebuilds everything anyway.) Keep in step with what `PlanBody` reads
    /// from the catalogue.
    public struct SharedPlanInputs: Equatable, Sendable {
        var hasCatalog: Bool
        /// Each abbreviation's anchor on the glossary page, which its links lead to.
        var abbreviations: [String: String]
        /// Each theme's id and name, which `ThemeVocabulary.resolve` matches.
        var themes: [String]
        /// Every strategy → action plan relation (`implements:`), with both plans' addresses and
        /// titles: both plans' pages show the other.
        var relations: [String]
        /// Every plan with a lättläst version (`plan ← file`): its pages link the lättläst page.
        var easyReads: [String]
        /// Every chain of versions (`replaces:`), each version's address, title and date: every
        /// version's page lists the others, and its formats name them.
        var versions: [String]

        /// These inputs as lines of text, for the build cache's key: made here, beside the
        /// fields, so that a field added above reaches the key as it reaches `==`.
        var keyLines: [String] {
            var lines = ["catalogue \(hasCatalog)"]
            for (term, anchor) in abbreviations.sorted(by: { $0.key < $1.key }) {
                lines.append("abbreviation \(anchor) \(term)")
            }
            lines += themes.map { "theme \($0)" }
            lines += relations.map { "relation \($0)" }
            lines += easyReads.map { "easyread \($0)" }
            lines += versions.map { "versions \($0)" }
            return lines
        }
    }

    public static func sharedPlanInputs(_ content: LoadedContent) -> SharedPlanInputs {
        let terms = content.catalog?.glossary.terms.filter(\.isAbbreviation) ?? []
        return SharedPlanInputs(
            hasCatalog: content.catalog != nil,
            abbreviations: Dictionary(terms.map { ($0.term, $0.anchor) }, uniquingKeysWith: { first, _ in first }),
            themes: content.catalog?.themes.themes.map { "\($0.id) \($0.name)" } ?? [],
            relations: relations(content.catalog),
            easyReads: content.easyReads.map { "\($0.planName) ← \($0.sourceFile)" }.sorted(),
            versions: versionChains(content.catalog))
    }

    private static func versionChains(_ catalog: Catalog?) -> [String] {
        guard let catalog else { return [] }
        return catalog.versionChains.map { chain in
            chain.map { index in
                let plan = catalog.plans[index]
                return "\(plan.key) \(plan.title) \(plan.adopted?.description ?? plan.period.description)"
            }.joined(separator: " → ")
        }
    }

    private static func relations(_ catalog: Catalog?) -> [String] {
        guard let plans = catalog?.plans else { return [] }
        return plans.compactMap { plan in
            plan.implements.map { "\(plan.key) \(plan.title) → \(plans[$0].key) \(plans[$0].title)" }
        }
    }
}
