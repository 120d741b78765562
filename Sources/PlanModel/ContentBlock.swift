/// One block of a section's content, in document order.
public enum ContentBlock: Sendable {
    case prose(Prose)
    case objective(Objective)
    case activities(ActivityTable)
    case glossary([GlossaryEntry])
    case signatories([Signatory])
    case participants([Participant])
    case references([Reference])
}

/// Text kept as written: a paragraph, a list, a table or a quote that is not a plan element.
public struct Prose: Codable, Sendable, Hashable {
    public enum Shape: String, Codable, Sendable {
        case paragraph, list, table, quote, code, rule
    }

    public var shape: Shape
    /// cmark's HTML, in safe mode.
    public var html: String
    /// The same text without markup, one line per paragraph, list item or table row.
    public var textLines: [String]
    public var location: SourceLocation

    public init(shape: Shape, html: String, textLines: [String], location: SourceLocation) {
        self.shape = shape
        self.html = html
        self.textLines = textLines
        self.location = location
    }
}

/// A goal, purpose or vision (`Mål:`, `Syfte:`, `Målbild RUS:` …).
public struct Objective: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case mål, delmål, målbild, syfte, vision, individmål, samverkansmål
    }

    public var kind: Kind
    /// The label as written: `Målbild RUS`.
    public var label: String
    public var text: String
    public var html: String
    public var location: SourceLocation

    public init(kind: Kind, label: String, text: String, html: String, location: SourceLocation) {
        self.kind = kind
        self.label = label
        self.text = text
        self.html = html
        self.location = location
    }
}

extension ContentBlock: Codable {
    private enum CodingKeys: String, CodingKey { case type, value }
    private enum BlockType: String, Codable {
        case prose, objective, activities, glossary, signatories, participants, references
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .prose(let v): try container.encode(BlockType.prose, forKey: .type); try container.encode(v, forKey: .value)
        case .objective(let v): try container.encode(BlockType.objective, forKey: .type); try container.encode(v, forKey: .value)
        case .activities(let v): try container.encode(BlockType.activities, forKey: .type); try container.encode(v, forKey: .value)
        case .glossary(let v): try container.encode(BlockType.glossary, forKey: .type); try container.encode(v, forKey: .value)
        case .signatories(let v): try container.encode(BlockType.signatories, forKey: .type); try container.encode(v, forKey: .value)
        case .participants(let v): try container.encode(BlockType.participants, forKey: .type); try container.encode(v, forKey: .value)
        case .references(let v): try container.encode(BlockType.references, forKey: .type); try container.encode(v, forKey: .value)
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(BlockType.self, forKey: .type) {
        case .prose: self = .prose(try container.decode(Prose.self, forKey: .value))
        case .objective: self = .objective(try container.decode(Objective.self, forKey: .value))
        case .activities: self = .activities(try container.decode(ActivityTable.self, forKey: .value))
        case .glossary: self = .glossary(try container.decode([GlossaryEntry].self, forKey: .value))
        case .signatories: self = .signatories(try container.decode([Signatory].self, forKey: .value))
        case .participants: self = .participants(try container.decode([Participant].self, forKey: .value))
        case .references: self = .references(try container.decode([Reference].self, forKey: .value))
        }
    }
}
