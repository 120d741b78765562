import PlanModel

/// What sort of organisation an entry of organisations.yml is.
public enum OrganisationKind: String, Codable, Sendable, CaseIterable {
    case myndighet, länsstyrelse, region, kommun, kommungrupp, civilsamhälle, näringsliv, utbildning, projekt, övrigt

    /// The group the organisation is listed under across counties.
    public var group: OrganisationGroupKind {
        switch self {
        case .myndighet: .myndigheter
        case .länsstyrelse: .lansstyrelser
        case .region: .regioner
        case .kommun, .kommungrupp: .kommuner
        case .civilsamhälle: .civilsamhalle
        case .näringsliv: .naringsliv
        case .utbildning: .utbildning
        case .projekt: .projekt
        case .övrigt: .ovrigt
        }
    }
}

/// The groups of the organisation index, in the order pages list them. The raw values are
/// plain ASCII ids for addresses and templates; the pages' words name each group.
public enum OrganisationGroupKind: String, Codable, Sendable, CaseIterable {
    case myndigheter, lansstyrelser, regioner, kommuner, utbildning, civilsamhalle, naringsliv, projekt, ovrigt
}

/// Where an organisation's names are understood: in every plan, or only in one county's plans.
public enum OrganisationScope: Hashable, Sendable, Codable, CustomStringConvertible {
    case national
    /// The county's folder name.
    case county(String)

    public static let nationalKeyword = "nationell"

    public init(_ text: String) {
        self = text == Self.nationalKeyword ? .national : .county(text)
    }

    /// `nationell` or the county's folder name, as written in organisations.yml.
    public var description: String {
        switch self {
        case .national: Self.nationalKeyword
        case .county(let slug): slug
        }
    }

    public var countySlug: String? {
        if case .county(let slug) = self { return slug }
        return nil
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }
}

/// One entry of organisations.yml.
public struct Organisation: Codable, Sendable, Hashable {
    /// Unique and stable, made from the name: the organisation page lives at `organisationer/<id>/`.
    public var id: String
    public var name: String
    public var short: String?
    public var kind: OrganisationKind
    public var scope: OrganisationScope
    public var url: String?
    public var aliases: [String]
    public var location: SourceLocation

    public init(id: String, name: String, short: String? = nil, kind: OrganisationKind, scope: OrganisationScope,
                url: String? = nil, aliases: [String] = [], location: SourceLocation) {
        self.id = id
        self.name = name
        self.short = short
        self.kind = kind
        self.scope = scope
        self.url = url
        self.aliases = aliases
        self.location = location
    }

    /// The name, the short name and the aliases: every text that leads to this organisation.
    public var spellings: [String] { [name] + (short.map { [$0] } ?? []) + aliases }
}

/// What a mention resolves to.
public struct MentionResolution: Sendable, Hashable {
    /// Organisation ids, without repeats, in the order they stand in the text.
    public var organisationIDs: [String]
    /// The pieces that matched no organisation, as tried (trimmed, a filler word removed).
    public var unknown: [String]

    public init(organisationIDs: [String] = [], unknown: [String] = []) {
        self.organisationIDs = organisationIDs
        self.unknown = unknown
    }
}
