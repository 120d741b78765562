import ViewModel

extension PreviewPage {
    /// Valid HTML in Swedish with landmarks, so that the preview is as accessible as the site.
    public var html: HTML {
        """
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) – \(productName)</title>
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
        <header><p>\(productName)</p></header>
        <main>
        <h1>\(title)</h1>
        \(main)
        </main>
        </body>
        </html>

        """
    }

    private var main: HTML {
        switch body {
        case .problems(let lead, let listHeading, let hintLabel, let problems):
            """
            <p>\(lead)</p>
            <h2>\(listHeading)</h2>
            <ol class="problems">
            \(HTML.joined(problems.map { item($0, hintLabel: hintLabel) }, separator: "\n"))
            </ol>
            """
        case .building(let text):
            """
            <p role="status">\(text)</p>
            """
        case .notFound(let text, let homeLink):
            """
            <p>\(text)</p>
            <p><a href="/">\(homeLink)</a></p>
            """
        }
    }

    private func item(_ problem: Problem, hintLabel: String) -> HTML {
        """
        <li class="\(problem.isError ? "error" : "warning")">
          <p><strong>\(problem.severity):</strong> <code>\(problem.location)</code></p>
          <p class="message">\(problem.message)</p>\(problem.hint.map { hint -> HTML in "\n  <p class=\"hint\"><strong>\(hintLabel)</strong> \(hint)</p>" })
        </li>
        """
    }
}

/// The preview's live-reload script tag, added to each HTML response (never to the built site).
public enum ReloadScriptTag {
    public static func html(source: String, generation: Int) -> HTML {
        "<script src=\"\(source)\" data-generation=\"\(generation)\"></script>\n"
    }
}
