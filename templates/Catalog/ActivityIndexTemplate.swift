import InterfaceText
import ViewModel

extension ActivityIndexPage {
    /// The activity index, whole or narrowed by county, theme, organisation, or county and theme.
    /// Narrowing works by links; on the whole list `assets/aktiviteter.js` also filters in place.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: "\(title) – \(frame.siteTitle)", description: description, main: """
        <h1>\(title)</h1>
        <p class="lead">\(t.activityIndex.summary(t.count.activities(activityCount), t.count.plans(planCount)))</p>
        \(if: !related.isEmpty, relatedLinks(t))\
        \(if: !narrowing.isEmpty, narrowingLinks(t))\
        \(filter.map { $0.html(t) })\
        <h2 id="rubrik_aktiviteter">\(t.activityIndex.listHeading)</h2>
        \(if: activityCount == 0, "<p>\(t.activityIndex.none)</p>\n")\
        \(if: tooMany, "<p>\(t.activityIndex.tooMany(t.count.activities(activityCount)))</p>\n")\
        \(shownCount.map { shown -> HTML in "<p>\(t.lists.limited(t.count.activities(activityCount), String(shown)))</p>\n" })\
        <div id="aktivitetslista" class="activity-index">
        \(counties.map { $0.html(t) })\
        </div>
        """)
    }

    private func relatedLinks(_ t: Strings) -> HTML {
        """
        <nav class="related-links" aria-label="\(t.activityIndex.relatedLabel)">
        <ul class="link-list">
        \(related.map { link -> HTML in "<li><a href=\"\(link.href)\">\(link.name)</a></li>\n" })\
        </ul>
        </nav>

        """
    }

    /// Links to narrower lists; an empty one is no link.
    private func narrowingLinks(_ t: Strings) -> HTML {
        """
        <nav class="narrowing" aria-labelledby="rubrik_avgransa">
        <h2 id="rubrik_avgransa">\(t.activityIndex.narrowHeading)</h2>
        \(narrowing.map { narrowingList($0, t) })\
        \(organisations.map { organisationLinks($0, t) })\
        </nav>

        """
    }

    private func narrowingList(_ narrowing: Narrowing, _ t: Strings) -> HTML {
        """
        <h3>\(narrowing.heading)</h3>
        <ul class="narrow-list">
        \(narrowing.links.map { link -> HTML in
            if link.count == 0 {
                return "<li>\(link.name) <span class=\"item-meta\">\(t.count.activities(link.count))</span></li>\n"
            }
            return "<li><a href=\"\(link.href)\">\(link.name)</a> <span class=\"item-meta\">\(t.count.activities(link.count))</span></li>\n"
        })\
        </ul>

        """
    }

    /// The whole list's links by organisation, folded away: there are many.
    private func organisationLinks(_ links: [NarrowLink], _ t: Strings) -> HTML {
        """
        <details class="narrow-more">
        <summary>\(t.activityIndex.byOrganisation) (\(links.count))</summary>
        <ul class="narrow-list">
        \(links.map { link -> HTML in
            "<li><a href=\"\(link.href)\">\(link.name)</a> <span class=\"item-meta\">\(t.count.activities(link.count))</span></li>\n"
        })\
        </ul>
        </details>

        """
    }
}

extension ActivityIndexPage.Filter {
    /// The form the script shows to filter the whole list in place.
    func html(_ t: Strings) -> HTML {
        """
        <form class="activity-filter" id="aktivitetsfilter" hidden>
        <h2>\(t.activityIndex.filterHeading)</h2>
        <div class="filter-fields">
        <div class="field"><label for="filter-lan">\(t.activityIndex.county)</label>
        <select id="filter-lan" name="lan"><option value="">\(t.activityIndex.anyCounty)</option>
        \(options(counties))\
        </select></div>
        <div class="field"><label for="filter-tema">\(t.activityIndex.theme)</label>
        <select id="filter-tema" name="tema"><option value="">\(t.activityIndex.anyTheme)</option>
        \(options(themes))\
        </select></div>
        <div class="field"><label for="filter-organisation">\(t.activityIndex.organisation)</label>
        <select id="filter-organisation" name="organisation"><option value="">\(t.activityIndex.anyOrganisation)</option>
        \(options(organisations))\
        </select></div>
        \(if: !statuses.isEmpty, statusField(t))\
        <div class="field"><button type="reset">\(t.activityIndex.reset)</button></div>
        </div>
        <p id="filterstatus" class="filter-status" role="status" data-text="\(t.activityIndex.status)"></p>
        </form>

        """
    }

    private func statusField(_ t: Strings) -> HTML {
        """
        <div class="field"><label for="filter-status">\(t.activityIndex.followUpStatus)</label>
        <select id="filter-status" name="status"><option value="">\(t.activityIndex.anyStatus)</option>
        \(options(statuses))\
        </select></div>

        """
    }

    private func options(_ options: [ActivityIndexPage.Option]) -> [HTML] {
        options.map { option in "<option value=\"\(option.value)\">\(option.name)</option>\n" }
    }
}
