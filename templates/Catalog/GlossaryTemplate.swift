import InterfaceText
import ViewModel

extension GlossaryPage {
    /// The merged glossary: each term with every plan's explanation and the plan it comes from.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: "\(t.glossary.title) – \(frame.siteTitle)", description: t.glossary.description, main: """
        <h1>\(t.glossary.title)</h1>
        <p class="lead">\(t.glossary.intro)</p>
        \(if: terms.isEmpty, "<p>\(t.glossary.none)</p>", else: glossary(t))
        """)
    }

    private func glossary(_ t: Strings) -> HTML {
        """
        <p>\(t.list([t.count.terms(terms.count), t.count.plans(planCount)])).</p>
        \(if: letters.count > 1, letterLinks(t))\
        <dl class="glossary merged-glossary">
        \(terms.map { term -> HTML in
            "<div><dt id=\"\(term.id)\">\(term.term)</dt>\n\(term.definitions.map { definition($0, t) })</div>\n"
        })\
        </dl>
        """
    }

    /// A row of links to the first term of each letter.
    private func letterLinks(_ t: Strings) -> HTML {
        """
        <nav class="jump-links letters" aria-label="\(t.glossary.lettersLabel)">
        <ul>
        \(letters.map { letter -> HTML in "<li><a href=\"#\(letter.target)\">\(letter.letter)</a></li>\n" })\
        </ul>
        </nav>

        """
    }

    private func definition(_ definition: Definition, _ t: Strings) -> HTML {
        "<dd>\(definition.html.html(root: "")) <span class=\"source\">\(t.glossary.source): <a href=\"\(definition.planHref)\">\(definition.planTitle)</a>, \(definition.countyName)</span></dd>\n"
    }
}
