import Foundation
import Mustache
import PlanModel

/// The files that help a site get found and followed: `sitemap.xml`, `robots.txt` and an Atom
/// feed of the plans. With a base URL they carry absolute addresses; without one, relative ones.
public struct PublishingFiles: Sendable {
    public static let sitemapPath = "sitemap.xml"
    public static let feedPath = "planer.atom"
    public static let robotsPath = "robots.txt"

    private let library: MustacheLibrary
    private let site: SiteConfig

    public init(templatesDirectory: String, site: SiteConfig) throws {
        var library = MustacheLibrary()
        for name in ["sitemap.xml", "feed.xml", "robots.txt"] {
            let path = "\(templatesDirectory)/publishing/\(name).mustache"
            guard let data = FileManager.default.contents(atPath: path) else {
                throw TemplateError(file: path, line: 1, column: 1,
                    message: "Mallen saknas; PlanPress behöver den för att bygga webbplatsen.")
            }
            try library.register(String(decoding: data, as: UTF8.self), named: name)
        }
        self.library = library
        self.site = site
    }

    /// `pages` are every HTML page of the site, relative to its root.
    public func render(pages: [String], plans: [Plan], counties: [County]) -> [OutputFile] {
        [
            OutputFile(path: Self.sitemapPath, text: sitemap(pages)),
            OutputFile(path: Self.feedPath, text: feed(plans, counties: counties)),
            OutputFile(path: Self.robotsPath, text: library.render(
                site.baseURL.map { ["sitemap": $0 + Self.sitemapPath] } ?? [:], withTemplate: "robots.txt") ?? ""),
        ]
    }

    /// Absolute and without `index.html` under a base URL; otherwise the relative file path, which
    /// also works when the site is opened from disk.
    private func address(_ path: String) -> String {
        guard let base = site.baseURL else { return path }
        return base + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
    }

    private func sitemap(_ pages: [String]) -> String {
        let entries = pages.filter { $0 != "404.html" }.sorted().map { path -> [String: Any] in
            var entry: [String: Any] = ["loc": address(path)]
            if let date = site.date { entry["lastmod"] = date }
            return entry
        }
        return library.render(["absolute": site.baseURL != nil, "pages": entries], withTemplate: "sitemap.xml") ?? ""
    }

    /// One entry per plan, newest first; a plan's date is when it was adopted, else its first year.
    private func feed(_ plans: [Plan], counties: [County]) -> String {
        let names = Dictionary(uniqueKeysWithValues: counties.map { ($0.slug, $0.name) })
        let dated = plans.map { plan in (plan: plan, updated: Self.timestamp(plan.adopted ?? PartialDate(year: plan.period.first))) }
            .sorted { ($0.updated, $0.plan.countySlug, $0.plan.slug) > ($1.updated, $1.plan.countySlug, $1.plan.slug) }
        let entries = dated.map { item -> [String: Any] in
            [
                "title": item.plan.title, "id": "urn:planpress:\(item.plan.countySlug)/\(item.plan.slug)",
                "updated": item.updated, "href": address(PlanAddress.page(item.plan)),
                "publisher": item.plan.publisher, "countySlug": item.plan.countySlug,
                "countyName": names[item.plan.countySlug] ?? item.plan.countySlug,
                "summary": item.plan.summary ?? item.plan.title,
            ]
        }
        let updated = site.date.map { "\($0)T00:00:00Z" } ?? dated.first?.updated ?? "2000-01-01T00:00:00Z"
        let context: [String: Any] = [
            "language": site.language, "title": site.title, "subtitle": site.publisher,
            "id": site.baseURL ?? "urn:planpress:webbplats", "updated": updated, "publisher": site.publisher,
            "selfHref": address(Self.feedPath), "homeHref": address("index.html"), "entries": entries,
        ]
        return library.render(context, withTemplate: "feed.xml") ?? ""
    }

    /// RFC 3339, as Atom wants it, from a date as precise as the plan gives it.
    static func timestamp(_ date: PartialDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date.year)-\(two(date.month ?? 1))-\(two(date.day ?? 1))T00:00:00Z"
    }
}
