import InterfaceText
import ViewModel

extension OrganisationsPage {
    /// All organisations across counties, by group, with what each does.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: "\(t.organisations.title) – \(frame.siteTitle)",
                    description: t.organisations.description, main: """
        <h1>\(t.organisations.title)</h1>
        <p class="lead">\(t.organisations.intro)</p>
        <p>\(t.count.organisations(total)).</p>
        <nav class="jump-links" aria-label="\(t.organisations.groupsLabel)">
        <ul>
        \(groups.map { group -> HTML in
            "<li><a href=\"#\(group.id)\">\(group.label)</a> <span class=\"count\">(\(t.count.organisations(group.organisations.count)))</span></li>\n"
        })\
        </ul>
        </nav>
        \(HTML.joined(groups.map { section($0, t) }, separator: "\n"))
        """)
    }

    private func section(_ group: Group, _ t: Strings) -> HTML {
        """
        <section class="group" aria-labelledby="\(group.id)">
        <h2 id="\(group.id)">\(group.label) <span class="count">(\(t.count.organisations(group.organisations.count)))</span></h2>
        <p><a href="\(group.href)">\(t.organisations.groupTable)<span class="visually-hidden">: \(group.label)</span></a></p>
        <ul class="organisation-list">
        \(group.organisations.map { organisation -> HTML in "\(item(organisation, t))\n" })\
        </ul>
        </section>
        """
    }

    private func item(_ organisation: OrganisationSummary, _ t: Strings) -> HTML {
        let counties = CatalogWords.sentence(t.count.involvement.counties(organisation.countyCount))
        return """
        <li><a href="\(organisation.href)">\(organisation.name)</a> \
        <span class="item-meta">\(organisation.county ?? t.organisation.national). \(counties): \(organisation.commitments.text(t)).</span></li>
        """
    }
}

extension OrganisationGroupPage {
    /// One group of organisations (Statliga myndigheter …) as a table of what each does.
    public func html(_ t: Strings) -> HTML {
        let group = t.organisationGroup
        return Layout.page(frame, t, title: "\(group.pageTitle(label)) – \(t.organisations.title) – \(frame.siteTitle)",
                           description: group.description(label), main: """
        <h1>\(group.title(label))</h1>
        <p class="lead">\(group.intro)</p>
        <p>\(t.count.organisations(organisations.count)).</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label="\(group.regionLabel(label))">
        <table class="numbers">
        <caption>\(group.caption(label))</caption>
        <thead>
        <tr><th scope="col">\(group.organisation)</th><th scope="col">\(group.scope)</th>\
        <th scope="col">\(group.counties)</th><th scope="col">\(group.responsibleActivities)</th>\
        <th scope="col">\(group.partnerActivities)</th><th scope="col">\(group.responsibleAreas)</th>\
        <th scope="col">\(group.partnerAreas)</th><th scope="col">\(group.signedPlans)</th></tr>
        </thead>
        <tbody>
        \(organisations.map { organisation -> HTML in "\(row(organisation, t))\n" })\
        </tbody>
        </table>
        </div>
        """)
    }

    private func row(_ organisation: OrganisationSummary, _ t: Strings) -> HTML {
        let counts = organisation.commitments
        return """
        <tr><th scope="row"><a href="\(organisation.href)">\(organisation.name)</a></th>\
        <td>\(organisation.county ?? t.organisation.national)</td>\
        <td class="number">\(organisation.countyCount)</td>\
        <td class="number">\(counts.responsibleActivities)</td><td class="number">\(counts.partnerActivities)</td>\
        <td class="number">\(counts.responsibleAreas)</td><td class="number">\(counts.partnerAreas)</td>\
        <td class="number">\(counts.signedPlans)</td></tr>
        """
    }
}
