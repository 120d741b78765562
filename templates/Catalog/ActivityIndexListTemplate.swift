import InterfaceText
import ViewModel

extension ActivityIndexPage.County {
    /// The county's activities, plan by plan.
    func html(_ t: Strings) -> HTML {
        """
        <section class="activity-group" data-group>
        <h3>\(name) <span class="count">(\(t.count.activities(count)))</span></h3>
        \(plans.map { $0.html(t) })\
        </section>

        """
    }
}

extension ActivityIndexPage.Plan {
    /// The plan's activities, those the page's limit leaves in.
    func html(_ t: Strings) -> HTML {
        """
        <div class="activity-plan" data-group>
        <h4><a href="\(href)">\(title)</a> <span class="count">(\(t.count.activities(count)))</span></h4>
        \(if: !items.isEmpty, "<ul class=\"item-list\">\n\(items.map { $0.html() })</ul>\n")\
        </div>

        """
    }
}

extension ActivityIndexPage.Item {
    /// An activity; only the whole list, which the script filters, has the data- attributes.
    func html() -> HTML {
        "<li\(facets.map(\.attributes))><a href=\"\(href)\">\(text)</a> <span class=\"item-meta\">\(meta)</span></li>\n"
    }
}

extension ActivityIndexPage.Facets {
    var attributes: HTML {
        " data-county=\"\(county)\" data-themes=\"\(themes)\" data-organisations=\"\(organisations)\" data-status=\"\(status)\""
    }
}
