import PlanModel

/// `robots.txt`: everything may be read; the sitemap is named when the site has a base URL.
public struct Robots: Sendable {
    public var sitemap: String?

    public init(site: SiteConfig) {
        sitemap = site.baseURL.map { $0 + SiteAddress.sitemap }
    }
}
