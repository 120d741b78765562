import InterfaceText
import PlanModel
import ViewModel

extension EPUBBlock {
    /// The block, ending with a line break.
    func xml(_ t: Strings) -> XML {
        switch self {
        case .prose(let html, let tableHeading):
            return "\(prose(html, tableHeading: tableHeading, t))\n"
        case .objective(let label, let html):
            return "<p class=\"objective\"><span class=\"label\">\(label):</span> \(XML.trusted(html))</p>\n"
        case .activities(let table):
            return table.xml(t)
        case .glossary(let entries):
            return """
            <dl class="glossary">
            \(entries.map { entry -> XML in "<dt>\(entry.term)</dt>\n<dd>\(XML.trusted(entry.html))</dd>\n" })\
            </dl>

            """
        case .people(let table):
            return table.xml(t)
        case .references(let items):
            return """
            <ul class="references">
            \(items.map { html -> XML in "<li>\(XML.trusted(html))</li>\n" })\
            </ul>

            """
        }
    }

    /// cmark's markup; a table gets a caption that names the section.
    private func prose(_ html: String, tableHeading: String?, _ t: Strings) -> XML {
        guard let tableHeading, let table = html.range(of: "<table>") else { return XML.trusted(html) }
        return """
        \(XML.trusted(String(html[..<table.lowerBound])))<table>
        <caption>\(t.format.table) – \(tableHeading)</caption>\(XML.trusted(String(html[table.upperBound...])))
        """
    }
}

extension EPUBActivityTable {
    func xml(_ t: Strings) -> XML {
        """
        <table class="activities">
        <caption>\(t.format.activities) – \(heading)</caption>
        <thead>
        <tr><th scope="col">\(t.format.number)</th><th scope="col">\(t.format.activity)</th><th scope="col">\(t.format.responsible)</th>\
        \(if: hasPartners, "<th scope=\"col\">\(t.format.partners)</th>")\
        \(if: hasWhen, "<th scope=\"col\">\(t.format.when)</th>")\
        \(otherHeadings.map { heading -> XML in "<th scope=\"col\">\(heading)</th>" })\
        \(if: hasStatus, "<th scope=\"col\">\(t.followUp.status)</th>")</tr>
        </thead>
        <tbody>
        \(rows.map { row(t, $0) })\
        </tbody>
        </table>

        """
    }

    private func row(_ t: Strings, _ row: Row) -> XML {
        """
        <tr id="\(row.id)"><th scope="row">\(row.number)</th><td>\(XML.trusted(row.html))</td><td>\(responsible(t, row.responsible))</td>\
        \(if: hasPartners, "<td>\(row.partners)</td>")\
        \(if: hasWhen, "<td>\(row.when)</td>")\
        \(row.others.map { html -> XML in "<td>\(XML.trusted(html))</td>" })\
        \(if: hasStatus, "<td>\(statusText(t, row.status))</td>")</tr>

        """
    }

    /// `Genomförd (uppföljning 2025-12-08): comment`, or that no report names it.
    private func statusText(_ t: Strings, _ status: LatestStatus?) -> String {
        let words = t.followUp
        guard let status else { return words.notReported }
        let comment = status.entry.comment.isEmpty ? "" : ": \(status.entry.comment)"
        return "\(words.statusText(status.entry)) (\(words.reported(status.date.description)))\(comment)"
    }

    private func responsible(_ t: Strings, _ responsible: Responsible) -> XML {
        switch responsible {
        case .own(let text): "\(text)"
        case .area(let text): "\(text) <span class=\"note\">(\(t.format.areaResponsible))</span>"
        case .none: "\(t.format.noResponsible)"
        }
    }
}

extension EPUBPeopleTable {
    func xml(_ t: Strings) -> XML {
        """
        <table class="people">
        <caption>\(caption)</caption>
        <thead>
        <tr><th scope="col">\(t.format.name)</th>\
        \(if: hasRole, "<th scope=\"col\">\(t.format.role)</th>")\
        \(if: hasOrganisation, "<th scope=\"col\">\(t.format.organisation)</th>")</tr>
        </thead>
        <tbody>
        \(rows.map { row -> XML in
            "<tr><th scope=\"row\">\(row.name)</th>\(if: hasRole, "<td>\(row.role)</td>")\(if: hasOrganisation, "<td>\(row.organisation)</td>")</tr>\n"
        })\
        </tbody>
        </table>

        """
    }
}
