import Catalog
import Foundation
import ViewModel

/// The site search's index, `sok/index.json`: the catalogue's search items with the site's
/// addresses and the renderer's words (`SearchIndex`).
extension SiteRenderer {
    public func searchIndex(_ catalog: Catalog) throws -> OutputFile {
        var data = Data()
        try writeSearchIndex(catalog) { data.append($0) }
        return OutputFile(path: SiteAddress.searchIndex, bytes: [UInt8](data))
    }

    /// `searchIndex` in pieces, in order, for writing straight to its file (`SiteAddress.searchIndex`).
    public func writeSearchIndex(_ catalog: Catalog, _ write: (Data) throws -> Void) throws {
        try SearchIndex.write(catalog, t, write)
    }
}
