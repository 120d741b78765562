import Catalog
import InterfaceText
import PlanModel
import Templates
import ViewModel

/// The files that help a site get found and followed: `sitemap.xml`, `robots.txt`, an Atom
/// feed of the plans, and with a base URL the DCAT-AP-SE catalogue of the data files
/// (`datasets/dcat`). With a base URL they carry absolute addresses; without one, relative ones.
public struct PublishingFiles: Sendable {
    private let site: SiteConfig
    private let t: Strings

    /// `t`: the interface text, by default in the site's language.
    public init(site: SiteConfig, t: Strings? = nil) {
        self.site = site
        self.t = t ?? Strings.forLanguage(site.language)
    }

    /// `pages` are every HTML page of the site, relative to its root. `dataFiles`: whether the
    /// plans' JSON and CSV files were written, which the catalogue lists (with the `catalog`
    /// giving each plan's themes).
    public func render(pages: [String], plans: [Plan], counties: [County], catalog: Catalog? = nil,
                       dataFiles: Bool = false) -> [OutputFile] {
        var files = [
            OutputFile(path: SiteAddress.sitemap, text: Sitemap(pages: pages, site: site).xml.text),
            OutputFile(path: SiteAddress.feed, text: Feed(site: site, plans: plans, counties: counties, t: .sv).xml.text),
            OutputFile(path: SiteAddress.robots, text: Robots(site: site).text),
        ]
        if dataFiles, let dcat = DCATCatalogue(site: site, plans: plans, counties: counties, catalog: catalog, t: t) {
            files.append(OutputFile(path: SiteAddress.dcat, text: dcat.xml.text))
        }
        return files
    }
}
