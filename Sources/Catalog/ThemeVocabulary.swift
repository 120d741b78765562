import PlanModel
import PlanParser

/// One theme of the shared vocabulary.
public struct Theme: Codable, Sendable, Hashable {
    /// What plans write on `Tema:` lines, and the theme's address: `bostad`.
    public var id: String
    public var name: String
    public var description: String
    public var location: SourceLocation

    public init(id: String, name: String, description: String = "", location: SourceLocation) {
        self.id = id
        self.name = name
        self.description = description
        self.location = location
    }
}

/// The themes of themes.yml, in the order of the file (the order pages list them in).
public struct ThemeVocabulary: Sendable {
    public static let knownFields = ["id", "name", "description"]

    public let themes: [Theme]
    /// themes.yml could not be read at all: its one error says so, and no area's theme is
    /// called unknown.
    public private(set) var isUnreadable = false
    private let indexByKey: [String: Int]
    private let indexByID: [String: Int]
    /// Each theme by its id and its name (candidates 2i and 2i + 1), for the hints.
    private let hints: HintCandidates

    public init(themes: [Theme]) {
        self.themes = themes
        var byKey: [String: Int] = [:]
        var byID: [String: Int] = [:]
        for (index, theme) in themes.enumerated() {
            if byID[theme.id] == nil { byID[theme.id] = index }
            for key in [SwedishText.nameKey(theme.id), SwedishText.nameKey(theme.name)] where byKey[key] == nil {
                byKey[key] = index
            }
        }
        indexByKey = byKey
        indexByID = byID
        hints = HintCandidates(themes.flatMap { [SwedishText.nameKey($0.id), SwedishText.nameKey($0.name)] })
    }

    /// Reads themes.yml: a list of entries with `id`, `name` and `description`.
    public static func load(_ text: String, file: String) -> (vocabulary: ThemeVocabulary, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var themes: [Theme] = []
        var firstByID: [String: SourceLocation] = [:]
        var firstByName: [String: SourceLocation] = [:]
        guard let entries = DataFileEntry.readList(text, file: file, diagnostics: &diagnostics) else {
            var vocabulary = ThemeVocabulary(themes: [])
            vocabulary.isUnreadable = true
            return (vocabulary, diagnostics)
        }
        for entry in entries {
            entry.checkFields(known: knownFields, diagnostics: &diagnostics)
            guard let id = entry.string("id", diagnostics: &diagnostics) else {
                diagnostics.append(Diagnostic(.error, at: entry.location, CatalogMessages.missingField("id"),
                    hint: CatalogMessages.missingFieldHint("id", example: "bostad")))
                continue
            }
            if Slug.make(id.text) != id.text {
                diagnostics.append(Diagnostic(.error, at: id.location, CatalogMessages.badThemeID(id.text),
                    hint: CatalogMessages.badThemeIDHint(Slug.make(id.text).isEmpty ? "bostad" : Slug.make(id.text))))
            }
            let name = entry.string("name", diagnostics: &diagnostics)
            if name == nil {
                diagnostics.append(Diagnostic(.error, at: id.location, CatalogMessages.missingField("name"),
                    hint: CatalogMessages.missingFieldHint("name", example: "Bostad")))
            }
            if let first = firstByID[id.text] {
                diagnostics.append(Diagnostic(.error, at: id.location,
                    CatalogMessages.duplicateThemeID(id.text, first: first.description),
                    hint: CatalogMessages.duplicateThemeIDHint))
                continue
            }
            firstByID[id.text] = id.location
            if let name {
                let key = SwedishText.nameKey(name.text)
                if let first = firstByName[key] {
                    diagnostics.append(Diagnostic(.error, at: name.location,
                        CatalogMessages.duplicateThemeName(name.text, first: first.description),
                        hint: CatalogMessages.duplicateThemeNameHint))
                } else {
                    firstByName[key] = name.location
                }
            }
            themes.append(Theme(id: id.text, name: name?.text ?? id.text,
                                description: entry.string("description", diagnostics: &diagnostics)?.text ?? "",
                                location: entry.location))
        }
        return (ThemeVocabulary(themes: themes), diagnostics)
    }

    public func theme(id: String) -> Theme? { indexByID[id].map { themes[$0] } }

    /// The position of a theme in the vocabulary, for ordering.
    public func index(ofID id: String) -> Int? { indexByID[id] }

    /// The theme a `Tema:` line names: its id or its name, case aside.
    public func resolve(_ text: some StringProtocol) -> Theme? {
        indexByKey[SwedishText.nameKey(text)].map { themes[$0] }
    }

    /// The theme ids closest to `text` by edit distance, on id and name alike.
    public func suggestions(for text: String, limit: Int = 3) -> [String] {
        let ranked = hints.closest(to: SwedishText.nameKey(text), limit: limit, group: { $0 / 2 }).map {
            (distance: $0.distance, id: themes[$0.candidate / 2].id)
        }.sorted { a, b in a.distance != b.distance ? a.distance < b.distance : a.id < b.id }
        return ranked.prefix(limit).map(\.id)
    }
}
