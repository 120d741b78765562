import InterfaceText
import PlanModel
import Templates
import ViewModel

/// The files that help a site get found and followed: `sitemap.xml`, `robots.txt` and an Atom
/// feed of the plans. With a base URL they carry absolute addresses; without one, relative ones.
public struct PublishingFiles: Sendable {
    private let site: SiteConfig

    public init(site: SiteConfig) {
        self.site = site
    }

    /// `pages` are every HTML page of the site, relative to its root.
    public func render(pages: [String], plans: [Plan], counties: [County]) -> [OutputFile] {
        [
            OutputFile(path: SiteAddress.sitemap, text: Sitemap(pages: pages, site: site).xml.text),
            OutputFile(path: SiteAddress.feed, text: Feed(site: site, plans: plans, counties: counties, t: .sv).xml.text),
            OutputFile(path: SiteAddress.robots, text: Robots(site: site).text),
        ]
    }
}
