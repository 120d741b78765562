import ViewModel

/// The Content-Type for each kind of file the site holds. Text gets `charset=utf-8`, because every
/// text file PlanPress writes is UTF-8 and browsers would otherwise guess (and garble å, ä, ö).
enum ContentTypes {
    static let html = "text/html; charset=utf-8"
    static let eventStream = "text/event-stream; charset=utf-8"
    static let javascript = "text/javascript; charset=utf-8"

    private static let byExtension: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8",
        "js": javascript, "mjs": javascript,
        "json": "application/json; charset=utf-8",
        "webmanifest": "application/manifest+json; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "rss": "application/rss+xml; charset=utf-8",
        "atom": "application/atom+xml; charset=utf-8",
        "svg": "image/svg+xml; charset=utf-8",
        "epub": "application/epub+zip",
        "pdf": "application/pdf",
        "zip": "application/zip",
        "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/vnd.microsoft.icon",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "ttf": "font/ttf",
        "otf": "font/otf",
    ]

    /// The DCAT-AP-SE catalogue (`datasets/dcat`) has no extension, as Sveriges dataportal
    /// harvests it from that address; a web server must be told to serve it as this.
    static let rdfXML = "application/rdf+xml; charset=utf-8"

    /// By the file name's extension; unknown kinds are offered as a download, never sniffed.
    static func forPath(_ path: String) -> String {
        if path.split(separator: "/").suffix(2).joined(separator: "/") == SiteAddress.dcat { return rdfXML }
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }

    static func isHTML(_ contentType: String) -> Bool { contentType == html }
}
