import InterfaceText
import ViewModel

extension PlanActivityTable {
    /// An activity table, or a list of activities, as a table: one row per activity, its text the row header.
    func html(_ t: Strings, root: String) -> HTML {
        let words = t.activities
        return """
        <table class="stack activities">
        <caption>\(captionText(t))</caption>
        <thead>
        <tr><th scope="col">\(words.activity)</th>\
        \(if: showsResponsible, "<th scope=\"col\">\(words.responsible)</th>")\
        \(if: showsPartners, "<th scope=\"col\">\(words.partners)</th>")\
        \(if: showsWhen, "<th scope=\"col\">\(words.when)</th>")\
        \(if: showsStatus, "<th scope=\"col\">\(t.followUp.status)</th>")\
        \(otherColumns.map { column -> HTML in "<th scope=\"col\">\(column)</th>" })</tr>
        </thead>
        <tbody>
        \(rows.map { row($0, t, root: root) })\
        </tbody>
        </table>

        """
    }

    private func captionText(_ t: Strings) -> String {
        switch caption {
        case .activities(let heading): "\(t.activities.caption): \(heading)"
        case .list(let heading, let area): "\(heading): \(area)"
        }
    }

    /// The area's responsible is marked as the area's; the area's partners and time, which the
    /// area's own facts above the table show too, are not.
    private func row(_ row: PlanActivityRow, _ t: Strings, root: String) -> HTML {
        let words = t.activities
        let activity = row.resolved
        return """
        <tr id="\(row.id)"><th scope="row">\(row.html.html(root: root))</th>\
        \(if: showsResponsible, "<td data-label=\"\(words.responsible)\">\(row.responsibleHTML.map { $0.html(root: root) })\(if: activity.responsible?.isInherited == true, " <span class=\"inherited\">\(words.inherited)</span>")</td>")\
        \(if: showsPartners, "<td data-label=\"\(words.partners)\">\(row.partnersHTML.map { $0.html(root: root) })</td>")\
        \(if: showsWhen, "<td data-label=\"\(words.when)\">\(activity.when?.text ?? "")</td>")\
        \(if: showsStatus, statusCell(activity.status, t))\
        \(row.otherCells.map { cell -> HTML in "<td data-label=\"\(cell.column)\">\(cell.html.html(root: root))</td>" })</tr>

        """
    }
}
