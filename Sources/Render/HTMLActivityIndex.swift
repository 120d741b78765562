import Catalog
import PlanModel

/// The activity index: every activity on one page, and the same list narrowed by county, by
/// theme, by organisation and by county and theme together, as pages of their own, so that
/// narrowing works with links alone. On the full list a small script of our own
/// (`assets/aktiviteter.js`) narrows in place with select boxes.
///
/// Pages: 1 + counties, themes and organisations that have activities + the (county, theme)
/// pairs that have activities. Each activity is listed on the full page, its county's page, one page
/// per theme and per organisation it has, and one county-and-theme page per theme: a small
/// factor times the number of activities, never county × theme × organisation.
struct HTMLActivityIndex: Sendable {
    let owner: HTMLCatalogPages
    let entries: HTMLActivityIndexEntries

    var catalog: Catalog { owner.catalog }
    var strings: HTMLStrings { owner.strings }

    /// One job per page; `HTMLCatalogPages` runs them side by side.
    func jobs() -> [HTMLCatalogPages.Job] {
        // Each activity's texts once, escaped once, for every page that lists it.
        let organisations: [(id: String, name: String, indices: [Int])] = catalog.organisationGroups.flatMap { group in
            group.organisationIDs.compactMap { id in
                let indices = catalog.activityIndices(organisation: id)
                return indices.isEmpty ? nil : (id, owner.organisationName(id), indices)
            }
        }
        let title = strings.text("activityIndex.title")
        let indexPath = HTMLCatalogAddress.activities
        var jobs: [HTMLCatalogPages.Job] = []

        // The full list, with the filter form.
        jobs.append { [self] in
            let countyLinks = catalog.counties.map { county in
                link(county.name, HTMLCatalogAddress.activities(county: county.slug), county.activityRange.count)
            }
            let themeLinks = catalog.themeEntries.map { entry in
                link(owner.themeName(entry.themeID), HTMLCatalogAddress.activities(theme: entry.themeID), entry.activityCount)
            }
            let organisationLinks = organisations.map {
                link($0.name, HTMLCatalogAddress.activities(organisation: $0.id), $0.indices.count)
            }
            var index = owner.page(indexPath, crumbs: [(title, nil)], menu: "menuActivities")
            index["scripts"] = ["aktiviteter.js"]
            index["activityIndex"] = context(
                path: indexPath, title: title, description: strings.text("activityIndex.description"),
                indices: Array(catalog.activities.indices),
                narrowing: [
                    narrowing("activityIndex.byCounty", countyLinks),
                    narrowing("activityIndex.byTheme", themeLinks),
                ],
                organisations: organisationLinks.isEmpty ? false : [
                    "summary": strings.text("activityIndex.byOrganisation"),
                    "count": organisationLinks.count,
                    "links": organisationLinks,
                ] as HTMLContext,
                related: [],
                filter: [
                    "counties": catalog.counties.filter { !$0.activityRange.isEmpty }.map { option($0.slug, $0.name) },
                    "themes": catalog.themeEntries.filter { $0.activityCount > 0 }.map {
                        option($0.themeID, owner.themeName($0.themeID))
                    },
                    "organisations": organisations.map { option($0.id, $0.name) },
                    "status": strings.text("activityIndex.status"),
                ] as HTMLContext)
            return owner.render("activities", indexPath, index)
        }

        // By county, with links on to the county's themes.
        for county in catalog.counties where !county.activityRange.isEmpty {
            jobs.append { [self] in
                let path = HTMLCatalogAddress.activities(county: county.slug)
                let heading = strings.fill("activityIndex.countyTitle", [("county", county.name)])
                var context = owner.page(path, crumbs: [(title, indexPath), (county.name, nil)])
                let themes = catalog.themeEntries.compactMap { entry -> HTMLContext? in
                    guard let themeCounty = entry.counties.first(where: { $0.countySlug == county.slug }),
                          !themeCounty.activityIndices.isEmpty else { return nil }
                    return link(owner.themeName(entry.themeID),
                                HTMLCatalogAddress.activities(county: county.slug, theme: entry.themeID),
                                themeCounty.activityIndices.count)
                }
                context["activityIndex"] = self.context(
                    path: path, title: heading, description: heading, indices: Array(county.activityRange),
                    narrowing: themes.isEmpty ? [] : [narrowing("activityIndex.byTheme", themes)],
                    organisations: false,
                    related: [link(strings.text("activityIndex.all"), indexPath, nil),
                              link(county.name, CatalogAddress.county(county.slug), nil)],
                    filter: false)
                return owner.render("activities", path, context)
            }
        }

        // By theme, with links on to the theme in each county; and by county and theme.
        for entry in catalog.themeEntries where entry.activityCount > 0 {
            let name = owner.themeName(entry.themeID)
            let counties = entry.counties.filter { !$0.activityIndices.isEmpty }
            jobs.append { [self] in
                let path = HTMLCatalogAddress.activities(theme: entry.themeID)
                let heading = strings.fill("activityIndex.themeTitle", [("theme", name)])
                var context = owner.page(path, crumbs: [(title, indexPath), (name, nil)])
                context["activityIndex"] = self.context(
                    path: path, title: heading, description: heading, indices: entry.counties.flatMap(\.activityIndices),
                    narrowing: counties.isEmpty ? [] : [narrowing("activityIndex.byCounty", counties.map {
                        link(owner.countyName($0.countySlug),
                             HTMLCatalogAddress.activities(county: $0.countySlug, theme: entry.themeID), $0.activityIndices.count)
                    })],
                    organisations: false,
                    related: [link(strings.text("activityIndex.all"), indexPath, nil),
                              link(strings.fill("activityIndex.themePage", [("theme", name)]),
                                   HTMLCatalogAddress.theme(entry.themeID), nil)],
                    filter: false)
                return owner.render("activities", path, context)
            }

            for county in counties {
                jobs.append { [self] in
                    let countyName = owner.countyName(county.countySlug)
                    let path = HTMLCatalogAddress.activities(county: county.countySlug, theme: entry.themeID)
                    let heading = strings.fill("activityIndex.countyThemeTitle", [("county", countyName), ("theme", name)])
                    var context = owner.page(path, crumbs: [
                        (title, indexPath), (countyName, HTMLCatalogAddress.activities(county: county.countySlug)), (name, nil),
                    ])
                    context["activityIndex"] = self.context(
                        path: path, title: heading, description: heading, indices: county.activityIndices,
                        narrowing: [], organisations: false,
                        related: [
                            link(strings.fill("activityIndex.countyTitle", [("county", countyName)]),
                                 HTMLCatalogAddress.activities(county: county.countySlug), nil),
                            link(strings.fill("activityIndex.themeTitle", [("theme", name)]),
                                 HTMLCatalogAddress.activities(theme: entry.themeID), nil),
                            link(strings.fill("activityIndex.themePage", [("theme", name)]),
                                 HTMLCatalogAddress.theme(entry.themeID), nil),
                        ],
                        filter: false)
                    return owner.render("activities", path, context)
                }
            }
        }

        // By organisation.
        for organisation in organisations {
            jobs.append { [self] in
                let path = HTMLCatalogAddress.activities(organisation: organisation.id)
                let heading = strings.fill("activityIndex.organisationTitle", [("organisation", organisation.name)])
                var context = owner.page(path, crumbs: [(title, indexPath), (organisation.name, nil)])
                context["activityIndex"] = self.context(
                    path: path, title: heading, description: heading, indices: organisation.indices,
                    narrowing: [], organisations: false,
                    related: [link(strings.text("activityIndex.all"), indexPath, nil),
                              link(strings.fill("activityIndex.organisationPage", [("organisation", organisation.name)]),
                                   HTMLCatalogAddress.organisation(organisation.id), nil)],
                    filter: false)
                return owner.render("activities", path, context)
            }
        }
        return jobs
    }

    // MARK: - Page data

    private func context(path: String, title: String, description: String, indices: [Int],
                         narrowing: [HTMLContext], organisations: Any, related: [HTMLContext], filter: Any) -> HTMLContext {
        // Runs of one county, and inside them runs of one plan (the indices ascend).
        let root = HTMLText.rootPrefix(of: path)
        let filterable = !(filter is Bool)
        // Past the limit the full list leads to the narrowed pages; these list the first ones.
        let tooMany = filterable && indices.count > HTMLCatalogPages.activityLimit
        var budget = HTMLListBudget()
        var groups: [HTMLContext] = []
        var planCount = 0
        var start = 0
        while start < indices.count {
            let county = catalog.activities[indices[start]].countySlug
            var end = start
            var plans: [HTMLContext] = []
            while end < indices.count, catalog.activities[indices[end]].countySlug == county {
                let plan = catalog.activities[indices[end]].planIndex
                var planEnd = end
                while planEnd < indices.count, catalog.activities[indices[planEnd]].planIndex == plan { planEnd += 1 }
                var item = owner.planItem(plan)
                item["count"] = strings.count("count.activities", planEnd - end)
                // The narrowed pages place each activity as rendered once for all of them; the
                // full list, the only one the script filters, renders its own.
                let shown = tooMany ? [] : budget.take(indices[end..<planEnd])
                item["activitiesHTML"] = shown.map { index in
                    filterable ? owner.renderer.templates.render("partials/activity-index-item",
                                                                 owner.indexItem(index).context(root: root, filterable: true))
                        : entries.entries[index]!.html(root: root)
                }.joined()
                item["hasItems"] = !shown.isEmpty
                plans.append(item)
                end = planEnd
            }
            planCount += plans.count
            groups.append([
                "name": owner.countyName(county),
                "count": strings.count("count.activities", end - start),
                "plans": plans,
            ])
            start = end
        }
        return [
            "title": title,
            "description": description,
            "summary": strings.fill("activityIndex.summary", [
                ("activities", strings.count("count.activities", indices.count)),
                ("plans", strings.count("count.plans", planCount)),
            ]),
            "total": indices.count,
            "hasActivities": !indices.isEmpty,
            "groups": tooMany ? [] : groups,
            "tooMany": tooMany ? strings.fill("activityIndex.tooMany", [
                ("activities", strings.count("count.activities", indices.count)),
            ]) as Any : false,
            "limited": tooMany ? false : budget.note(strings),
            "narrowing": narrowing,
            "hasNarrowing": !narrowing.isEmpty,
            "organisations": organisations,
            "related": related,
            "hasRelated": !related.isEmpty,
            "filter": tooMany ? false : filter,
        ]
    }

    /// One activity as the index lists it: its texts escaped for HTML once (the template places
    /// them with {{{…}}}), and what the script filters on (slugs and ids, plain ASCII).
    struct Item: Sendable {
        var textHTML: String
        var url: String
        var county: String
        var themes: String
        var organisations: String
        var metaHTML: String

        /// The item on a page `root` deep: its link is relative to that page. Only the full list,
        /// which the script filters, carries what it filters on.
        func context(root: String, filterable: Bool) -> HTMLContext {
            ["textHTML": textHTML, "href": root + url, "filterable": filterable, "county": county, "themes": themes,
             "organisations": organisations, "metaHTML": metaHTML]
        }
    }

    private func link(_ name: String, _ url: String, _ count: Int?) -> HTMLContext {
        [
            "name": name,
            "url": url,
            "count": count.map { strings.count("count.activities", $0) as Any } ?? false,
            "isEmpty": count == 0,
        ]
    }

    private func narrowing(_ key: String, _ links: [HTMLContext]) -> HTMLContext {
        ["heading": strings.text(key), "links": links]
    }

    private func option(_ value: String, _ name: String) -> HTMLContext { ["value": value, "name": name] }
}

extension HTMLCatalogPages {
    typealias IndexItem = HTMLActivityIndex.Item

    /// The activity as the activity index lists it.
    func indexItem(_ index: Int) -> IndexItem {
        let activity = catalog.activities[index]
        var meta: [String] = []
        if let place = activity.sectionPath.last { meta.append(place) }
        if !activity.themeIDs.isEmpty {
            let names = activity.themeIDs.map(themeName)
            meta.append((names.count == 1 ? strings.text("area.theme") : strings.text("area.themes")) + ": "
                        + names.joined(separator: ", "))
        }
        if let responsible = activity.responsible.text, !responsible.isEmpty {
            meta.append(strings.text("activities.responsible") + ": " + responsible)
        }
        var organisations = activity.responsible.organisationIDs
        for id in activity.partners.organisationIDs where !organisations.contains(id) { organisations.append(id) }
        return IndexItem(
            textHTML: HTMLText.escape(activity.text),
            url: activity.url,
            county: activity.countySlug,
            themes: activity.themeIDs.joined(separator: " "),
            organisations: organisations.joined(separator: " "),
            metaHTML: HTMLText.escape(meta.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")))
    }
}
