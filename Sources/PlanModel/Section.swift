/// What a heading makes of the text below it.
public enum SectionKind: String, Codable, Sendable {
    /// A goal area, focus area, collaboration area … and their sub-areas.
    case area
    /// Free text, kept as written.
    case prose
    case glossary
    /// Holds good-practice examples, one `example` child each.
    case examples
    case example
    case signatories
    /// Holds networks, one `network` child each.
    case participants
    case network
    case references
}

/// A heading and everything under it up to the next heading of the same or a higher level.
public struct Section: Codable, Sendable {
    /// The anchor on the plan page, unique in its plan.
    public var id: String
    public var kind: SectionKind
    /// The label the document itself uses (`Fokusområde`), if the heading has one.
    public var label: String?
    /// The number the document gives the area (`Målområde 1: Arbete` → `1`), if any.
    public var number: String?
    /// The heading without its label and number.
    public var title: String
    /// The whole heading as written, as HTML.
    public var headingHTML: String
    /// The whole heading as written, as plain text.
    public var headingText: String
    /// The Markdown heading level, 2 to 6.
    public var level: Int
    public var location: SourceLocation
    /// Theme ids given in this section (`Tema:`); sub-areas without their own inherit their parent's.
    public var themes: [String]
    public var themesLocation: SourceLocation?
    /// Organisations responsible for the area (`Ansvar:`).
    public var responsible: MentionList?
    /// Partners in the area (`Samverkansparter:`).
    public var partners: MentionList?
    /// When (`När:`).
    public var when: String?
    public var content: [ContentBlock]
    public var children: [Section]
    /// What stands after the sub-areas in the document: a list of activities under
    /// `### Aktiviteter` that follows them belongs to this area. Nil when nothing does.
    public var contentAfterChildren: [ContentBlock]?

    public init(
        id: String, kind: SectionKind, label: String?, number: String? = nil, title: String, headingHTML: String,
        headingText: String, level: Int, location: SourceLocation, themes: [String] = [],
        themesLocation: SourceLocation? = nil, responsible: MentionList? = nil,
        partners: MentionList? = nil, when: String? = nil, content: [ContentBlock] = [],
        children: [Section] = []
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.number = number
        self.title = title
        self.headingHTML = headingHTML
        self.headingText = headingText
        self.level = level
        self.location = location
        self.themes = themes
        self.themesLocation = themesLocation
        self.responsible = responsible
        self.partners = partners
        self.when = when
        self.content = content
        self.children = children
    }
}

extension Section {
    public var selfAndDescendants: [Section] { [self] + children.flatMap(\.selfAndDescendants) }

    /// The activities of this section's own content, not of its children.
    public var activities: [Activity] {
        Self.activities(in: content) + Self.activities(in: contentAfterChildren ?? [])
    }

    static func activities(in content: [ContentBlock]) -> [Activity] {
        content.flatMap { block -> [Activity] in
            if case .activities(let table) = block { return table.activities }
            return []
        }
    }

    public var objectives: [Objective] {
        content.compactMap { block in
            if case .objective(let objective) = block { return objective }
            return nil
        }
    }

    public var glossaryEntries: [GlossaryEntry] {
        content.flatMap { block -> [GlossaryEntry] in
            if case .glossary(let entries) = block { return entries }
            return []
        }
    }

    public var signatories: [Signatory] {
        content.flatMap { block -> [Signatory] in
            if case .signatories(let people) = block { return people }
            return []
        }
    }

    public var participants: [Participant] {
        content.flatMap { block -> [Participant] in
            if case .participants(let people) = block { return people }
            return []
        }
    }

    public var references: [Reference] {
        content.flatMap { block -> [Reference] in
            if case .references(let items) = block { return items }
            return []
        }
    }

    func placedActivities(path: [Section]) -> [PlacedActivity] {
        let here = path + [self]
        return Self.activities(in: content).map { PlacedActivity(activity: $0, path: here) }
            + children.flatMap { $0.placedActivities(path: here) }
            + Self.activities(in: contentAfterChildren ?? []).map { PlacedActivity(activity: $0, path: here) }
    }
}
