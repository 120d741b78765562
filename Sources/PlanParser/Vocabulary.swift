import PlanModel

/// The Swedish words that give Markdown its meaning in a plan, with the singular, plural and
/// common synonyms editors write. Matching ignores case; a near miss gets a "Menade du …?".
/// docs/content-format.md lists every word here; change both together.
enum Vocabulary {
    /// Heading labels that make an area: `## Fokusområde: Boende`, `## Målområde 1: Arbete`.
    static let areaLabels = WordList([
        "Mål", "Delmål", "Målområde", "Målområden", "Utvecklingsmålområde", "Fokusområde", "Fokusområden",
        "Insatsområde", "Insatsområden", "Samverkansområde", "Samverkansområden", "Samarbetsområde",
        "Samarbetsområden", "Prioriterat område", "Prioriterade områden", "Strategiskt område",
        "Strategiska områden", "Utvecklingsområde", "Utvecklingsområden", "Temaområde", "Temaområden",
        "Huvudområde", "Område", "Områden", "Delområde", "Delområden",
    ].map { ($0, ()) })

    /// Heading labels that make a special section: `## Ordlista: Bilaga 3 – Ordlista`.
    static let specialLabels = WordList<SectionKind>([
        ("Ordlista", .glossary), ("Ordlistor", .glossary), ("Ordförklaringar", .glossary),
        ("Begreppslista", .glossary), ("Förkortningar", .glossary),
        ("Exempel", .examples), ("Goda exempel", .examples),
        ("Undertecknare", .signatories), ("Underskrifter", .signatories),
        ("Deltagare", .participants),
        ("Referenser", .references), ("Källor", .references), ("Källförteckning", .references),
    ])

    /// Headings under which a bulleted list is a list of activities.
    static let activityListHeadings = WordList([
        "Aktiviteter", "Aktivitet", "Insatser", "Insats", "Åtgärder", "Åtgärd",
        "Exempel på aktiviteter", "Exempel på insatser", "Planerade aktiviteter", "Planerade insatser",
    ].map { ($0, ()) })

    enum FieldKey: Sendable { case responsible, partners, themes, when }

    static let responsibleWords = [
        "Ansvar", "Ansvarig", "Ansvariga", "Huvudansvar", "Huvudansvarig", "Huvudansvariga",
        "Ansvarig aktör", "Ansvariga aktörer", "Ansvarig organisation", "Ansvariga organisationer",
        "Ansvarig part", "Ansvariga parter", "Huvudman", "Huvudmän", "Vem",
    ]
    static let partnerWords = [
        "Samverkansparter", "Samverkanspart", "Samverkanspartner", "Samverkanspartners",
        "Samarbetsparter", "Samarbetspart", "Samarbetspartner", "Samarbetspartners",
        "Övriga parter", "Övrig part", "Parter", "Part", "Partner", "Partners", "Medverkande",
        "Övriga aktörer", "Medaktör", "Medaktörer", "I samverkan med",
    ]
    static let whenWords = ["När", "Tid", "Tidplan", "Tidsplan", "Tidpunkt", "Tidsperiod", "Tidsram"]

    /// Paragraphs that start with one of these words and a colon set a field of their area.
    static let fieldKeys = WordList<FieldKey>(
        responsibleWords.map { ($0, .responsible) } + partnerWords.map { ($0, .partners) }
            + [("Tema", .themes), ("Teman", .themes)] + whenWords.map { ($0, .when) })

    /// Paragraphs that start with a goal word (and possibly more words) and a colon are goals.
    static let objectiveWords: [String: Objective.Kind] = [
        "mål": .mål, "delmål": .delmål, "målbild": .målbild, "syfte": .syfte, "vision": .vision,
        "individmål": .individmål, "samverkansmål": .samverkansmål,
    ]

    enum ActivityColumn: Sendable { case activity, responsible, partners, when }

    static let activityWords = [
        "Aktivitet", "Aktiviteter", "Insats", "Insatser", "Åtgärd", "Åtgärder", "Vad",
        "Exempel på aktiviteter", "Exempel på aktivitet", "Exempel på insatser",
        "Planerade aktiviteter", "Planerade insatser",
    ]

    /// Column headings of an activity table. A heading matches when it is one of these or starts
    /// with one and a space (`Insatser inom RÖK 2016`, `Ansvar för genomförandet`).
    static let activityColumns = WordList<ActivityColumn>(
        activityWords.map { ($0, .activity) } + responsibleWords.map { ($0, .responsible) }
            + partnerWords.map { ($0, .partners) } + whenWords.map { ($0, .when) })

    /// What a column heading means: exactly, by its first words, or as a near miss of the whole heading.
    static func activityColumn(for heading: String) -> WordList<ActivityColumn>.Match? {
        let words = heading.split(whereSeparator: \.isWhitespace)
        for count in stride(from: words.count, to: 0, by: -1) {
            if let entry = activityColumns.exact(words.prefix(count).joined(separator: " ")) {
                return .exact(entry)
            }
        }
        return activityColumns.match(heading)
    }

    enum PeopleColumn: Sendable { case name, role, organisation }

    /// Columns of the signatory and participant tables.
    static let peopleColumns = WordList<PeopleColumn>([
        ("Namn", .name), ("Namnförtydligande", .name), ("Undertecknare", .name), ("Undertecknad", .name),
        ("Deltagare", .name),
        ("Roll", .role), ("Roller", .role), ("Befattning", .role), ("Titel", .role), ("Funktion", .role),
        ("Uppdrag", .role), ("Tjänst", .role), ("Position", .role),
        ("Organisation", .organisation), ("Organisationer", .organisation), ("Myndighet", .organisation),
        ("Aktör", .organisation), ("Part", .organisation), ("Huvudman", .organisation),
        ("Organisation/myndighet", .organisation), ("Myndighet/organisation", .organisation),
    ])

    static let kindsByWord: [String: PlanKind] = Dictionary(
        uniqueKeysWithValues: PlanKind.allCases.map { ($0.rawValue, $0) })
}

extension StringProtocol {
    /// Without white space (`Character.isWhitespace`) at either end.
    ///
    /// The common case, ASCII at both ends, is decided on the UTF-8 bytes: ASCII white space is
    /// dropped byte by byte up to an ASCII character that is not white space, which always stands
    /// alone as a character. Anything else goes to `trimmingWhitespaceByCharacters`.
    var trimmingWhitespace: String {
        let s = Substring(self)
        let utf8 = s.utf8
        func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        var start = utf8.startIndex
        while start < utf8.endIndex, isASCIISpace(utf8[start]) { start = utf8.index(after: start) }
        guard start < utf8.endIndex else { return s.trimmingWhitespaceByCharacters }
        var end = utf8.endIndex
        while end > start, isASCIISpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        let first = utf8[start], last = utf8[utf8.index(before: end)]
        guard first < 0x80, last < 0x80 else { return s.trimmingWhitespaceByCharacters }
        return String(s[start..<end])
    }

    /// The reference version of `trimmingWhitespace`, character by character.
    var trimmingWhitespaceByCharacters: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
