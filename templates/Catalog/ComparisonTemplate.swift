import InterfaceText
import ViewModel

extension ComparisonPage {
    /// Themes × counties: activities (linked to the narrowed activity list) and areas in each cell.
    public func html(_ t: Strings) -> HTML {
        let words = t.comparison
        return Layout.page(frame, t, title: "\(words.title) – \(frame.siteTitle)", description: words.description, main: """
        <h1>\(words.title)</h1>
        <p class="lead">\(words.intro)</p>
        \(if: !countiesWithoutActivities.isEmpty, "<p class=\"note\">\(words.zeroNote(t.list(countiesWithoutActivities)))</p>\n")\
        \(if: untagged > 0, "<p class=\"note\">\(words.untaggedNote(t.count.activities(untagged)))</p>\n")\
        <div class="table-scroll" tabindex="0" role="region" aria-label="\(words.regionLabel)">
        <table class="comparison">
        <caption>\(words.caption)</caption>
        <thead>
        <tr><th scope="col">\(words.theme)</th>\
        \(columns.map { column -> HTML in "<th scope=\"col\"><a href=\"\(column.href)\">\(column.name)</a></th>" })\
        <th scope="col">\(words.total)</th></tr>
        </thead>
        <tbody>
        \(rows.map { row -> HTML in
            "<tr><th scope=\"row\"><a href=\"\(row.href)\">\(row.name)</a></th>\(row.cells.map { cell($0, t) })\(cell(row.total, t))</tr>\n"
        })\
        </tbody>
        <tfoot>
        <tr><th scope="row">\(words.total)</th>\(totals.map { cell($0, t) })\(cell(grandTotal, t))</tr>
        </tfoot>
        </table>
        </div>
        """)
    }

    /// A cell: its activities, linked to their list when there are any, and its areas. Ends with a line break.
    private func cell(_ cell: Cell, _ t: Strings) -> HTML {
        let activities = t.count.activities(cell.activities)
        let context = t.comparison.cellContext(cell.county ?? t.comparison.allCounties, cell.theme ?? t.comparison.allThemes)
        let count: HTML = cell.href.map { href in
            "<a href=\"\(href)\">\(activities)<span class=\"visually-hidden\">\(context)</span></a>"
        } ?? "\(activities)"
        return "<td>\(count), <span class=\"areas\">\(t.count.areas(cell.areas))</span></td>\n"
    }
}
