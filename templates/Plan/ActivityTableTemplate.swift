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

    private func row(_ activity: ResolvedActivity, _ t: Strings, root: String) -> HTML {
        let words = t.activities
        return """
        <tr id="\(activity.id)"><th scope="row">\(activity.html.html(root: root))</th>\
        \(if: showsResponsible, "<td data-label=\"\(words.responsible)\">\(activity.responsible ?? "")\(if: activity.responsibleIsInherited, " <span class=\"inherited\">\(words.inherited)</span>")</td>")\
        \(if: showsPartners, "<td data-label=\"\(words.partners)\">\(activity.partners ?? "")</td>")\
        \(if: showsWhen, "<td data-label=\"\(words.when)\">\(activity.when ?? "")</td>")\
        \(activity.otherCells.map { cell -> HTML in "<td data-label=\"\(cell.column)\">\(cell.html.html(root: root))</td>" })</tr>

        """
    }
}
