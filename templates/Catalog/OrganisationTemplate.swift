import Catalog
import InterfaceText
import ViewModel

extension OrganisationPage {
    /// One organisation: what it does in each county and plan, its areas linking their place in
    /// the plan; its activities by link to the index.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: "\(name) – \(t.organisations.title) – \(frame.siteTitle)",
                    description: t.organisation.description(name), main: """
        <h1>\(name)</h1>
        \(facts(t))\
        \(activitiesHref.map { href -> HTML in "<p><a href=\"\(href)\">\(t.organisation.activities)</a></p>\n" })\
        \(if: counties.count > 1, countyLinks(t))\
        \(HTML.joined(counties.map { section($0, t) }, separator: "\n"))
        """)
    }

    private func facts(_ t: Strings) -> HTML {
        let summary = CatalogWords.sentence(t.count.involvement.counties(countyCount)) + ": " + commitments.text(t) + "."
        return """
        <dl class="plan-facts">
        <div><dt>\(t.organisation.kind)</dt><dd>\(kindLabel)</dd></div>
        <div><dt>\(t.organisation.group)</dt><dd><a href="\(groupHref)">\(groupLabel)</a></dd></div>
        <div><dt>\(t.organisation.scope)</dt><dd>\(county ?? t.organisation.national)</dd></div>
        \(short.map { short -> HTML in "<div><dt>\(t.organisation.short)</dt><dd>\(short)</dd></div>\n" })\
        \(web.map { web -> HTML in "<div><dt>\(t.organisation.web)</dt><dd><a href=\"\(web)\">\(web)</a></dd></div>\n" })\
        <div><dt>\(t.organisation.summary)</dt><dd>\(summary)</dd></div>
        \(statusCounts.map { counts -> HTML in "<div><dt>\(t.organisation.status)</dt><dd>\(statusText(counts, t))</dd></div>\n" })\
        </dl>

        """
    }

    /// `Senaste status för organisationens aktiviteter: 12 genomförda och 3 försenade.`, or that
    /// no report has been published: activities without one are not "not started".
    private func statusText(_ counts: StatusCounts, _ t: Strings) -> String {
        counts.followedUp > 0 ? t.organisation.statusSummary(t.statusCounts(counts)) : t.organisation.noFollowUp
    }

    private func countyLinks(_ t: Strings) -> HTML {
        """
        <nav class="jump-links" aria-label="\(t.organisation.countiesLabel)">
        <ul>
        \(counties.map { county -> HTML in "<li><a href=\"#\(county.id)\">\(county.name)</a></li>\n" })\
        </ul>
        </nav>

        """
    }

    private func section(_ county: County, _ t: Strings) -> HTML {
        """
        <section class="county-involvement" aria-labelledby="\(county.id)">
        <h2 id="\(county.id)">\(county.name)</h2>
        <p class="involvement-summary">\(CatalogWords.sentence(county.commitments.text(t))).</p>
        \(county.plans.map { planPart($0, t) })\
        </section>
        """
    }

    private func planPart(_ plan: Plan, _ t: Strings) -> HTML {
        """
        \(plan.plan.html(summary: CatalogWords.sentence(plan.commitments.text(t)), t))\
        \(if: plan.signed, "<p>\(t.organisation.signed)</p>\n")\
        \(plan.lists.map { $0.html(t) })
        """
    }
}
