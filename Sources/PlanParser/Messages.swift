import Markdown
import PlanModel

/// Every message the parser gives an editor, in Swedish, in one place so it can be translated.
enum Messages {
    static let missingFrontMatter = "Filen börjar inte med front matter."
    static let missingFrontMatterHint = "Börja filen med en rad med tre bindestreck (---), fälten (title:, kind: …) och en rad --- till. Se docs/content-format.md."
    static let unterminatedFrontMatter = "Front matter avslutas aldrig."
    static let unterminatedFrontMatterHint = "Lägg till en rad med tre bindestreck (---) efter det sista fältet."
    static func yamlSyntax(_ problem: String) -> String { "Front matter går inte att läsa: \(problem)." }
    static let yamlSyntaxHint = "Kontrollera indrag och kolon. Sätt citattecken runt värden som innehåller kolon: \"Tryck: Länsstyrelsen\"."
    static let frontMatterNotMapping = "Front matter ska vara fält med namn och värde, ett per rad (title: …)."
    static func missingField(_ name: String) -> String { "Fältet \(name) saknas i front matter." }
    static func missingFieldHint(_ name: String, example: String) -> String { "Lägg till en rad som \(name): \(example)." }
    static func emptyFrontMatterField(_ name: String) -> String { "Fältet \(name) är tomt." }
    static func unknownField(_ name: String) -> String { "Okänt fält \(name) i front matter; det används inte." }
    static func unknownFieldHint(_ known: [String]) -> String { "Kända fält: \(known.joined(separator: ", "))." }
    static func notText(_ name: String) -> String { "Fältet \(name) ska vara text." }
    static func notTextList(_ name: String) -> String { "Fältet \(name) ska vara en lista med textrader (- \"…\")." }
    static func notBoolean(_ name: String) -> String { "Fältet \(name) ska vara true eller false." }
    static func unknownKind(_ value: String) -> String { "Okänd plantyp \"\(value)\"." }
    static let unknownKindHint = "Skriv kind: handlingsplan, strategi eller överenskommelse."
    static func badPeriod(_ value: String) -> String { "Perioden \"\(value)\" går inte att läsa." }
    static func periodOutOfRange(_ value: String) -> String {
        "Perioden \"\(value)\" ligger utanför åren \(Period.possibleYears.lowerBound)–\(Period.possibleYears.upperBound)."
    }
    static let badPeriodHint = "Skriv första och sista året, som period: 2015–2017, eller ett år: period: 2016."
    static func periodBackwards(_ first: Int, _ last: Int) -> String { "Perioden slutar (\(last)) innan den börjar (\(first))." }
    static let periodBackwardsHint = "Skriv det första året först: period: 2015–2017."
    static func badDate(_ value: String) -> String { "Datumet \"\(value)\" går inte att läsa." }
    static let badDateHint = "Skriv år, år-månad eller år-månad-dag: 2016, 2016-02 eller 2016-02-23."
    static func countyMismatch(_ value: String, _ folder: String) -> String { "county: \(value) stämmer inte med mappen \(folder)." }
    static let countyMismatchHint = "Ta bort fältet county eller flytta filen till rätt läns mapp."

    static let topLevelHeading = "Rubriker på nivå 1 (#) används inte i planens text: titeln kommer från front matter."
    static let topLevelHeadingHint = "Skriv ## för planens avsnitt."
    static func skippedHeadingLevel(from: Int, to: Int) -> String {
        "Rubriknivån hoppar från \(String(repeating: "#", count: from)) till \(String(repeating: "#", count: to))."
    }
    static func skippedHeadingLevelHint(_ level: Int) -> String {
        "Använd \(String(repeating: "#", count: level)) här, så att skärmläsare kan följa strukturen."
    }
    static let emptyHeading = "Rubriken är tom."
    static let emptyHeadingHint = "Skriv rubrikens text efter #-tecknen, eller ta bort raden."
    static func fieldOutsideArea(_ key: String) -> String { "\(key): står utanför ett område och används inte." }
    static let fieldOutsideAreaHint = "Flytta raden under en områdesrubrik, som ## Fokusområde: Boende."
    static func emptyField(_ key: String) -> String { "\(key): saknar innehåll." }
    static let emptyFieldHint = "Skriv värdet efter kolonet på samma rad, eller ta bort raden."
    static func duplicateField(_ key: String) -> String { "Området har redan en rad \(key):; den här ersätter den förra." }
    static let duplicateFieldHint = "Samla värdena på en rad, åtskilda med kommatecken."
    static func nearMiss(_ written: String, _ meant: String) -> String {
        "\"\(written)\" är inget ord som PlanPress känner igen; det lästes som \"\(meant)\"."
    }
    static func keptAsText(_ written: String) -> String {
        "\"\(written)\" är inget ord som PlanPress känner igen, och för kort för att gissa vad som menas; raden visas som vanlig text."
    }
    static func nearMissesHint(_ meant: [String]) -> String {
        "Menade du " + meant.map { "\"\($0)\"" }.joined(separator: " eller ") + "? Alla ord står i docs/content-format.md."
    }
    static func nearMissHint(_ meant: String) -> String {
        "Menade du \"\(meant)\"? Skriv så, så försvinner varningen. Alla ord står i docs/content-format.md."
    }
    static let tableWithoutActivityColumn = "Tabellen har en kolumn för ansvar eller parter men ingen för aktiviteten; den visas som vanlig text och ingen organisation får aktiviteterna."
    static let tableWithoutActivityColumnHint = "Ge kolumnen med aktiviteterna rubriken Aktivitet (eller Insats, Åtgärd), så blir raderna aktiviteter."
    static func unknownPeopleColumn(_ heading: String) -> String { "Kolumnen \"\(heading)\" används inte; det som står i den visas inte." }
    static func unknownPeopleColumnHint(_ known: [String]) -> String { "Kända kolumner: \(known.joined(separator: ", "))." }
    static let activitiesOutsideSection = "Aktiviteter måste stå under en rubrik."
    static let activitiesOutsideSectionHint = "Lägg en rubrik som ## Fokusområde: … före tabellen."
    static let emptyActivity = "Aktivitetsraden är tom."
    static let emptyActivityHint = "Skriv aktiviteten i första kolumnen eller ta bort raden."
    static let glossaryNeedsTable = "En ordlista ska vara en tabell med två kolumner: term och förklaring."
    static let glossaryNeedsTableHint = "Skriv | Term | Förklaring | och en rad per term."
    static func unusedGlossaryColumn(_ heading: String) -> String { "Ordlistans kolumn \"\(heading)\" används inte; det som står i den visas inte." }
    static let unusedGlossaryColumnHint = "En ordlista har två kolumner, term och förklaring: flytta texten in i förklaringen."
    static let glossaryWithoutTable = "Ordlistan har ingen tabell som går att läsa (har raden under rubrikraden lika många kolumner?); texten visas som den står och inga termer länkas."
    static let emptyGlossaryTerm = "Ordlistans rad saknar term eller förklaring."
    static let emptyGlossaryTermHint = "Fyll i båda kolumnerna eller ta bort raden."
    static let signatoriesNeedName = "Tabellen över undertecknare saknar kolumnen Namn."
    static let signatoriesNeedNameHint = "Skriv tabellens rubrikrad som | Namn | Roll | Organisation |."
    static let participantsNeedName = "Tabellen över deltagare saknar kolumnen Namn."
    static let participantsNeedNameHint = "Skriv tabellens rubrikrad som | Namn | Organisation |."
    static let emptyName = "Raden saknar namn."
    static let emptyNameHint = "Fyll i kolumnen Namn eller ta bort raden."
    static let rawHTML = "HTML i texten visas inte på webbplatsen."
    static let rawHTMLHint = "Skriv med Markdown i stället: **fet**, *kursiv*, [länktext](adress)."
    static let imageWithoutAlt = "Bilden saknar alternativtext."
    static let imageWithoutAltHint = "Beskriv bilden inom hakparenteserna: ![Karta över länets kommuner](karta.png)."
    static let unsafeLink = "Länken har en adress som inte är tillåten (javascript:, data: eller liknande) och tas bort."
    static let unsafeLinkHint = "Använd en vanlig webbadress (https://…) eller en relativ länk."
    static let tooDeep = "Texten är nästlad för djupt (listor eller citat i mer än 40 nivåer)."
    static let tooDeepHint = "Dela upp listan i flera kortare listor."
    static func missingAnchor(_ anchor: String) -> String { "Länken går till #\(anchor), som inte finns i planen." }
    static func missingAnchorHint(_ closest: String?) -> String {
        (closest.map { "Menade du #\($0)? " } ?? "")
            + "Ankaret är rubrikens titel (efter etiketten och kolonet) med små bokstäver och bindestreck: ## Fokusområde: Boende får #boende."
    }
    static func relativeLink(_ destination: String) -> String { "Länken \(destination) går inte att följa på webbplatsen." }
    static let relativeLinkHint = "Länka med hel adress (https://…), till ett avsnitt i samma plan (#rubrikens-titel) eller till en annan plans fil (../lan/plan.md)."
    static func badImplements(_ value: String) -> String { "implements: \(value) är ingen plans fil." }
    static let badImplementsHint = "Skriv strategins fil, som implements: ../jamtland-harjedalen/regional-strategi.md (eller bara filnamnet om den ligger i samma län)."
    static func badReplaces(_ value: String) -> String { "replaces: \(value) är ingen plans fil." }
    static let badReplacesHint = "Skriv filnamnet för den tidigare versionen av planen, i samma läns mapp: replaces: handlingsplan-2015-2017.md."
    static func replacesOtherCounty(_ value: String, _ county: String) -> String {
        "replaces: \(value) ligger i ett annat län (\(county)); en ny version ersätter bara en plan i sitt eget län."
    }
    static let replacesOtherCountyHint = "Skriv bara filnamnet för den tidigare versionen i samma mapp, som replaces: handlingsplan-2015-2017.md, eller ta bort raden om planerna inte hör ihop."
    static let noAreas = "Planen har inget område."
    static let noAreasHint = "Ge minst en rubrik en områdesetikett, som ## Mål: … eller ## Fokusområde: …"
    static let notUTF8 = "Filen är inte kodad som UTF-8."
    static let notUTF8Hint = "Spara filen som UTF-8 i din texteditor (Spara som → Kodning: UTF-8)."
    static let nulByte = "Filen innehåller ett NUL-tecken (byte 0), som inte hör hemma i text."
    static let nulByteHint = "Filen är troligen skadad eller inte en textfil. Kopiera in texten i en ny fil."
    static let controlCharacter = "Filen innehåller ett styrtecken, som inte hör hemma i text och inte kan visas."
    static let controlCharacterHint = "Ta bort tecknet; det kommer ofta med text som kopierats ur en PDF."
    static func controlInValue(_ code: String) -> String {
        "Värdet innehåller styrtecknet \(code), som inte hör hemma i text och gör flödet och EPUB-filen trasiga."
    }
    static let controlInValueHint = "Ta bort escape-sekvensen (\\0, \\x01, \\u0007 …) ur värdet."
    static func yamlAlias(_ name: String) -> String {
        "YAML-aliaset *\(name) används inte i PlanPress: ett alias kan växa till miljontals värden."
    }
    static let yamlAliasHint = "Skriv ut värdet på varje ställe där det behövs i stället för &namn och *namn."
    static func unsafeDataURL(_ field: String) -> String {
        "Adressen i \(field) är inte tillåten: bara http, https, mailto, tel eller en relativ adress blir en länk."
    }
    static func badEmail(_ text: String) -> String {
        "”\(text)” är ingen e-postadress."
    }
    static let badEmailHint = "Skriv en e-postadress, till exempel email: integration@example.se."
    static func notAbsoluteIRI(_ field: String, _ text: String) -> String {
        "\(field): ”\(text)” är ingen fullständig adress (IRI) som börjar med http:// eller https://."
    }
    static let spatialHint = "Skriv en adress som pekar ut länets område, till exempel spatial: http://data.europa.eu/nuts/code/SE321, eller ta bort fältet (då anges Sverige)."
    static let licenseHint = "Skriv licensens adress, till exempel license: http://creativecommons.org/publicdomain/zero/1.0/ (CC0 1.0, som gäller om fältet saknas)."
    static func badOrganisationNumber(_ text: String) -> String {
        "organisationNumber: ”\(text)” är inget organisationsnummer."
    }
    static let organisationNumberHint = "Skriv organisationens tio siffror, till exempel organisationNumber: 123456-7890 (bindestrecket får vara med)."
    static func siteLanguage(_ text: String) -> String {
        "language: PlanPress har inga texter på ”\(text)”."
    }
    static let siteLanguageHint = "Skriv language: sv (svenska) eller language: en (engelska)."
    static let unsafeDataURLHint = "Skriv en vanlig webbadress, till exempel https://www.lansstyrelsen.se/."
    static func overLimit(_ limit: InputLimit) -> String {
        switch limit {
        case .brackets: "Texten har fler än \(grouped(limit.maximum)) hakparenteser ([); gränsen är \(grouped(limit.maximum)) i en plan."
        case .atSigns: "Texten har fler än \(grouped(limit.maximum)) @; gränsen är \(grouped(limit.maximum)) i en plan."
        case .nesting: "Raden börjar med fler än \(limit.maximum) citat- eller listtecken; gränsen är \(limit.maximum)."
        case .headings: "Planen har fler än \(grouped(limit.maximum)) rubriker; gränsen är \(grouped(limit.maximum))."
        case .columns: "Raden har fler än \(grouped(limit.maximum)) kolumner (|); gränsen är \(grouped(limit.maximum)) i en tabell."
        }
    }
    /// 20000 as 20 000, as Swedish writes it.
    private static func grouped(_ number: Int) -> String {
        var digits = String(number), result = ""
        while digits.count > 3 { result = " " + digits.suffix(3) + result; digits.removeLast(3) }
        return digits + result
    }
    static func overLimitHint(_ limit: InputLimit) -> String {
        switch limit {
        case .brackets, .atSigns, .nesting:
            "Så mycket av det är troligen ett fel i texten; planen läses inte förrän det är rättat."
        case .headings, .columns: "Dela upp planen i flera filer, eller kontrollera att texten verkligen är en plan."
        }
    }
    static func tooLarge(_ megabytes: Int, limit: Int) -> String { "Filen är \(megabytes) MB; gränsen är \(limit) MB." }
    static let tooLargeHint = "Dela upp planen i flera filer eller kontrollera att filen verkligen är en plan."
    static let missingCountyField = "Länets sida saknar fältet name."
    static let missingCountyFieldHint = "Lägg till name: Västernorrlands län i front matter i _index.md."
    static func duplicateFields(_ keys: [String]) -> String {
        "fältet \(keys.joined(separator: ", ")) står flera gånger"
    }

    // content/site.yml
    static func siteYAMLSyntax(_ problem: String) -> String { "site.yml går inte att läsa: \(problem)." }
    static func siteMissingField(_ name: String) -> String { "Fältet \(name) saknas i site.yml." }
}
