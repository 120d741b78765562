import InterfaceText
import ViewModel

extension PlanBlock {
    /// One block of a section, in document order.
    func html(_ t: Strings, root: String) -> HTML {
        switch self {
        case .prose(let html):
            return "\(html.html(root: root))\n"
        case .objective(let label, let html):
            return "<p class=\"objective\"><strong class=\"objective-label\">\(label):</strong> \(html.html(root: root))</p>\n"
        case .activities(let table):
            return table.html(t, root: root)
        case .glossary(let entries):
            return """
            <dl class="glossary">
            \(entries.map { entry -> HTML in
                "<div><dt id=\"\(entry.id)\">\(entry.term)</dt><dd>\(HTML.trusted(entry.definitionHTML))</dd></div>\n"
            })\
            </dl>

            """
        case .signatories(let table):
            return table.html(t)
        case .participants(let table):
            return table.html(t)
        case .references(let items):
            return """
            <ul class="references">
            \(items.map { item -> HTML in "<li>\(item.html(root: root))</li>\n" })\
            </ul>

            """
        }
    }
}

extension SignatoryTable {
    func html(_ t: Strings) -> HTML {
        let words = t.signatories
        return """
        <table class="stack people">
        <caption class="visually-hidden">\(caption)</caption>
        <thead>
        <tr><th scope="col">\(words.name)</th>\(if: showsRole, "<th scope=\"col\">\(words.role)</th>")\(if: showsOrganisation, "<th scope=\"col\">\(words.organisation)</th>")</tr>
        </thead>
        <tbody>
        \(rows.map { person -> HTML in
            "<tr><th scope=\"row\">\(person.name)</th>\(if: showsRole, "<td data-label=\"\(words.role)\">\(person.role ?? "")</td>")\(if: showsOrganisation, "<td data-label=\"\(words.organisation)\">\(person.organisation ?? "")</td>")</tr>\n"
        })\
        </tbody>
        </table>

        """
    }
}

extension ParticipantTable {
    func html(_ t: Strings) -> HTML {
        let words = t.participants
        return """
        <table class="stack people">
        <caption class="visually-hidden">\(caption)</caption>
        <thead>
        <tr><th scope="col">\(words.name)</th>\(if: showsOrganisation, "<th scope=\"col\">\(words.organisation)</th>")</tr>
        </thead>
        <tbody>
        \(rows.map { person -> HTML in
            "<tr><th scope=\"row\">\(person.name)</th>\(if: showsOrganisation, "<td data-label=\"\(words.organisation)\">\(person.organisation ?? "")</td>")</tr>\n"
        })\
        </tbody>
        </table>

        """
    }
}

extension LinkedHTML {
    /// The plan's HTML with its abbreviations linked to the glossary, from a page whose way back
    /// to the site root is `root`.
    func html(root: String) -> HTML {
        HTML.joined(pieces.map { piece -> HTML in
            switch piece {
            case .html(let html): HTML.trusted(html)
            case .abbreviation(let text, let target): "<a href=\"\(root)\(target)\">\(HTML.trusted(text))</a>"
            case .siteAddress(let address): "\(root)\(address)"
            case .text(let text): "\(text)"
            case .textTerm(let text, let target): "<a href=\"\(root)\(target)\">\(text)</a>"
            }
        })
    }
}
