/// A county (län) and the short page about it.
public struct County: Codable, Sendable, Hashable {
    /// The folder name, used in addresses: `vasternorrland`.
    public var slug: String
    /// `Västernorrlands län`
    public var name: String
    /// `Västernorrland`
    public var shortName: String
    public var descriptionHTML: String
    public var descriptionText: String
    /// The county's own contact address (front matter `email:`), for requests of another format;
    /// nil means the site's `contact.email`.
    public var email: String?
    /// An IRI for the county's area (front matter `spatial:`), for the DCAT-AP-SE catalogue;
    /// nil means Sweden (`DCATVocabulary.sweden`).
    public var spatial: String?
    /// The language of the county page (front matter `language:`); nil means the site's.
    public var language: String?

    public init(slug: String, name: String, shortName: String, descriptionHTML: String, descriptionText: String,
                email: String? = nil, spatial: String? = nil, language: String? = nil) {
        self.slug = slug
        self.name = name
        self.shortName = shortName
        self.descriptionHTML = descriptionHTML
        self.descriptionText = descriptionText
        self.email = email
        self.spatial = spatial
        self.language = language
    }
}
