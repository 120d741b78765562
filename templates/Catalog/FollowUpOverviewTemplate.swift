import Catalog
import InterfaceText
import ViewModel

extension FollowUpOverviewPage {
    /// The joined follow-up view: a table per county, theme and organisation, counts as text in
    /// the cells; then the plans that have no report.
    public func html(_ t: Strings) -> HTML {
        let words = t.followUps
        return Layout.page(frame, t, title: "\(words.title) – \(frame.siteTitle)", description: words.description, main: """
        <h1>\(words.title)</h1>
        <p class="lead">\(words.intro)</p>
        <p>\(words.summary(String(followedUpPlanCount), t.count.plans(planCount)))</p>
        \(if: byCounty.isEmpty, "<p>\(words.none)</p>\n")\
        \(if: !byCounty.isEmpty, tables(t))\
        \(if: !withoutFollowUp.isEmpty, withoutList(t))
        """)
    }

    private func tables(_ t: Strings) -> HTML {
        let words = t.followUps
        return """
        <h2 id="per-lan">\(words.byCountyHeading)</h2>
        \(table(words.byCountyCaption, firstColumn: words.county, linksColumn: words.reports, rows: byCounty, t))
        <h2 id="per-tema">\(words.byThemeHeading)</h2>
        \(table(words.byThemeCaption, firstColumn: words.theme, rows: byTheme, t))
        <h2 id="per-organisation">\(words.byOrganisationHeading)</h2>
        <p>\(words.byOrganisationNote)</p>
        \(table(words.byOrganisationCaption, firstColumn: words.organisation, rows: byOrganisation, t))

        """
    }

    private func table(_ caption: String, firstColumn: String, linksColumn: String? = nil, rows: [Row], _ t: Strings) -> HTML {
        """
        <div class="table-scroll" role="region" aria-label="\(caption)" tabindex="0">
        <table class="counts">
        <caption>\(caption)</caption>
        <thead>
        <tr><th scope="col">\(firstColumn)</th>\(linksColumn.map { name -> HTML in "<th scope=\"col\">\(name)</th>" })\
        \(states.map { state -> HTML in "<th scope=\"col\">\(t.stateName(state))</th>" })<th scope="col">\(t.followUp.total)</th></tr>
        </thead>
        <tbody>
        \(rows.map { row(_: $0, hasLinks: linksColumn != nil) })\
        </tbody>
        </table>
        </div>

        """
    }

    private func row(_ row: Row, hasLinks: Bool) -> HTML {
        let name: HTML = row.href.map { "<a href=\"\($0)\">\(row.name)</a>" } ?? "\(row.name)"
        let links: HTML = hasLinks ? """
            <td><ul class="cell-list">\(row.links.map { link -> HTML in "<li><a href=\"\(link.href)\">\(link.name)</a></li>" })</ul></td>
            """ : ""
        return """
        <tr><th scope="row">\(name)</th>\(links)\(states.map { state -> HTML in "<td>\(row.counts.count(state))</td>" })<td>\(row.counts.followedUp)</td></tr>

        """
    }

    private func withoutList(_ t: Strings) -> HTML {
        let words = t.followUps
        return """
        <h2 id="utan-uppfoljning">\(words.withoutHeading)</h2>
        <p>\(words.withoutIntro)</p>
        <ul class="link-list">
        \(withoutFollowUp.map { plan -> HTML in
            "<li><a href=\"\(plan.link.href)\">\(plan.link.name)</a> <span class=\"item-meta\">\(plan.countyName): \(words.noFollowUp)</span></li>\n"
        })\
        </ul>

        """
    }
}
