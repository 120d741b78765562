import InterfaceText
import ViewModel

extension ThemesPage {
    /// The theme vocabulary, each theme with how much the plans have on it.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: "\(t.themes.title) – \(frame.siteTitle)", description: t.themes.description, main: """
        <h1>\(t.themes.title)</h1>
        <p class="lead">\(t.themes.intro)</p>
        <ul class="theme-list">
        \(themes.map { theme -> HTML in "\(item(theme, t))\n" })\
        </ul>
        """)
    }

    private func item(_ theme: Entry, _ t: Strings) -> HTML {
        let summary = CatalogWords.areasAndActivities(areas: theme.areaCount, activities: theme.activityCount,
                                                      counties: theme.countyCount, t)
        return """
        <li><a href="\(theme.href)">\(theme.name)</a> <span class="item-meta">\(CatalogWords.sentence(summary)).</span>\
        \(theme.description.map { description -> HTML in "\n<p class=\"theme-description\">\(description)</p>" })</li>
        """
    }
}

extension ThemePage {
    /// One theme: every area tagged with it, by county and plan; its activities by link to the index.
    public func html(_ t: Strings) -> HTML {
        let summary = CatalogWords.areasAndActivities(areas: areaCount, activities: activityCount,
                                                      counties: counties.count, t)
        return Layout.page(frame, t, title: "\(t.theme.title(name)) – \(t.themes.title) – \(frame.siteTitle)",
                           description: t.theme.description(name), main: """
        <h1>\(t.theme.title(name))</h1>
        \(description.map { description -> HTML in "<p class=\"lead\">\(description)</p>\n" })\
        <p>\(CatalogWords.sentence(summary)).</p>
        \(if: activityCount > 0, "<p><a href=\"\(activitiesHref)\">\(t.theme.activityList)</a></p>\n")\
        \(if: counties.count > 1, countyLinks(t))\
        \(if: counties.isEmpty, "<p>\(t.theme.none)</p>\n")\
        \(HTML.joined(counties.map { section($0, t) }, separator: "\n"))
        """)
    }

    private func countyLinks(_ t: Strings) -> HTML {
        """
        <nav class="jump-links" aria-label="\(t.theme.countiesLabel)">
        <ul>
        \(counties.map { county -> HTML in "<li><a href=\"#\(county.id)\">\(county.name)</a></li>\n" })\
        </ul>
        </nav>

        """
    }

    private func section(_ county: County, _ t: Strings) -> HTML {
        let summary = CatalogWords.areasAndActivities(areas: county.areaCount, activities: county.activityCount, t)
        return """
        <section class="county-involvement" aria-labelledby="\(county.id)">
        <h2 id="\(county.id)">\(county.name)</h2>
        <p class="involvement-summary">\(CatalogWords.sentence(summary)).\
        \(county.activitiesHref.map { href -> HTML in " <a href=\"\(href)\">\(t.theme.countyActivities(county.name))</a>" })</p>
        \(county.plans.map { planPart($0, t) })\
        </section>
        """
    }

    private func planPart(_ plan: Plan, _ t: Strings) -> HTML {
        let summary = CatalogWords.areasAndActivities(areas: plan.areaCount, activities: plan.activityCount, t)
        return """
        \(plan.plan.html(summary: CatalogWords.sentence(summary), t))\
        \(plan.areas.map { $0.html(t) })
        """
    }
}
