import Foundation
import PlanModel
import PlanParser
import Render

/// The pieces of a build, one at a time, for the preview server: after one plan file changes it
/// re-reads that file only and re-renders that plan's pages and the site-wide pages.
/// `SiteBuilder.render` is the reference; these must give the same files it does
/// (PreviewTests checks that an incremental rebuild equals a full render).
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
        let parsed = parsePlans([ContentListing.PlanFile(location: file, countySlug: countySlug, slug: slug)])
        return (parsed.plans.first, parsed.diagnostics, file.shown)
    }
}

extension SiteBuilder {
    /// The plans a render publishes: drafts only when asked for or in the preview.
    public static func publishedPlans(_ content: LoadedContent, options: BuildOptions) -> [Plan] {
        content.plans.filter { !$0.isDraft || options.includeDrafts || options.preview }
    }

    /// One plan's files, as `render` makes them.
    public static func renderPlanFiles(
        _ plan: Plan, county: County, renderer: SiteRenderer, options: BuildOptions
    ) throws -> [OutputFile] {
        try renderPlan(plan, county: county, renderer: renderer, options: options)
    }

    /// The site-wide files (home page, county pages, joined pages, assets), as `render` makes them.
    public static func renderSiteFiles(
        _ content: LoadedContent, renderer: SiteRenderer, options: BuildOptions
    ) throws -> [OutputFile] {
        try renderer.sitePages(counties: content.counties, plans: publishedPlans(content, options: options),
                               preview: options.preview)
    }
}
