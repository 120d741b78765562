import InterfaceText
import ViewModel

/// The way into the pages joined across counties, on the home page and the search page.
public enum ExploreLinks {
    /// The links from `page`, without the one to `page` itself (the search page's own).
    public static func list(from page: String, _ t: Strings) -> HTML {
        let links: [(name: String, text: String, target: String)] = [
            (t.explore.organisations, t.explore.organisationsText, SiteAddress.organisations),
            (t.explore.themes, t.explore.themesText, SiteAddress.themes),
            (t.explore.comparison, t.explore.comparisonText, SiteAddress.comparison),
            (t.explore.activities, t.explore.activitiesText, SiteAddress.activities),
            (t.explore.periods, t.explore.periodsText, SiteAddress.periods),
            (t.explore.followUps, t.explore.followUpsText, SiteAddress.followUpOverview),
            (t.explore.glossary, t.explore.glossaryText, SiteAddress.glossary),
            (t.explore.search, t.explore.searchText, SiteAddress.search),
        ]
        return """
        <ul class="explore-list">
        \(links.filter { $0.target != page }.map { link -> HTML in
            "<li><a href=\"\(SiteAddress.relative(from: page, to: link.target))\">\(link.name)</a> <span class=\"item-meta\">\(link.text)</span></li>\n"
        })\
        </ul>
        """
    }
}
