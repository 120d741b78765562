import PlanModel
import Yams

/// Reads `content/site.yml`.
public enum SiteConfigReader {
    public static func read(_ text: String, file: String) -> ParseResult<SiteConfig> {
        var diagnostics: [Diagnostic] = []
        let start = SourceLocation(file: file, line: 1, column: 1)
        let root: Node?
        do {
            root = try YAMLProblem.compose(text)
        } catch let refusal as YAMLProblem.Refusal {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: refusal.line, column: refusal.column),
                refusal.message, hint: refusal.hint))
            return ParseResult(value: nil, diagnostics: diagnostics)
        } catch {
            let (problem, mark) = (error as? YamlError).map { YAMLProblem.describe($0, duplicates: Messages.duplicateFields) }
                ?? ("\(error)", nil)
            let location = mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? start
            diagnostics.append(Diagnostic(.error, at: location, Messages.siteYAMLSyntax(problem), hint: Messages.yamlSyntaxHint))
            return ParseResult(value: nil, diagnostics: diagnostics)
        }
        func string(_ node: Node?, _ key: String) -> String? {
            node?[key]?.string.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        }
        func strings(_ node: Node?, _ key: String) -> [String] {
            node?[key]?.sequence?.compactMap { $0.string?.trimmingWhitespace } ?? []
        }
        guard let title = string(root, "title") else {
            diagnostics.append(Diagnostic(.error, at: start, Messages.siteMissingField("title"),
                hint: Messages.missingFieldHint("title", example: "Regionala planer för integration")))
            return ParseResult(value: nil, diagnostics: diagnostics)
        }
        // Links on every page: only the schemes a link in plan text may have.
        for (node, key, shown) in [(root, "baseURL", "baseURL"), (root?["contact"], "url", "contact.url")] {
            guard let value = string(node, key), !TextSafety.isAllowedURL(value) else { continue }
            let mark = node?[key]?.mark
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1),
                Messages.unsafeDataURL(shown), hint: Messages.unsafeDataURLHint))
        }
        if let email = string(root?["contact"], "email"), !TextSafety.isEmailAddress(email) {
            let mark = root?["contact"]?["email"]?.mark
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1),
                Messages.badEmail(email), hint: Messages.badEmailHint))
        }
        if let language = string(root, "language"), !["sv", "en"].contains(language) {
            let mark = root?["language"]?.mark
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1),
                Messages.siteLanguage(language), hint: Messages.siteLanguageHint))
        }
        let openData = openData(root, file: file, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return ParseResult(value: nil, diagnostics: diagnostics) }
        var baseURL = string(root, "baseURL")
        if let url = baseURL, !url.hasSuffix("/") { baseURL = url + "/" }
        let contact = root?["contact"]
        let statement = root?["accessibility"]
        let config = SiteConfig(
            title: title, publisher: string(root, "publisher") ?? title, baseURL: baseURL,
            language: string(root, "language") ?? "sv", date: string(root, "date"),
            contact: SiteConfig.Contact(
                email: string(contact, "email"), phone: string(contact, "phone"),
                address: string(contact, "address"), url: string(contact, "url")),
            accessibility: SiteConfig.AccessibilityStatement(
                compliance: string(statement, "compliance") ?? "delvis",
                assessed: string(statement, "assessed"), updated: string(statement, "updated"),
                method: string(statement, "method"), knownProblems: strings(statement, "knownProblems"),
                exemptions: strings(statement, "exemptions"), outsideScope: strings(statement, "outsideScope")),
            openData: openData)
        return ParseResult(value: config, diagnostics: diagnostics)
    }
}
