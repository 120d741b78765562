import PlanModel

/// The Swedish words that give Markdown its meaning in a plan. Matching ignores case.
/// docs/content-format.md documents every word here; change both together.
enum Vocabulary {
    /// Heading labels that make an area: `## Fokusområde: Boende`.
    static let areaLabels = [
        "Mål", "Målområde", "Utvecklingsmålområde", "Fokusområde", "Insatsområde",
        "Samverkansområde", "Samarbetsområde", "Prioriterat område", "Område", "Delområde",
    ]

    /// Heading labels that make a special section: `## Ordlista: Bilaga 3 – Ordlista`.
    static let specialLabels: [String: SectionKind] = [
        "ordlista": .glossary,
        "exempel": .examples,
        "goda exempel": .examples,
        "undertecknare": .signatories,
        "deltagare": .participants,
        "referenser": .references,
    ]

    /// Headings under which a bulleted list is a list of activities.
    static let activityListHeadings = ["aktiviteter", "insatser", "exempel på aktiviteter"]

    enum FieldKey { case responsible, partners, themes, when }

    /// Paragraphs that start with one of these words and a colon set a field of their area.
    static let fieldKeys: [String: FieldKey] = [
        "ansvar": .responsible, "ansvarig": .responsible, "ansvariga": .responsible,
        "samverkansparter": .partners, "övriga parter": .partners, "parter": .partners,
        "tema": .themes, "teman": .themes,
        "när": .when,
    ]

    /// Paragraphs that start with a goal word (and possibly more words) and a colon are goals.
    static let objectiveWords: [String: Objective.Kind] = [
        "mål": .mål, "delmål": .delmål, "målbild": .målbild, "syfte": .syfte, "vision": .vision,
        "individmål": .individmål, "samverkansmål": .samverkansmål,
    ]

    enum ActivityColumn { case activity, responsible, partners, when }

    /// Column headings of an activity table. A heading matches when it starts with one of these words.
    static let activityColumnWords: [(String, ActivityColumn)] = [
        ("exempel på aktivitet", .activity), ("aktivitet", .activity), ("insats", .activity),
        ("åtgärd", .activity), ("vad", .activity),
        ("ansvar", .responsible), ("vem", .responsible),
        ("samverkansparter", .partners), ("partner", .partners), ("parter", .partners),
        ("övriga parter", .partners),
        ("när", .when), ("tidplan", .when), ("tid", .when),
    ]

    static func activityColumn(for heading: String) -> ActivityColumn? {
        let folded = heading.lowercased().trimmingWhitespace
        for (word, column) in activityColumnWords where folded == word || folded.hasPrefix(word + " ")
            || folded.hasPrefix(word + "er") || folded.hasPrefix(word + "a") || folded.hasPrefix(word + "ig") {
            return column
        }
        return nil
    }

    static let signatoryColumns = (name: "namn", role: "roll", organisation: "organisation")

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
