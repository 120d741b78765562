import PlanModel
import Render

/// The pages the preview server writes itself: the list of problems that stands in for every
/// page while the site cannot be built, and a plain 404 for when the site has no 404.html yet.
/// Valid HTML in Swedish with landmarks, so the preview is as accessible as the site.
enum ErrorPage {
    static func problems(_ diagnostics: [Diagnostic]) -> [UInt8] {
        let errors = diagnostics.errors.count
        // Errors first: they are what stops the build.
        let items = (diagnostics.errors.sorted() + diagnostics.warnings.sorted()).map(item)
        return page(title: PreviewMessages.errorPageTitle, body: """
            <h1>\(escape(PreviewMessages.errorPageTitle))</h1>
            <p>\(escape(PreviewMessages.errorPageLead(errors: errors)))</p>
            <h2>\(escape(PreviewMessages.errorListHeading))</h2>
            <ol class="problems">
            \(items.joined(separator: "\n"))
            </ol>
            """)
    }

    static func notFound() -> [UInt8] {
        page(title: PreviewMessages.notFoundTitle, body: """
            <h1>\(escape(PreviewMessages.notFoundTitle))</h1>
            <p>\(escape(PreviewMessages.notFoundText))</p>
            <p><a href="/">\(escape(PreviewMessages.notFoundLink))</a></p>
            """)
    }

    private static func item(_ diagnostic: Diagnostic) -> String {
        let severity = diagnostic.severity == .error ? PreviewMessages.severityError : PreviewMessages.severityWarning
        let hint = diagnostic.hint.map {
            "\n  <p class=\"hint\"><strong>\(escape(PreviewMessages.hintLabel))</strong> \(escape($0))</p>"
        } ?? ""
        return """
            <li class="\(diagnostic.severity.rawValue)">
              <p><strong>\(escape(severity)):</strong> <code>\(escape(diagnostic.location.description))</code></p>
              <p class="message">\(escape(diagnostic.message))</p>\(hint)
            </li>
            """
    }

    private static func page(title: String, body: String) -> [UInt8] {
        Array("""
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) – \(escape(PreviewMessages.productName))</title>
            <style>
            body { font: 1.05rem/1.5 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; }
            header, main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem; }
            header { border-bottom: 1px solid #767676; }
            .problems { padding-left: 1.5rem; }
            .problems li { margin-bottom: 1.25rem; }
            .problems p { margin: 0.25rem 0; }
            .error strong:first-child { color: #a4000f; }
            code { font-size: 0.95em; overflow-wrap: anywhere; }
            </style>
            </head>
            <body>
            <header><p>\(escape(PreviewMessages.productName))</p></header>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """.utf8)
    }

    /// Messages quote the editor's own text, which may hold `<`, `&` or quotes.
    static func escape(_ text: String) -> String { MarkupEscape.text(text) }
}
