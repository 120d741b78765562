import InterfaceText
import ViewModel

extension HomePage {
    /// The start page: every county with links straight to its plans.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: frame.siteTitle, description: t.home.description(frame.siteTitle), main: """
        <h1>\(frame.siteTitle)</h1>
        <p class="lead">\(t.home.intro)</p>
        \(if: frame.hasCatalog, explore(t))\
        \(if: !easyReads.isEmpty, easyReadList(t))\
        <div class="county-grid">
        \(counties.map { card(t, $0) })\
        </div>
        """)
    }

    /// Every lättläst page, so that each is found from the start page.
    private func easyReadList(_ t: Strings) -> HTML {
        """
        <section class="easy-read" aria-labelledby="rubrik_lattlast">
        <h2 id="rubrik_lattlast">\(t.easyRead.homeHeading)</h2>
        <p>\(t.easyRead.homeIntro)</p>
        <ul>
        \(easyReads.map { link -> HTML in "<li><a href=\"\(link.href)\">\(link.title)</a></li>\n" })\
        </ul>
        </section>

        """
    }

    private func explore(_ t: Strings) -> HTML {
        """
        <nav class="explore" aria-labelledby="rubrik_utforska">
        <h2 id="rubrik_utforska">\(t.explore.heading)</h2>
        <p>\(t.explore.intro)</p>
        \(ExploreLinks.list(from: frame.path, t))
        </nav>

        """
    }

    private func card(_ t: Strings, _ county: CountyCard) -> HTML {
        """
        <div class="county-card">
        <h2><a href="\(county.href)">\(county.name)</a></h2>
        \(if: county.plans.isEmpty, "<p>\(t.home.noPlans)</p>", else: county.plans.html(t))
        </div>

        """
    }
}
