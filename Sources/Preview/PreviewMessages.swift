/// Everything the preview server says to an editor, in the terminal and in the browser,
/// in Swedish, in one place so it can be translated.
public enum PreviewMessages {
    // MARK: Terminal

    public static func listening(_ url: String) -> String {
        "Förhandsvisning: \(url) — tryck Ctrl-C för att avsluta"
    }
    public static func notLoopback(_ host: String) -> String {
        "Varning: förhandsvisningen lyssnar på \(host) och kan nås från andra datorer i nätverket. "
            + "Utkast syns där också. Utelämna --host för att bara nå den från den här datorn."
    }
    public static func portInUse(_ host: String, _ port: Int) -> String {
        "Porten \(port) på \(host) används redan av ett annat program. "
            + "Välj en annan port, till exempel: planpress serve --port \(port + 1)"
    }
    public static func cannotListen(_ host: String, _ port: Int, _ reason: String) -> String {
        "Förhandsvisningen kan inte lyssna på \(host):\(port): \(reason)"
    }
    public static let stopping = "Avslutar förhandsvisningen."
    public static func built(files: Int, milliseconds: Int) -> String {
        "Byggde webbplatsen i minnet: \(files) filer på \(milliseconds) ms."
    }
    public static func rebuilt(_ what: String, milliseconds: Int) -> String {
        "Ändrat: \(what). Uppdaterat på \(milliseconds) ms."
    }
    public static func rebuiltInSteps(_ what: String, planMilliseconds: Int, siteMilliseconds: Int) -> String {
        "Ändrat: \(what). Planens sidor uppdaterade på \(planMilliseconds) ms, hela webbplatsen på \(siteMilliseconds) ms."
    }
    public static func failed(errors: Int) -> String {
        "\(errors) fel. Webbläsaren visar felen tills de är rättade; sidorna laddas om av sig själva när du sparar."
    }
    public static func changedFiles(_ names: [String]) -> String {
        names.count <= 3 ? names.joined(separator: ", ") : "\(names.prefix(3).joined(separator: ", ")) och \(names.count - 3) till"
    }
    public static func renderFailed(_ reason: String) -> String {
        "Sidorna kunde inte skapas: \(reason)"
    }
    public static let renderFailedHint = "Kontrollera filen som nämns och spara den igen."
    public static func templatesAreCompiled(_ files: String) -> String {
        "Ändrat: \(files). Mallarna är Swift-kod som byggs in i programmet, så förhandsvisningen visar inte ändringen ännu. "
            + "Kör swift build -c release --product planpress (eller make build) och starta om planpress serve."
    }

    // MARK: Browser

    public static let productName = "PlanPress förhandsvisning"
    public static let errorPageTitle = "Webbplatsen kunde inte byggas"
    public static func errorPageLead(errors: Int) -> String {
        errors == 1
            ? "Innehållet eller mallarna har ett fel. Rätta det och spara filen, så laddas sidan om av sig själv."
            : "Innehållet eller mallarna har \(errors) fel. Rätta dem och spara filerna, så laddas sidan om av sig själv."
    }
    public static let errorListHeading = "Fel och varningar"
    public static let severityError = "Fel"
    public static let severityWarning = "Varning"
    public static let hintLabel = "Gör så här:"
    public static let buildingTitle = "Webbplatsen byggs"
    public static let buildingText = "Förhandsvisningen byggs just nu. Sidan laddas om av sig själv när den är klar."
    public static let notFoundTitle = "Sidan finns inte"
    public static let notFoundText = "Det finns ingen sida med den adressen i förhandsvisningen."
    public static let notFoundLink = "Till startsidan"
    public static let foreignHost = "Förhandsvisningen svarar bara på adresser till den här datorn, som http://127.0.0.1/."
    public static let methodNotAllowed = "Förhandsvisningen tar bara emot GET och HEAD."
}
