import Catalog
import Foundation

/// The search page: `assets/sok.js` reads the search index and lists what matches; without the
/// script, or opened from disk, the page links the indexes instead.
public struct SearchPage: Sendable {
    public var frame: PageFrame
    /// The search index, from this page.
    public var indexHref: String
    /// Where the form sends a query when the script is not there to catch it: this page.
    public var formAction: String
    /// Each county's short name by its slug, as JSON for the script: `{"dalarna":"Dalarna"}`.
    public var countyNamesJSON: String

    public init(frame: PageFrame, catalog: Catalog) {
        var frame = frame
        frame.scripts = ["sok.js"]
        self.frame = frame
        indexHref = SiteAddress.relative(from: frame.path, to: SiteAddress.searchIndex)
        formAction = SiteAddress.relative(from: frame.path, to: SiteAddress.search)
        let names = Dictionary(catalog.counties.map { ($0.slug, $0.shortName) }, uniquingKeysWith: { first, _ in first })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        countyNamesJSON = (try? encoder.encode(names)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
