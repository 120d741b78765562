import Catalog
import InterfaceText
import Templates
import ViewModel
import Foundation
import PlanModel
import Synchronization

/// Where the pages joined across counties live in the output, relative to the site root.
enum HTMLCatalogAddress {
    static let organisations = "organisationer/index.html"
    /// `organisationer/typ/myndigheter/index.html`
    static func organisationGroup(_ kind: OrganisationGroupKind) -> String { "organisationer/typ/\(kind.rawValue)/index.html" }
    static func organisation(_ id: String) -> String { CatalogAddress.organisation(id) }
    static let themes = "teman/index.html"
    static func theme(_ id: String) -> String { "teman/\(id)/index.html" }
    static let comparison = "jamforelse/index.html"
    static let periods = "perioder/index.html"
    static let glossary = CatalogAddress.glossaryPage
    static let activities = "aktiviteter/index.html"
    static func activities(county: String) -> String { "aktiviteter/lan/\(county)/index.html" }
    static func activities(theme: String) -> String { "aktiviteter/tema/\(theme)/index.html" }
    static func activities(organisation: String) -> String { "aktiviteter/organisation/\(organisation)/index.html" }
    static func activities(county: String, theme: String) -> String { "aktiviteter/lan/\(county)/tema/\(theme)/index.html" }
    static let search = "sok/index.html"
    /// Written by the site builder from `Catalog.searchIndexJSON()`.
    static let searchIndex = "sok/index.json"
}

extension HTMLStrings {
    /// `1 aktivitet`, `12 aktiviteter`: the text `key.one` or `key.many`, with `{n}` filled in.
    func count(_ key: String, _ number: Int) -> String {
        text(number == 1 ? key + ".one" : key + ".many").replacingOccurrences(of: "{n}", with: String(number))
    }

    /// The text `key` with each `{name}` replaced by its value. Plain text, escaped by the template.
    func fill(_ key: String, _ values: [(String, String)]) -> String {
        var result = text(key)
        for (name, value) in values { result = result.replacingOccurrences(of: "{\(name)}", with: value) }
        return result
    }

    /// `a, b och c`
    func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " " + text("lists.and") + " " + items[items.count - 1]
        }
    }

    /// Texts the catalogue pages look up by name (`HTMLStrings.load` insists on them).
    static let catalogTexts: [String] = {
        let counted = ["activities", "areas", "plans", "organisations", "counties", "themes", "definitions", "terms",
                       "involvement.responsibleActivities", "involvement.partnerActivities",
                       "involvement.responsibleAreas", "involvement.partnerAreas", "involvement.signedPlans",
                       "involvement.counties"]
        return counted.flatMap { ["count.\($0).one", "count.\($0).many"] } + [
            "lists.and", "menu.organisations", "menu.themes", "menu.comparison", "menu.periods", "menu.glossary",
            "menu.activities", "menu.search",
            "organisations.title", "organisation.description", "organisation.national", "organisationGroup.description",
            "organisationGroup.title", "organisationGroup.pageTitle",
            "themes.title", "theme.description", "theme.title",
            "comparison.title", "comparison.zeroNote", "comparison.untaggedNote", "comparison.cellContext",
            "periods.title", "periods.chartTitle", "periods.chartDescription", "periods.chartPlan", "periods.summary",
            "periods.busiest", "periods.chartYearsDescription",
            "glossary.title",
            "activityIndex.title", "activityIndex.countyTitle", "activityIndex.themeTitle",
            "activityIndex.organisationTitle", "activityIndex.countyThemeTitle", "activityIndex.description",
            "activityIndex.status", "activityIndex.tooMany", "lists.limited", "activityIndex.summary", "activityIndex.byCounty", "activityIndex.byTheme",
            "activityIndex.byOrganisation", "activityIndex.all", "activityIndex.themePage", "activityIndex.organisationPage",
            "organisation.inheritedResponsible", "organisation.inheritedPartner", "organisation.responsibleActivities",
            "organisation.partnerActivities", "organisation.responsibleAreas", "organisation.partnerAreas",
            "theme.inherited", "theme.areas", "theme.activities", "comparison.allCounties", "comparison.allThemes",
            "search.title",
            "explore.organisations", "explore.organisationsText", "explore.themes", "explore.themesText",
            "explore.comparison", "explore.comparisonText", "explore.periods", "explore.periodsText",
            "explore.glossary", "explore.glossaryText", "explore.activities", "explore.activitiesText",
            "explore.search", "explore.searchText",
        ]
    }()
}

extension SiteRenderer {
    /// The way into the pages joined across counties, for the home page and the search page.
    func exploreLinks(from path: String) -> [HTMLContext] {
        [
            ("organisations", HTMLCatalogAddress.organisations),
            ("themes", HTMLCatalogAddress.themes),
            ("comparison", HTMLCatalogAddress.comparison),
            ("activities", HTMLCatalogAddress.activities),
            ("periods", HTMLCatalogAddress.periods),
            ("glossary", HTMLCatalogAddress.glossary),
            ("search", HTMLCatalogAddress.search),
        ].map { key, target in
            [
                "name": strings.text("explore.\(key)"),
                "text": strings.text("explore.\(key)Text"),
                "href": HTMLText.relative(from: path, to: target),
            ]
        }
    }
}

/// The pages joined across counties, from the catalogue's indexes: every list is a slice or a
/// lookup, so the work grows with the content (activities × their themes and organisations),
/// never with plans × organisations.
///
/// Links inside lists use addresses relative to the site root after `{{root}}` in the
/// templates, so one item's data serves every page that lists it.
struct HTMLCatalogPages: Sendable {
    let renderer: SiteRenderer
    let catalog: Catalog

    var strings: HTMLStrings { renderer.strings }
    var t: Strings { renderer.t }
    /// The frame of every joined page (their menu leads to each other).
    var frames: PageFrames { renderer.frames(catalog: true) }

    /// Renders one page; jobs run side by side, so each builds its own page data.
    typealias Job = @Sendable () -> OutputFile

    /// Renders every page on all cores (the templates are read-only) and hands each to `deliver`
    /// as soon as it is made, with its place in the pages' fixed order. The first error stops
    /// the rest and is thrown.
    func render(_ deliver: @Sendable (Int, OutputFile) throws -> Void) throws {
        var jobs: [Job] = []
        do {
            let entries = HTMLActivityListEntries(pages: self)
            jobs = organisationJobs(entries) + themeJobs(entries)
            jobs.append { [self] in comparisonPage() }
            jobs.append { [self] in periodsPage() }
            jobs.append { [self] in glossaryPage() }
            try run(jobs, from: 0, deliver)
        }
        let first = jobs.count
        jobs = activityIndexJobs()
        jobs.append { [self] in searchPage() }
        try run(jobs, from: first, deliver)
    }

    /// Runs the jobs on every core, handing each page to `deliver` with its place (`first` on).
    private func run(_ jobs: [Job], from first: Int, _ deliver: @Sendable (Int, OutputFile) throws -> Void) throws {
        try Parallel.forEach(jobs.count) { index in try deliver(first + index, jobs[index]()) }
    }

    // MARK: - Frame

    /// The common page data, with breadcrumbs after Start and the menu item to mark.
    func page(_ path: String, crumbs: [(text: String, target: String?)], menu: String? = nil) -> HTMLContext {
        var context = renderer.page(path: path, language: renderer.site.language,
                                    breadcrumbs: [(strings.text("breadcrumbs.home"), "index.html")] + crumbs,
                                    catalog: true)
        if let menu { context[menu] = true }
        return context
    }

    func render(_ template: String, _ path: String, _ context: HTMLContext) -> OutputFile {
        OutputFile(path: path, text: renderer.templates.render(template, context))
    }

    func countyName(_ slug: String) -> String { catalog.county(slug: slug)?.name ?? slug }
    func countyShortName(_ slug: String) -> String { catalog.county(slug: slug)?.shortName ?? slug }
    func themeName(_ id: String) -> String { catalog.themes.theme(id: id)?.name ?? id }

    func kindName(_ kind: PlanKind) -> String {
        strings.text("kinds." + (kind == .överenskommelse ? "overenskommelse" : kind.rawValue))
    }

    /// `Länsstyrelsen Västernorrland` as the organisation page names it, or the id when unknown.
    func organisationName(_ id: String) -> String { catalog.organisation(id: id)?.name ?? id }

    /// A plan as a heading or list entry: title, address from the root, kind and period.
    func planItem(_ planIndex: Int) -> HTMLContext {
        let plan = catalog.plans[planIndex]
        return [
            "title": plan.title,
            "url": plan.url,
            "kindName": kindName(plan.kind),
            "period": plan.period.description,
            "countyName": catalog.counties[plan.countyIndex].name,
        ]
    }

    /// An activity as a list entry, linking its row on the plan page from a page `root` deep.
    /// `note` marks how it is linked.
    func activityItem(_ index: Int, root: String, note: String? = nil) -> HTMLContext {
        let activity = catalog.activities[index]
        return [
            "text": activity.text,
            "href": root + activity.url,
            "place": htmlOptional(activity.sectionPath.last),
            "note": htmlOptional(note),
        ]
    }

    /// An area as a list entry, linking its section on the plan page from a page `root` deep.
    func areaItem(_ index: Int, root: String, note: String? = nil) -> HTMLContext {
        let area = catalog.areas[index]
        let parent = area.parentAreaIndex.map { catalog.areas[$0].headingText }
        return [
            "text": area.headingText,
            "href": root + area.url,
            "place": htmlOptional(parent),
            "note": htmlOptional(note),
        ]
    }

    /// `ansvarar för 3 aktiviteter, samverkanspart i 2 områden`
    func involvementText(_ counts: InvolvementCounts) -> String {
        [
            ("involvement.responsibleActivities", counts.responsibleActivities),
            ("involvement.partnerActivities", counts.partnerActivities),
            ("involvement.responsibleAreas", counts.responsibleAreas),
            ("involvement.partnerAreas", counts.partnerAreas),
            ("involvement.signedPlans", counts.signedPlans),
        ].filter { $0.1 > 0 }.map { strings.count("count." + $0.0, $0.1) }.joined(separator: ", ")
    }

    /// The text with its first letter in upper case, to stand as a sentence.
    func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// `Nationell` or the county's name.
    func scopeText(_ organisation: Organisation) -> String {
        organisation.scope.countySlug.map(countyName) ?? strings.text("organisation.national")
    }

    // MARK: - Organisations

    /// An organisation as the index and its group's table show it.
    private func organisationEntry(_ id: String) -> HTMLContext? {
        guard let organisation = catalog.organisation(id: id), let involvement = catalog.involvement(of: id) else { return nil }
        return [
            "name": organisation.name,
            "url": HTMLCatalogAddress.organisation(id),
            "scope": scopeText(organisation),
            "counties": sentence(strings.count("count.involvement.counties", involvement.counties.count)),
            "involvement": involvementText(involvement.counts),
            "counts": [
                "responsibleActivities": involvement.counts.responsibleActivities,
                "partnerActivities": involvement.counts.partnerActivities,
                "responsibleAreas": involvement.counts.responsibleAreas,
                "partnerAreas": involvement.counts.partnerAreas,
                "signedPlans": involvement.counts.signedPlans,
                "counties": involvement.counties.count,
            ] as HTMLContext,
        ]
    }

    func organisationJobs(_ entries: HTMLActivityListEntries) -> [Job] {
        var jobs: [Job] = []
        let indexPath = HTMLCatalogAddress.organisations
        let title = strings.text("organisations.title")

        // The index: every group with its organisations.
        jobs.append { [self] in
            var total = 0
            let groups = catalog.organisationGroups.map { group -> HTMLContext in
                let members = group.organisationIDs.compactMap(organisationEntry)
                total += members.count
                return [
                    "id": "grupp-" + group.kind.rawValue,
                    "label": group.label,
                    "url": HTMLCatalogAddress.organisationGroup(group.kind),
                    "count": strings.count("count.organisations", members.count),
                    "organisations": members,
                ]
            }
            var index = page(indexPath, crumbs: [(title, nil)], menu: "menuOrganisations")
            index["groups"] = groups
            index["groupNav"] = groups
            index["total"] = strings.count("count.organisations", total)
            return render("organisations", indexPath, index)
        }

        // One page per group, as a table.
        for group in catalog.organisationGroups {
            jobs.append { [self] in
                let path = HTMLCatalogAddress.organisationGroup(group.kind)
                var context = page(path, crumbs: [(title, indexPath), (group.label, nil)])
                let members = group.organisationIDs.compactMap(organisationEntry)
                context["group"] = [
                    "label": group.label,
                    "count": strings.count("count.organisations", members.count),
                    "organisations": members,
                    "title": strings.fill("organisationGroup.title", [("label", group.label)]),
                    "pageTitle": strings.fill("organisationGroup.pageTitle", [("label", group.label)]),
                    "description": strings.fill("organisationGroup.description", [("label", group.label)]),
                ] as HTMLContext
                return render("organisation-group", path, context)
            }
        }

        // One page per organisation.
        for group in catalog.organisationGroups {
            for id in group.organisationIDs {
                guard let organisation = catalog.organisation(id: id), let involvement = catalog.involvement(of: id)
                else { continue }
                jobs.append { [self] in organisationPage(organisation, involvement, group: group, entries: entries) }
            }
        }
        return jobs
    }

    private func organisationPage(_ organisation: Organisation, _ involvement: OrganisationInvolvement,
                                  group: OrganisationGroup, entries: HTMLActivityListEntries) -> OutputFile {
        let path = HTMLCatalogAddress.organisation(organisation.id)
        var context = page(path, crumbs: [
            (strings.text("organisations.title"), HTMLCatalogAddress.organisations),
            (group.label, HTMLCatalogAddress.organisationGroup(group.kind)),
            (organisation.name, nil),
        ])
        let root = HTMLText.rootPrefix(of: path)
        var activityCount = 0
        var budget = HTMLListBudget()
        let counties = involvement.counties.map { county -> HTMLContext in
            let plans = county.plans.map { plan -> HTMLContext in
                let responsible = budget.take(plan.responsibleActivities).map { entries.asResponsible($0).html(root: root) }
                let partner = budget.take(plan.partnerActivities).map { entries.asPartner($0).html(root: root) }
                activityCount += plan.responsibleActivities.count + plan.partnerActivities.count
                var item = planItem(plan.planIndex)
                item["summary"] = sentence(involvementText(plan.counts))
                item["lists"] = [
                    list("organisation.responsibleActivities", responsible, count: plan.responsibleActivities.count),
                    list("organisation.partnerActivities", partner, count: plan.partnerActivities.count),
                    list("organisation.responsibleAreas", plan.responsibleAreas.map { listEntry(areaItem($0, root: root)) }),
                    list("organisation.partnerAreas", plan.partnerAreas.map { listEntry(areaItem($0, root: root)) }),
                ].compactMap { $0 }
                item["signed"] = plan.signed
                return item
            }
            return [
                "id": "lan-" + county.countySlug,
                "name": countyName(county.countySlug),
                "summary": sentence(involvementText(county.counts)),
                "plans": plans,
            ]
        }
        context["organisation"] = [
            "name": organisation.name,
            "short": htmlOptional(organisation.short),
            "kindName": CatalogMessages.label(organisation.kind),
            "groupLabel": group.label,
            "groupURL": HTMLCatalogAddress.organisationGroup(group.kind),
            "scope": scopeText(organisation),
            "web": htmlOptional(organisation.url),
            "summary": sentence(strings.count("count.involvement.counties", involvement.counties.count)) + ": "
                + involvementText(involvement.counts) + ".",
            "description": strings.fill("organisation.description", [("name", organisation.name)]),
            "activitiesURL": activityCount > 0 ? HTMLCatalogAddress.activities(organisation: organisation.id) as Any : false,
        ] as HTMLContext
        context["counties"] = counties
        context["hasCountyNav"] = involvement.counties.count > 1
        context["limited"] = budget.note(strings)
        return render("organisation", path, context)
    }

    /// A titled list with its count, or nil when it is empty. `count` is the list's whole
    /// length, when the page's limit left some of it out.
    private func list(_ key: String, _ entries: [String], count: Int? = nil) -> HTMLContext? {
        let count = count ?? entries.count
        guard count > 0 else { return nil }
        return ["heading": strings.text(key), "count": count, "itemsHTML": entries.joined(), "hasItems": !entries.isEmpty]
    }

    /// One entry of a list, through `partials/list-item`.
    private func listEntry(_ item: HTMLContext) -> String {
        renderer.templates.render("partials/list-item", item)
    }

    // MARK: - Themes

    func themeJobs(_ listEntries: HTMLActivityListEntries) -> [Job] {
        var jobs: [Job] = []
        let indexPath = HTMLCatalogAddress.themes
        let title = strings.text("themes.title")
        let inheritedNote = strings.text("theme.inherited")

        let entries = catalog.themeEntries.compactMap { entry -> (Theme, ThemeEntry)? in
            catalog.themes.theme(id: entry.themeID).map { ($0, entry) }
        }
        jobs.append { [self] in
            var index = page(indexPath, crumbs: [(title, nil)], menu: "menuThemes")
            index["themes"] = entries.map { theme, entry -> HTMLContext in
                [
                    "name": theme.name,
                    "url": HTMLCatalogAddress.theme(theme.id),
                    "description": htmlOptional(theme.description),
                    "summary": sentence(summary(areas: entry.areaCount, activities: entry.activityCount,
                                                counties: entry.counties.count)),
                ]
            }
            return render("themes", indexPath, index)
        }

        for (theme, entry) in entries {
            jobs.append { [self] in themePage(theme, entry, title: title, indexPath: indexPath, inheritedNote: inheritedNote,
                                           entries: listEntries) }
        }
        return jobs
    }

    private func themePage(_ theme: Theme, _ entry: ThemeEntry, title: String, indexPath: String,
                           inheritedNote: String, entries: HTMLActivityListEntries) -> OutputFile {
        let path = HTMLCatalogAddress.theme(theme.id)
        var context = page(path, crumbs: [(title, indexPath), (theme.name, nil)])
        let root = HTMLText.rootPrefix(of: path)
        var budget = HTMLListBudget()
        let counties = entry.counties.map { county -> HTMLContext in
            let plans = byPlan(areas: county.areaIndices, activities: county.activityIndices).map { group -> HTMLContext in
                var item = planItem(group.plan)
                item["lists"] = [
                    list("theme.areas", group.areas.map {
                        listEntry(areaItem($0, root: root, note: catalog.areas[$0].themesInherited ? inheritedNote : nil))
                    }),
                    list("theme.activities", budget.take(group.activities).map { entries.entry($0).html(root: root) },
                         count: group.activities.count),
                ].compactMap { $0 }
                item["summary"] = sentence(summary(areas: group.areas.count, activities: group.activities.count, counties: nil))
                return item
            }
            return [
                "id": "lan-" + county.countySlug,
                "name": countyName(county.countySlug),
                "summary": sentence(summary(areas: county.areaIndices.count, activities: county.activityIndices.count, counties: nil)),
                "activitiesURL": county.activityIndices.isEmpty ? false as Any
                    : HTMLCatalogAddress.activities(county: county.countySlug, theme: theme.id),
                "plans": plans,
            ]
        }
        context["theme"] = [
            "name": theme.name,
            "description": htmlOptional(theme.description),
            "metaDescription": strings.fill("theme.description", [("name", theme.name)]),
            "title": strings.fill("theme.title", [("name", theme.name)]),
            "summary": sentence(summary(areas: entry.areaCount, activities: entry.activityCount, counties: entry.counties.count)),
            "activitiesURL": HTMLCatalogAddress.activities(theme: theme.id),
            "hasActivities": entry.activityCount > 0,
        ] as HTMLContext
        context["counties"] = counties
        context["hasCountyNav"] = counties.count > 1
        context["hasCounties"] = !counties.isEmpty
        context["limited"] = budget.note(strings)
        return render("theme", path, context)
    }

    /// `4 områden och 12 aktiviteter i 3 län` (the county part when `counties` is given).
    func summary(areas: Int, activities: Int, counties: Int?) -> String {
        let text = strings.list([strings.count("count.areas", areas), strings.count("count.activities", activities)])
        guard let counties else { return text }
        return text + " " + strings.count("count.involvement.counties", counties)
    }

    /// Areas and activities (ascending catalogue indices) grouped by plan, in catalogue order.
    func byPlan(areas: [Int], activities: [Int]) -> [(plan: Int, areas: [Int], activities: [Int])] {
        var groups: [(plan: Int, areas: [Int], activities: [Int])] = []
        var i = 0, j = 0
        while i < areas.count || j < activities.count {
            let areaPlan = i < areas.count ? catalog.areas[areas[i]].planIndex : Int.max
            let activityPlan = j < activities.count ? catalog.activities[activities[j]].planIndex : Int.max
            let plan = min(areaPlan, activityPlan)
            var group = (plan: plan, areas: [Int](), activities: [Int]())
            while i < areas.count, catalog.areas[areas[i]].planIndex == plan { group.areas.append(areas[i]); i += 1 }
            while j < activities.count, catalog.activities[activities[j]].planIndex == plan {
                group.activities.append(activities[j]); j += 1
            }
            groups.append(group)
        }
        return groups
    }

    // MARK: - Comparison

    func comparisonPage() -> OutputFile {
        let path = HTMLCatalogAddress.comparison
        let comparison = catalog.comparison
        var context = page(path, crumbs: [(strings.text("comparison.title"), nil)], menu: "menuComparison")
        // Areas per theme and county, from the theme entries.
        var areaCounts = Array(repeating: Array(repeating: 0, count: comparison.countySlugs.count),
                               count: comparison.themeIDs.count)
        let column = Dictionary(uniqueKeysWithValues: comparison.countySlugs.enumerated().map { ($1, $0) })
        for (row, id) in comparison.themeIDs.enumerated() {
            for county in catalog.themeEntry(id: id)?.counties ?? [] {
                if let c = column[county.countySlug] { areaCounts[row][c] = county.areaIndices.count }
            }
        }
        func cell(activities: Int, areas: Int, url: String?, context: String) -> HTMLContext {
            [
                "activities": strings.count("count.activities", activities),
                "areas": strings.count("count.areas", areas),
                "url": activities > 0 ? url.map { $0 as Any } ?? false : false,
                "context": context,
            ]
        }
        let rows = comparison.themeIDs.enumerated().map { row, id -> HTMLContext in
            let name = themeName(id)
            let cells = comparison.countySlugs.enumerated().map { c, slug in
                cell(activities: comparison.counts[row][c], areas: areaCounts[row][c],
                     url: HTMLCatalogAddress.activities(county: slug, theme: id),
                     context: strings.fill("comparison.cellContext", [("county", countyShortName(slug)), ("theme", name)]))
            }
            return [
                "name": name,
                "url": HTMLCatalogAddress.theme(id),
                "cells": cells,
                "total": cell(activities: comparison.themeTotals[row], areas: areaCounts[row].reduce(0, +),
                              url: HTMLCatalogAddress.activities(theme: id),
                              context: strings.fill("comparison.cellContext", [("county", strings.text("comparison.allCounties")), ("theme", name)])),
            ]
        }
        let totals = comparison.countySlugs.enumerated().map { c, slug in
            cell(activities: comparison.countyTotals[c], areas: areaCounts.reduce(0) { $0 + $1[c] },
                 url: HTMLCatalogAddress.activities(county: slug),
                 context: strings.fill("comparison.cellContext", [("county", countyShortName(slug)), ("theme", strings.text("comparison.allThemes"))]))
        }
        let grand = cell(activities: comparison.total, areas: areaCounts.reduce(0) { $0 + $1.reduce(0, +) },
                         url: HTMLCatalogAddress.activities,
                         context: strings.fill("comparison.cellContext", [("county", strings.text("comparison.allCounties")),
                                                                           ("theme", strings.text("comparison.allThemes"))]))
        // Counties whose plans have areas but no activities at all: their columns are zero.
        let withoutActivities = catalog.counties.filter { county in
            county.activityRange.isEmpty && county.planIndices.contains { !catalog.plans[$0].areaRange.isEmpty }
        }
        let untagged = comparison.untagged.reduce(0, +)
        context["comparison"] = [
            "counties": comparison.countySlugs.map { ["name": countyShortName($0), "url": CatalogAddress.county($0)] as HTMLContext },
            "rows": rows,
            "totals": totals,
            "grandTotal": grand,
            "zeroNote": withoutActivities.isEmpty ? false as Any : strings.fill("comparison.zeroNote", [
                ("counties", strings.list(withoutActivities.map(\.name))),
            ]),
            "untaggedNote": untagged == 0 ? false as Any : strings.fill("comparison.untaggedNote", [
                ("activities", strings.count("count.activities", untagged)),
            ]),
        ] as HTMLContext
        return render("comparison", path, context)
    }

    // MARK: - Periods

    func periodsPage() -> OutputFile {
        let frame = frames.frame(path: SiteAddress.periods, current: .periods, breadcrumbs: [(t.periods.title, nil)])
        let page = PeriodsPage(frame: frame, catalog: catalog, t: t)
        return OutputFile(path: SiteAddress.periods, text: page.html(t).text)
    }

    // MARK: - Glossary

    func glossaryPage() -> OutputFile {
        let frame = frames.frame(path: SiteAddress.glossary, current: .glossary, breadcrumbs: [(t.glossary.title, nil)])
        // Abbreviations in a definition lead to their own entry on the same page.
        var linker = HTMLAbbreviationLinker(glossary: catalog.glossary) { "#" + $0.anchor }
        let page = GlossaryPage(frame: frame, catalog: catalog) { html, term in
            linker.startSection(excluding: term)
            return linker.link(html)
        }
        return OutputFile(path: SiteAddress.glossary, text: page.html(t).text)
    }

    // MARK: - Search

    func searchPage() -> OutputFile {
        let frame = frames.frame(path: SiteAddress.search, current: .search, breadcrumbs: [(t.search.title, nil)])
        return OutputFile(path: SiteAddress.search, text: SearchPage(frame: frame, catalog: catalog).html(t).text)
    }
}
