/// The package document (`EPUB/package.opf`): the book's metadata, its files and their reading order.
///
/// The EPUB's view models hold text that is already fit for XML 1.0 (characters it does not
/// allow removed) and cmark's markup already made XHTML; `EPUBFormat` makes them from the plan.
public struct EPUBPackage: Sendable {
    /// One file of the book.
    public struct Item: Sendable {
        public var id: String
        public var href: String
        public var mediaType: String
        /// `nav` for the navigation document.
        public var properties: String?

        public init(id: String, href: String, mediaType: String, properties: String? = nil) {
            self.id = id
            self.href = href
            self.mediaType = mediaType
            self.properties = properties
        }
    }

    /// `urn:planpress:dalarna/vagen-in-2015-2020`
    public var identifier: String
    public var title: String
    public var language: String
    public var publisher: String
    /// When the plan was adopted (ISO 8601, as precise as the plan gives it).
    public var date: String?
    /// The plan's summary.
    public var description: String?
    /// `dcterms:modified`: `2026-11-23T00:00:00Z`.
    public var modified: String
    /// Who vouches for the accessibility: the site's publisher.
    public var certifiedBy: String
    public var manifest: [Item]
    /// The ids of the items in reading order.
    public var spine: [String]

    public init(identifier: String, title: String, language: String, publisher: String, date: String?,
                description: String?, modified: String, certifiedBy: String, manifest: [Item], spine: [String]) {
        self.identifier = identifier
        self.title = title
        self.language = language
        self.publisher = publisher
        self.date = date
        self.description = description
        self.modified = modified
        self.certifiedBy = certifiedBy
        self.manifest = manifest
        self.spine = spine
    }
}

/// `META-INF/container.xml`: where the package document is.
public struct EPUBContainer: Sendable {
    public var packagePath: String

    public init(packagePath: String) { self.packagePath = packagePath }
}
