public struct GlossaryEntry: Codable, Sendable, Hashable {
    public var term: String
    public var definition: String
    public var definitionHTML: String
    public var location: SourceLocation

    public init(term: String, definition: String, definitionHTML: String, location: SourceLocation) {
        self.term = term
        self.definition = definition
        self.definitionHTML = definitionHTML
        self.location = location
    }
}

public struct Signatory: Codable, Sendable, Hashable {
    public var name: String
    public var role: String?
    public var organisation: String?
    public var location: SourceLocation

    public init(name: String, role: String?, organisation: String?, location: SourceLocation) {
        self.name = name
        self.role = role
        self.organisation = organisation
        self.location = location
    }
}

/// A member of a network named in the plan (a `network` section).
public struct Participant: Codable, Sendable, Hashable {
    public var name: String
    public var organisation: String?
    public var location: SourceLocation

    public init(name: String, organisation: String?, location: SourceLocation) {
        self.name = name
        self.organisation = organisation
        self.location = location
    }
}

public struct Reference: Codable, Sendable, Hashable {
    public var text: String
    public var html: String
    public var location: SourceLocation

    public init(text: String, html: String, location: SourceLocation) {
        self.text = text
        self.html = html
        self.location = location
    }
}
