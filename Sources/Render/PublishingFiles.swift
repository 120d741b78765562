import PlanModel
import Templates
import ViewModel

/// The files that help a site get found and followed: `sitemap.xml`, `robots.txt` and an Atom
/// feed of the plans. With a base URL they carry absolute addresses; without one, relative ones.
public struct PublishingFiles: Sendable {
    public static let sitemapPath = SiteAddress.sitemap
    public static let feedPath = SiteAddress.feed
    public static let robotsPath = SiteAddress.robots

    private let site: SiteConfig

    public init(site: SiteConfig) {
        self.site = site
    }

    /// `pages` are every HTML page of the site, relative to its root.
    public func render(pages: [String], plans: [Plan], counties: [County]) -> [OutputFile] {
        [
            OutputFile(path: Self.sitemapPath, text: Sitemap(pages: pages, site: site).xml.text),
            OutputFile(path: Self.feedPath, text: Feed(site: site, plans: plans, counties: counties).xml.text),
            OutputFile(path: Self.robotsPath, text: Robots(site: site).text),
        ]
    }
}
