import PlanModel
import Templates
import ViewModel

/// The pages the preview server writes itself (`PreviewPage`, templates/Preview): the list of
/// problems that stands in for every page while the site cannot be built, and a plain 404 for
/// when the site has no 404.html yet.
enum ErrorPage {
    static func problems(_ diagnostics: [Diagnostic]) -> [UInt8] {
        // Errors first: they are what stops the build.
        let problems = (diagnostics.errors.sorted() + diagnostics.warnings.sorted()).map { diagnostic in
            PreviewPage.Problem(
                isError: diagnostic.severity == .error,
                severity: diagnostic.severity == .error ? PreviewMessages.severityError : PreviewMessages.severityWarning,
                location: diagnostic.location.description, message: diagnostic.message, hint: diagnostic.hint)
        }
        return page(PreviewMessages.errorPageTitle, .problems(
            lead: PreviewMessages.errorPageLead(errors: diagnostics.errors.count),
            listHeading: PreviewMessages.errorListHeading, hintLabel: PreviewMessages.hintLabel, problems: problems))
    }

    /// Stands in for every page until the first build is ready; the reload script then
    /// reloads it (its generation, 0, is older than any build's).
    static func building() -> [UInt8] {
        page(PreviewMessages.buildingTitle, .building(text: PreviewMessages.buildingText))
    }

    static func notFound() -> [UInt8] {
        page(PreviewMessages.notFoundTitle,
             .notFound(text: PreviewMessages.notFoundText, homeLink: PreviewMessages.notFoundLink))
    }

    private static func page(_ title: String, _ body: PreviewPage.Body) -> [UInt8] {
        Array(PreviewPage(productName: PreviewMessages.productName, title: title, body: body).html.text.utf8)
    }
}
