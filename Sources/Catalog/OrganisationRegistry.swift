import PlanModel
import PlanParser

/// Every organisation that plans name, from organisations.yml, and the rules that turn the
/// wording of a plan into organisations.
public struct OrganisationRegistry: Sendable {
    public static let knownFields = ["name", "short", "kind", "scope", "url", "aliases"]

    /// In the order of the file.
    public let organisations: [Organisation]
    private let indexByID: [String: Int]
    /// Name keys (see `SwedishText.nameKey`) of national entries.
    private let national: [String: Int]
    /// Name keys of each county's entries.
    private let byCounty: [String: [String: Int]]
    /// organisations.yml could not be read at all: its one error says so, and no mention is
    /// called unknown, which would bury that error under a warning for every organisation.
    public private(set) var isUnreadable = false
    /// Every spelling of every organisation, in file order, for the "closest name" hints.
    private let hintSpellings: [(organisation: Int, spelling: String)]
    private let hints: HintCandidates

    /// Builds the indexes; when two entries share a name or alias in one scope, the first wins
    /// (`load` reports that as an error).
    public init(organisations: [Organisation]) {
        self.organisations = organisations
        var indexByID: [String: Int] = [:]
        var national: [String: Int] = [:]
        var byCounty: [String: [String: Int]] = [:]
        for (index, organisation) in organisations.enumerated() {
            if indexByID[organisation.id] == nil { indexByID[organisation.id] = index }
            for spelling in organisation.spellings {
                let key = SwedishText.nameKey(spelling)
                guard !key.isEmpty else { continue }
                switch organisation.scope {
                case .national:
                    if national[key] == nil { national[key] = index }
                case .county(let slug):
                    if byCounty[slug, default: [:]][key] == nil { byCounty[slug, default: [:]][key] = index }
                }
            }
        }
        self.indexByID = indexByID
        self.national = national
        self.byCounty = byCounty
        hintSpellings = organisations.indices.flatMap { index in organisations[index].spellings.map { (index, $0) } }
        hints = HintCandidates(hintSpellings.map { SwedishText.nameKey($0.spelling) })
    }

    // MARK: - Reading organisations.yml

    /// Reads organisations.yml. `countySlugs` are the county folders; a scope must be one of
    /// them or `nationell`. Entries with problems are kept where they can be, so that one
    /// mistake gives one message.
    public static func load(_ text: String, file: String, countySlugs: some Sequence<String>)
        -> (registry: OrganisationRegistry, diagnostics: [Diagnostic])
    {
        var diagnostics: [Diagnostic] = []
        let counties = Set(countySlugs)
        guard let entries = DataFileEntry.readList(text, file: file, diagnostics: &diagnostics) else {
            var registry = OrganisationRegistry(organisations: [])
            registry.isUnreadable = true
            return (registry, diagnostics)
        }
        var organisations: [Organisation] = []
        var usedIDs: Set<String> = []
        var firstByName: [String: SourceLocation] = [:]
        // Every name key in a scope, with the entry that claimed it first.
        var claimed: [OrganisationScope: [String: Organisation]] = [:]

        for entry in entries {
            entry.checkFields(known: knownFields, diagnostics: &diagnostics)
            guard let name = entry.string("name", diagnostics: &diagnostics) else {
                diagnostics.append(Diagnostic(.error, at: entry.location, CatalogMessages.missingField("name"),
                    hint: CatalogMessages.missingFieldHint("name", example: "Arbetsförmedlingen")))
                continue
            }
            var kind = OrganisationKind.övrigt
            if let value = entry.string("kind", diagnostics: &diagnostics) {
                if let known = OrganisationKind(rawValue: value.text.lowercased()) {
                    kind = known
                } else {
                    diagnostics.append(Diagnostic(.error, at: value.location, CatalogMessages.unknownKind(value.text),
                        hint: CatalogMessages.unknownKindHint))
                }
            } else {
                diagnostics.append(Diagnostic(.error, at: name.location, CatalogMessages.missingField("kind"),
                    hint: CatalogMessages.missingFieldHint("kind", example: "myndighet")))
            }
            var scope = OrganisationScope.national
            if let value = entry.string("scope", diagnostics: &diagnostics) {
                scope = OrganisationScope(value.text)
                if case .county(let slug) = scope, !counties.contains(slug) {
                    diagnostics.append(Diagnostic(.error, at: value.location, CatalogMessages.unknownScope(value.text),
                        hint: CatalogMessages.unknownScopeHint(counties.sorted())))
                }
            } else {
                diagnostics.append(Diagnostic(.error, at: name.location, CatalogMessages.missingField("scope"),
                    hint: CatalogMessages.missingFieldHint("scope", example: "nationell")))
            }
            let short = entry.string("short", diagnostics: &diagnostics)
            let aliases = entry.strings("aliases", diagnostics: &diagnostics)
            var url = entry.string("url", diagnostics: &diagnostics)
            if let given = url, !TextSafety.isAllowedURL(given.text) {
                diagnostics.append(Diagnostic(.error, at: given.location, CatalogMessages.unsafeURL,
                                              hint: CatalogMessages.unsafeURLHint))
                url = nil
            }

            let nameKey = SwedishText.nameKey(name.text)
            if let first = firstByName[nameKey] {
                diagnostics.append(Diagnostic(.error, at: name.location,
                    CatalogMessages.duplicateName(name.text, first: first.description),
                    hint: CatalogMessages.duplicateNameHint))
                continue
            }
            firstByName[nameKey] = name.location
            let organisation = Organisation(
                id: uniqueID(name: name.text, scope: scope, used: &usedIDs), name: name.text, short: short?.text,
                kind: kind, scope: scope, url: url?.text, aliases: aliases.map(\.text), location: entry.location)

            // Names, short names and aliases must lead to one organisation within a scope.
            var spellings = [(text: name.text, location: name.location, isAlias: false)]
            if let short { spellings.append((short.text, short.location, true)) }
            spellings += aliases.map { ($0.text, $0.location, true) }
            var ownKeys: Set<String> = []
            for spelling in spellings {
                let key = SwedishText.nameKey(spelling.text)
                guard !key.isEmpty, ownKeys.insert(key).inserted else { continue }
                if let other = claimed[scope]?[key] {
                    if spelling.isAlias, scope == .national, other.spellings.dropFirst()
                        .contains(where: { SwedishText.nameKey($0) == key }) {
                        diagnostics.append(Diagnostic(.error, at: spelling.location,
                            CatalogMessages.duplicateNationalAlias(spelling.text, other: other.name),
                            hint: CatalogMessages.duplicateNationalAliasHint))
                    } else {
                        diagnostics.append(Diagnostic(.error, at: spelling.location,
                            CatalogMessages.nameTaken(spelling.text, other: other.name, scope: scope.description),
                            hint: CatalogMessages.nameTakenHint))
                    }
                } else {
                    claimed[scope, default: [:]][key] = organisation
                }
            }
            organisations.append(organisation)
        }
        return (OrganisationRegistry(organisations: organisations), diagnostics)
    }

    /// `Slug.make(name)`; a second organisation with the same slug gets its scope added.
    private static func uniqueID(name: String, scope: OrganisationScope, used: inout Set<String>) -> String {
        var base = Slug.make(name)
        if base.isEmpty { base = "organisation" }
        var candidates = [base]
        if let county = scope.countySlug { candidates.append(base + "-" + county) }
        for candidate in candidates where used.insert(candidate).inserted { return candidate }
        var counter = 2
        while !used.insert("\(candidates.last!)-\(counter)").inserted { counter += 1 }
        return "\(candidates.last!)-\(counter)"
    }

    // MARK: - Looking up

    public func organisation(id: String) -> Organisation? {
        indexByID[id].map { organisations[$0] }
    }

    /// Step 1 of resolution: the organisation whose name, short name or alias is exactly `text`
    /// (case and spacing aside), among those understood in `county`'s plans; a county's own
    /// entry wins over a national one. `county` nil means national entries only.
    public func lookup(_ text: some StringProtocol, county: String?) -> Organisation? {
        lookupIndex(SwedishText.nameKey(text), county: county).map { organisations[$0] }
    }

    private func lookupIndex(_ key: String, county: String?) -> Int? {
        if let county, let index = byCounty[county]?[key] { return index }
        return national[key]
    }

    /// Filler words dropped before a second try: `exempelvis Rädda Barnen`.
    public static let fillerWords = ["exempelvis ", "t.ex. ", "bl.a. ", "även ", "den ", "det "]
    /// Words and signs that join several organisations: `Arbetsförmedlingen och kommunerna`.
    public static let separators = [" och ", " samt ", "/", " tillsammans med ", " i samarbete med "]

    /// Resolves one mention (text already cut at commas and semicolons):
    /// 1. exact match of the whole text (`lookup`);
    /// 2. else without a leading filler word, exact match again;
    /// 3. else cut at the leftmost separator and resolve both sides the same way;
    /// 4. what is left is unknown.
    public func resolve(_ text: String, county: String?) -> MentionResolution {
        guard !isUnreadable else { return MentionResolution(organisationIDs: [], unknown: []) }
        var indices: [Int] = []
        var unknown: [String] = []
        resolvePiece(Substring(text), county: county, into: &indices, unknown: &unknown)
        var seen: Set<Int> = []
        let ids = indices.filter { seen.insert($0).inserted }.map { organisations[$0].id }
        return MentionResolution(organisationIDs: ids, unknown: unknown)
    }

    private func resolvePiece(_ raw: Substring, county: String?, into indices: inout [Int], unknown: inout [String]) {
        var text = SwedishText.trimmed(raw)
        if text.hasSuffix(".") { text = SwedishText.trimmed(text.dropLast()) }
        guard !text.isEmpty else { return }
        if let index = lookupIndex(SwedishText.nameKey(text), county: county) {
            indices.append(index)
            return
        }
        if let filler = Self.fillerWords.first(where: { text.prefix($0.count).lowercased() == $0 }) {
            text = SwedishText.trimmed(text.dropFirst(filler.count))
            guard !text.isEmpty else { return }
            if let index = lookupIndex(SwedishText.nameKey(text), county: county) {
                indices.append(index)
                return
            }
        }
        if let (left, right) = Self.splitAtLeftmostSeparator(text) {
            resolvePiece(left, county: county, into: &indices, unknown: &unknown)
            resolvePiece(right, county: county, into: &indices, unknown: &unknown)
            return
        }
        unknown.append(String(text))
    }

    static func splitAtLeftmostSeparator(_ text: Substring) -> (Substring, Substring)? {
        let separators = Self.separators.map { Array($0) }
        var index = text.startIndex
        while index < text.endIndex {
            for separator in separators where Self.hasPrefix(text[index...], separator) {
                let end = text.index(index, offsetBy: separator.count)
                return (text[..<index], text[end...])
            }
            index = text.index(after: index)
        }
        return nil
    }

    private static func hasPrefix(_ text: Substring, _ separator: [Character]) -> Bool {
        var position = text.startIndex
        for character in separator {
            guard position < text.endIndex else { return false }
            let here = text[position]
            if here != character && here.lowercased() != String(character) { return false }
            position = text.index(after: position)
        }
        return true
    }

    /// Resolves every mention of a list; each unknown piece gives a warning at its mention.
    public func resolve(_ list: MentionList, county: String?, diagnostics: inout [Diagnostic]) -> [String] {
        var ids: [String] = []
        var seen: Set<String> = []
        for mention in list.mentions {
            let resolution = resolve(mention.text, county: county)
            for id in resolution.organisationIDs where seen.insert(id).inserted { ids.append(id) }
            for piece in resolution.unknown {
                diagnostics.append(unknownOrganisation(piece, at: mention.location, county: county))
            }
        }
        return ids
    }

    /// The warning for a text that names no known organisation.
    public func unknownOrganisation(_ text: String, at location: SourceLocation, county: String?) -> Diagnostic {
        Diagnostic(.warning, at: location, CatalogMessages.unknownOrganisation(text),
                   hint: CatalogMessages.unknownOrganisationHint(suggestions(for: text, county: county)))
    }

    /// The known names closest to `text` (edit distance on lower-case text, å, ä and ö kept),
    /// among the organisations understood in `county`'s plans. An alias shows with its name.
    /// Bounded (see `HintCandidates`): 2,000 unknown names against 2,000 organisations cost
    /// 2,000 hints, not four million comparisons.
    public func suggestions(for text: String, county: String?, limit: Int = 3) -> [String] {
        let target = SwedishText.nameKey(text)
        let found = hints.closest(to: target, limit: limit, group: { hintSpellings[$0].organisation }) {
            switch organisations[hintSpellings[$0].organisation].scope {
            case .national: true
            case .county(let slug): slug == county
            }
        }
        var best: [(distance: Int, shown: String)] = found.map { candidate, distance in
            let (index, spelling) = hintSpellings[candidate]
            let organisation = organisations[index]
            return (distance, spelling == organisation.name ? organisation.name
                                                             : CatalogMessages.aliasOf(spelling, name: organisation.name))
        }
        best.sort { a, b in
            a.distance != b.distance ? a.distance < b.distance : SwedishOrder.areInIncreasingOrder(a.shown, b.shown)
        }
        var result: [String] = []
        for candidate in best where !result.contains(candidate.shown) {
            result.append(candidate.shown)
            if result.count == limit { break }
        }
        return result
    }
}
