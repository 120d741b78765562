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

    public init(slug: String, name: String, shortName: String, descriptionHTML: String, descriptionText: String) {
        self.slug = slug
        self.name = name
        self.shortName = shortName
        self.descriptionHTML = descriptionHTML
        self.descriptionText = descriptionText
    }
}
