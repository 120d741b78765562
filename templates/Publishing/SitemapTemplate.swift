import ViewModel

extension Sitemap {
    /// The sitemap, with a note when its addresses are relative.
    public var xml: XML {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        \(if: !isAbsolute, "<!-- Utan baseURL i content/site.yml är adresserna relativa. Sätt baseURL för en sitemap som sökmotorer kan läsa. -->\n")\
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        \(pages.map { page -> XML in
            "  <url><loc>\(page.address)</loc>\(page.lastModified.map { date -> XML in "<lastmod>\(date)</lastmod>" })</url>\n"
        })\
        </urlset>

        """
    }
}
