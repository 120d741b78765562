/// Organisations named in one place (a table cell, an `Ansvar:` line), with the wording kept.
public struct MentionList: Codable, Sendable, Hashable {
    /// The text as written: `Arbetsförmedlingen i samarbete med näringslivet, kommunerna`.
    public var text: String
    /// The text cut at commas and semicolons; the catalogue resolves each to organisations.
    public var mentions: [Mention]

    public init(text: String, mentions: [Mention]) {
        self.text = text
        self.mentions = mentions
    }
}

public struct Mention: Codable, Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// An activity table, or a list of activities, as it stands in the document.
public struct ActivityTable: Codable, Sendable {
    /// The column headings as written (for a list: the heading above it).
    public var columns: [String]
    public var activities: [Activity]
    public var location: SourceLocation
    /// For a list of activities: the heading above it as written (`Exempel på aktiviteter`), which
    /// is not a section of its own: the activities belong to the area around it.
    public var listHeading: String?

    public init(columns: [String], activities: [Activity], location: SourceLocation, listHeading: String? = nil) {
        self.columns = columns
        self.activities = activities
        self.location = location
        self.listHeading = listHeading
    }
}

public struct Activity: Codable, Sendable {
    /// What every activity id starts with, before its number: `aktivitet-12`.
    public static let idPrefix = "aktivitet-"

    /// The anchor on the plan page, unique in its plan: `aktivitet-12`.
    public var id: String
    /// 1-based, in document order across the plan.
    public var number: Int
    public var text: String
    public var html: String
    public var responsible: MentionList?
    public var partners: MentionList?
    public var when: String?
    /// Columns the format does not know, kept with their headings.
    public var otherFields: [Field]
    public var location: SourceLocation

    public init(
        id: String, number: Int, text: String, html: String, responsible: MentionList? = nil,
        partners: MentionList? = nil, when: String? = nil, otherFields: [Field] = [],
        location: SourceLocation
    ) {
        self.id = id
        self.number = number
        self.text = text
        self.html = html
        self.responsible = responsible
        self.partners = partners
        self.when = when
        self.otherFields = otherFields
        self.location = location
    }
}

public struct Field: Codable, Sendable, Hashable {
    public var name: String
    public var text: String
    public var html: String

    public init(name: String, text: String, html: String) {
        self.name = name
        self.text = text
        self.html = html
    }
}
