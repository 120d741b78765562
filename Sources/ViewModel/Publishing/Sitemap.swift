import PlanModel

/// `sitemap.xml`: every page of the site but 404.html, by address.
public struct Sitemap: Sendable {
    public struct Page: Sendable {
        public var address: String
        /// The site's date, when site.yml gives one.
        public var lastModified: String?
    }

    /// Whether the addresses are absolute (the site has a base URL).
    public var isAbsolute: Bool
    public var pages: [Page]

    /// `pages` are every HTML page of the site, relative to its root.
    public init(pages: [String], site: SiteConfig) {
        isAbsolute = site.baseURL != nil
        self.pages = pages.filter { $0 != SiteAddress.notFound }.sorted().map { path in
            Page(address: SiteAddress.published(path, base: site.baseURL), lastModified: site.date)
        }
    }
}
