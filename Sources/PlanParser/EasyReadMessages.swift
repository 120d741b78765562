/// The parser's messages about lättläst files (`<name>.lattlast.md`), in Swedish.
extension Messages {
    static let easyReadPointerHint = "Skriv vilken plan texten är lättläst version av, med planens filnamn i samma mapp: lattlast: handlingsplan-2015-2017.md."
    static func easyReadBadPointer(_ value: String) -> String {
        "lattlast: \(value) är inget filnamn för en plan i samma mapp."
    }
    static let easyReadEmpty = "Den lättlästa texten är tom."
    static let easyReadEmptyHint = "Skriv texten efter front matter: rubriker (##), stycken och listor."
    static func easyReadHeadingLevel(_ level: Int) -> String {
        "Rubriker på nivå \(level) (\(String(repeating: "#", count: level))) används inte i lättläst text; den visas som nivå \(level == 1 ? 2 : 3)."
    }
    static let easyReadHeadingLevelHint = "Skriv ## för avsnitt och ### för delavsnitt: sidans titel är den enda rubriken på nivå 1."
    static func easyReadBlockLeftOut(_ what: String) -> String {
        "Lättläst text har bara rubriker, stycken och listor: \(what) visas inte."
    }
    static let easyReadBlockLeftOutHint = "Skriv innehållet som korta stycken eller som en lista med - i början av varje rad."
    static let easyReadTable = "tabellen"
    static let easyReadQuote = "citatet"
    static let easyReadCode = "kodblocket"
    static let easyReadHTML = "HTML-blocket"
    static let easyReadRule = "den vågräta linjen"
    static let easyReadRelativeLink = "Länkar inom webbplatsen fungerar inte från den lättlästa sidan."
    static let easyReadRelativeLinkHint = "Länka med en hel webbadress (https://…), eller ta bort länken: sidan länkar redan till planen."
}
