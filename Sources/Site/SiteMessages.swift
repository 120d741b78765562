/// Messages about the content folder and the output, in Swedish, in one place.
enum SiteMessages {
    static let catalogueSkipped = "datasets/dcat (DCAT-AP-SE-katalogen för Sveriges dataportal) skrevs inte: dess adresser måste vara absoluta, och site.yml har ingen baseURL."
    static let unreadable = "Filen går inte att läsa."
    static let unreadableHint = "Kontrollera att filen finns och att du har behörighet att läsa den."
    static let noContentFolder = "Mappen med innehåll finns inte."
    static let noContentFolderHint = "Kör kommandot i projektets mapp, eller ange mappen med --content."
    static let noSiteFile = "site.yml saknas."
    static let noSiteFileHint = "Skapa content/site.yml med minst title: och publisher:. Se docs/content-format.md."
    static let linkOutside = "Filen är en symbolisk länk till något utanför innehållsmappen och används inte."
    static let linkOutsideHint = "Kopiera in filen i innehållsmappen i stället för att länka till den."
    static func badName(_ name: String) -> String {
        "Namnet \"\(name)\" blir en del av webbadressen och får bara innehålla a–z, 0–9 och bindestreck."
    }
    static func badNameHint(_ slug: String) -> String { "Byt namn till \"\(slug)\" (skriv a för å och ä, o för ö)." }
    static func badAssetName(_ path: String) -> String {
        "Namnet \"\(path)\" blir en webbadress och får bara innehålla a–z, 0–9, bindestreck, understreck och punkt."
    }
    static func sectionName(_ name: String) -> String {
        "Mappen \(name) har samma namn som en del av webbplatsen (\(name)/) och skulle skriva över den."
    }
    static let sectionNameHint = "Byt namn på länets mapp, till exempel till länets namn: vastra-gotaland."
    static let badAssetNameHint = "Byt namn på filen, till exempel logo.svg eller egen.css."
    static let noCountyPage = "Länets mapp saknar _index.md."
    static let noCountyPageHint = "Skapa _index.md med name: (länets namn) i front matter."
    static func missingDataFile(_ name: String) -> String { "Filen content/\(name) saknas." }
    static let missingDataFileHint = "Skapa filen; docs/content-format.md visar hur den ser ut."
    static func foreignOutput(_ folder: String, _ example: String) -> String {
        "Mappen \(folder) innehåller filer som PlanPress inte har skrivit (till exempel \(example)). Inget har skrivits."
    }
    static func notAFolder(_ path: String) -> String {
        "\(path) är inte en mapp, så webbplatsen kan inte skrivas dit. Inget har ändrats."
    }
    static func linkOutput(_ path: String) -> String {
        "\(path) är en symbolisk länk, så webbplatsen skrivs inte dit. Inget har ändrats."
    }
    static let linkOutputHint = "Ange mappen som länken pekar på med --output."
    static func unreadableOutput(_ path: String) -> String {
        "Mappen \(path) går inte att läsa, så det går inte att se att PlanPress har skrivit den. Inget har ändrats."
    }
    static func outputInside(_ output: String, _ folder: String) -> String {
        "\(output) ligger i \(folder), och webbplatsen får inte skrivas över det den byggs av. Inget har ändrats."
    }
    static func outputHoldsContent(_ output: String, _ content: String) -> String {
        "\(output) innehåller innehållsmappen \(content), och webbplatsen får inte skrivas över den. Inget har ändrats."
    }
    static func oldSiteAside(_ output: String, _ aside: String) -> String {
        "Den nya webbplatsen kunde inte flyttas till \(output), och den förra ligger kvar som \(aside) bredvid."
    }
    static let oldSiteAsideHint = "Nästa bygge flyttar tillbaka den förra webbplatsen innan det börjar."
    static let foreignOutputHint = "Välj en tom mapp eller en mapp som PlanPress har byggt tidigare med --output."
    /// `2 fel, 1 varning; 14 filer lästa`: the count of files read stands apart, so that it does
    /// not read as the files the problems are in.
    static func summary(errors: Int, warnings: Int, files: Int) -> String {
        "\(errors) fel, \(warnings) \(warnings == 1 ? "varning" : "varningar"); \(files) \(files == 1 ? "fil läst" : "filer lästa")"
    }
    static func badEpoch(_ value: String) -> String {
        "SOURCE_DATE_EPOCH är \"\(value)\", men ska vara ett heltal: sekunder sedan 1970-01-01 UTC (högst år 9999)."
    }
    static let badEpochHint = "Sätt till exempel SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), eller ta bort variabeln."
    static let contentChanged = "Innehållet ändrades medan webbplatsen byggdes, så den byggdes inte klart."
    static let contentChangedHint = "Bygg igen när ändringarna är sparade."

    // Lättläst files (`<name>.lattlast.md`)
    static func easyReadNoPlan(_ file: String) -> String { "Det finns ingen plan \(file) i samma mapp att vara lättläst version av." }
    static func easyReadNoPlanHint(_ closest: String?) -> String {
        (closest.map { "Närmast: \($0). " } ?? "") + "Skriv planens filnamn i samma läns mapp: lattlast: handlingsplan-2015-2017.md."
    }
    static func easyReadTwice(_ plan: String, first: String) -> String {
        "\(plan) har redan en lättläst version, \(first); en plan har en."
    }
    static let easyReadTwiceHint = "Samla texten i en fil, eller låt den här filen peka på en annan plan."
    static let easyReadMissing = "Planen har ingen lättläst version."
    static func easyReadMissingHint(_ plan: String) -> String {
        "Skriv en fil <namn>.lattlast.md i samma mapp med lattlast: \(plan) i front matter (se docs/content-format.md)."
    }

    // The PDF format (`build --formats all,pdf`)
    static let pdfNoBrowser = "PDF skapades inte: Chromium finns inte på datorn. Allt annat byggdes."
    static let pdfNoBrowserHint = "Installera Chromium (Debian: apt-get install chromium), eller ange programmet med PLANPRESS_CHROMIUM=/sökväg/till/chromium."
    static func pdfTimeout(_ page: String, seconds: Int) -> String { "Chromium skrev inte ut \(page) till PDF inom \(seconds) sekunder." }
    static func pdfFailed(_ page: String, status: Int32) -> String { "Chromium kunde inte skriva ut \(page) till PDF (slutstatus \(status))." }
    static func pdfNotWritten(_ page: String) -> String { "Chromium skrev ingen PDF för \(page)." }
    static func pdfUnexpected(_ page: String) -> String { "PDF:en som Chromium skrev för \(page) har en form som PlanPress inte kan rätta länkarna i." }
    static let pdfHint = "Bygg igen; om det upprepas, bygg utan pdf i --formats och kontrollera att chromium --headless fungerar på datorn."
    static func followUpWithoutPlan(_ plan: String) -> String {
        "Uppföljningen hör till planen \(plan).md, men den finns inte i samma mapp."
    }
    static func followUpWithoutPlanHint(_ closest: String?) -> String {
        (closest.map { "Menade du \($0)? " } ?? "")
            + "Börja filnamnet med planens filnamn utan .md: handlingsplan-2015-2017.uppfoljning-2025.md."
    }
}
