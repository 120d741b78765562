/// Every message the catalogue gives an editor, in Swedish, in one place so they can be
/// translated. Words that pages show are not here but in `Strings` (InterfaceText).
enum CatalogMessages {
    // MARK: - Data files

    static func yamlSyntax(_ problem: String) -> String { "Filen går inte att läsa: \(problem)." }
    static let yamlSyntaxHint = "Kontrollera indrag och kolon. Varje post börjar med \"- \" och har ett fält per rad. Sätt citattecken runt värden som innehåller kolon."
    static let notAList = "Filen ska vara en lista med poster som var och en börjar med \"- \"."
    static let notAListHint = "Skriv varje post som - name: … (organisationer) eller - id: … (teman), med fälten indragna under."
    static let entryNotMapping = "Posten ska ha fält med namn och värde, ett per rad."
    static let entryNotMappingHint = "Skriv posten som - name: … med övriga fält indragna på egna rader."
    static func missingField(_ name: String) -> String { "Posten saknar fältet \(name)." }
    static func missingFieldHint(_ name: String, example: String) -> String { "Lägg till en rad \(name): \(example) i posten." }
    static let unsafeURL = "Adressen i url är inte tillåten: bara http, https, mailto, tel eller en relativ adress blir en länk."
    static let unsafeURLHint = "Skriv en vanlig webbadress, till exempel https://www.arbetsformedlingen.se/."
    static func notText(_ name: String) -> String { "Fältet \(name) ska vara text." }
    static func notTextList(_ name: String) -> String { "Fältet \(name) ska vara en lista med text: [AF, Arbetsförmedling]." }
    static let notTextHint = "Skriv värdet på samma rad som fältets namn. Sätt citattecken runt värden som innehåller kolon."
    static func unknownField(_ name: String) -> String { "Okänt fält \(name); det används inte." }
    static func unknownFieldHint(_ known: [String]) -> String { "Kända fält: \(known.joined(separator: ", "))." }

    // MARK: - Links between plans

    static func missingPlan(_ destination: String) -> String { "Länken går till \(destination), men det finns ingen sådan plan." }
    static func missingPlanHint(_ closest: String?) -> String {
        (closest.map { "Närmast: ../\($0).md. " } ?? "")
            + "Länka till en annan plans fil med länets mapp och filens namn: ../lan/plan.md."
    }
    static func missingReplaced(_ destination: String) -> String {
        "replaces: \(destination) är ingen plan i länet; det finns ingen tidigare version att ersätta."
    }
    static func missingReplacedHint(_ closest: String?) -> String {
        (closest.map { "Närmast: replaces: \($0).md. " } ?? "")
            + "Skriv filnamnet för den tidigare versionen, i samma läns mapp."
    }
    static func replacedTwice(_ plan: String, first: String) -> String {
        "\(plan) ersätts redan av \(first); två filer kan inte båda vara nästa version av samma plan."
    }
    static func replacedTwiceHint(_ first: String) -> String {
        "Låt den här filen ersätta \(first) i stället (replaces: \(first).md), eller ta bort raden om det är samma version."
    }
    static func versionCycle(_ plans: [String]) -> String {
        "Versionerna ersätter varandra i en ring: \(plans.joined(separator: " → ")). En plan kan inte vara en tidigare version av sig själv."
    }
    static let versionCycleHint = "Ta bort replaces: ur den äldsta versionen; den första versionen ersätter ingen."
    static func missingPlanAnchor(_ anchor: String, plan: String) -> String { "Länken går till #\(anchor), som inte finns i \(plan)." }
    static func missingPlanAnchorHint(_ closest: String?) -> String {
        (closest.map { "Menade du #\($0)? " } ?? "")
            + "Ankaret är rubrikens titel med små bokstäver och bindestreck, som #boende för ## Fokusområde: Boende."
    }

    // MARK: - Organisations

    static func unknownKind(_ value: String) -> String { "Okänt slag av organisation \"\(value)\"." }
    static var unknownKindHint: String {
        "Skriv kind: " + list(OrganisationKind.allCases.map(\.rawValue), conjunction: "eller") + "."
    }
    static func unknownScope(_ value: String) -> String { "Okänt scope \"\(value)\": det finns inget sådant län." }
    static func unknownScopeHint(_ counties: [String]) -> String {
        "Skriv scope: " + list(["nationell"] + counties, conjunction: "eller")
            + " (nationell, eller länets mappnamn under content/)."
    }
    static func duplicateName(_ name: String, first: String) -> String {
        "Organisationen \"\(name)\" finns redan i registret (\(first))."
    }
    static let duplicateNameHint = "Slå ihop posterna till en, eller ge dem olika namn."
    static func duplicateNationalAlias(_ alias: String, other: String) -> String {
        "Aliaset \"\(alias)\" finns redan i den nationella posten \"\(other)\"."
    }
    static let duplicateNationalAliasHint = "Ett alias får bara finnas i en nationell post: ta bort det från den ena posten, eller flytta den ena posten till ett läns scope."
    static func nameTaken(_ text: String, other: String, scope: String) -> String {
        "\"\(text)\" leder redan till \"\(other)\" (\(scope)); samma namn kan inte leda till två organisationer."
    }
    static let nameTakenHint = "Ta bort namnet eller aliaset från den ena posten."

    static func unknownOrganisation(_ text: String) -> String { "Okänd organisation \"\(text)\"." }
    static func unknownOrganisationHint(_ suggestions: [String]) -> String {
        let add = "Lägg till den i content/organisations.yml med name:, kind: och scope:, eller som alias till en befintlig."
        guard !suggestions.isEmpty else { return add }
        return "Närmast bland kända namn: " + list(suggestions.map { "\"\($0)\"" }, conjunction: "och") + ". " + add
    }
    static func aliasOf(_ alias: String, name: String) -> String { "\(alias) (\(name))" }

    // MARK: - Themes

    static func duplicateThemeID(_ id: String, first: String) -> String { "Temat \(id) finns redan (\(first))." }
    static let duplicateThemeIDHint = "Varje tema ska ha ett eget id. Ta bort den ena posten eller byt id."
    static func duplicateThemeName(_ name: String, first: String) -> String { "Temanamnet \"\(name)\" finns redan (\(first))." }
    static let duplicateThemeNameHint = "Ge teman olika namn, så att Tema: … alltid pekar ut ett enda tema."
    static func badThemeID(_ id: String) -> String { "Temats id \"\(id)\" får bara innehålla a–z, siffror och bindestreck." }
    static func badThemeIDHint(_ suggestion: String) -> String { "Skriv till exempel id: \(suggestion)." }

    static func unknownTheme(_ text: String) -> String { "Okänt tema \"\(text)\"." }
    static func unknownThemeHint(closest: [String], all: [String]) -> String {
        let tail = "Teman finns i content/themes.yml; lägg till ett nytt tema där innan du använder det."
        if closest.isEmpty { return tail }
        return "Närmast: " + list(closest, conjunction: "eller") + ". " + tail
    }
    static let areaWithoutTheme = "Området saknar tema."
    static func areaWithoutThemeHint(_ ids: [String]) -> String {
        let base = "Lägg till en rad Tema: … under rubriken"
        guard !ids.isEmpty else { return base + "." }
        return base + ", med ett eller flera av: " + ids.joined(separator: ", ") + "."
    }

    /// `a, b och c`
    static func list(_ items: [String], conjunction: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }
    static func duplicateFields(_ keys: [String]) -> String {
        "fältet \(keys.joined(separator: ", ")) står flera gånger i samma post"
    }
}
