import Catalog
import InterfaceText

/// The pages of the activity index: every activity on one page, and the same list narrowed by
/// county, by theme, by organisation and by county and theme together, as pages of their own,
/// so that narrowing works with links alone.
///
/// Pages: 1 + counties, themes and organisations that have activities + the (county, theme)
/// pairs that have activities. Each activity is listed on the whole list, its county's page, one
/// page per theme and per organisation it has, and one county-and-theme page per theme: a small
/// factor times the number of activities, never county × theme × organisation. A page lists at
/// most `ListLimit.activities` activities, and makes entries for those alone.
public struct ActivityIndexPages: Sendable {
    /// An organisation that has activities.
    public struct Organisation: Sendable {
        public var id: String
        public var name: String
        /// Its activities, in catalogue order.
        public var activityIndices: [Int]
    }

    /// What a page lists.
    public enum Scope: Sendable {
        case all
        case county(CountyEntry)
        case theme(ThemeEntry)
        case countyAndTheme(ThemeCounty, ThemeEntry)
        case organisation(Organisation)
    }

    private let catalog: Catalog
    private let frames: PageFrames
    private let t: Strings
    /// Organisations with activities, group by group.
    private let organisations: [Organisation]
    private let lines: ActivityIndexLines

    public init(catalog: Catalog, frames: PageFrames, t: Strings) {
        self.catalog = catalog
        self.frames = frames
        self.t = t
        lines = ActivityIndexLines(catalog: catalog, t: t)
        organisations = catalog.organisationGroups.flatMap { group in
            group.organisationIDs.compactMap { id in
                let indices = catalog.activityIndices(organisation: id)
                return indices.isEmpty ? nil : Organisation(id: id, name: catalog.organisation(id: id)?.name ?? id,
                                                            activityIndices: indices)
            }
        }
    }

    /// Every page, in the pages' fixed order: the whole list, by county, by theme each followed
    /// by the theme in each county, by organisation.
    public var scopes: [Scope] {
        var scopes: [Scope] = [.all]
        scopes += catalog.counties.filter { !$0.joinedActivityRange.isEmpty }.map { .county($0) }
        for entry in catalog.themeEntries where entry.activityCount > 0 {
            scopes.append(.theme(entry))
            scopes += entry.counties.filter { !$0.activityIndices.isEmpty }.map { .countyAndTheme($0, entry) }
        }
        scopes += organisations.map { .organisation($0) }
        return scopes
    }

    public func page(_ scope: Scope) -> ActivityIndexPage {
        switch scope {
        case .all: allPage()
        case .county(let county): countyPage(county)
        case .theme(let entry): themePage(entry)
        case .countyAndTheme(let county, let entry): countyAndThemePage(county, entry)
        case .organisation(let organisation): organisationPage(organisation)
        }
    }

    // MARK: - The pages

    /// The whole list, with the filter form.
    private func allPage() -> ActivityIndexPage {
        var frame = frames.frame(path: SiteAddress.activities, current: .activities, breadcrumbs: [(t.activityIndex.title, nil)])
        frame.scripts = ["aktiviteter.js"]
        let counties = catalog.counties.map { county in
            narrowLink(county.name, SiteAddress.activities(county: county.slug), county.joinedActivityRange.count, frame)
        }
        let themes = catalog.themeEntries.map { entry in
            narrowLink(themeName(entry.themeID), SiteAddress.activities(theme: entry.themeID), entry.activityCount, frame)
        }
        let organisationLinks = organisations.map {
            narrowLink($0.name, SiteAddress.activities(organisation: $0.id), $0.activityIndices.count, frame)
        }
        var page = list(frame, title: t.activityIndex.title, description: t.activityIndex.description,
                        indices: catalog.joinedActivityIndices, filterable: true)
        page.narrowing = [Narrowing(heading: t.activityIndex.byCounty, links: counties),
                          Narrowing(heading: t.activityIndex.byTheme, links: themes)]
        page.organisations = organisationLinks.isEmpty ? nil : organisationLinks
        if !page.tooMany {
            page.filter = ActivityIndexPage.Filter(
                counties: catalog.counties.filter { !$0.joinedActivityRange.isEmpty }.map { Option(value: $0.slug, name: $0.name) },
                themes: catalog.themeEntries.filter { $0.activityCount > 0 }.map {
                    Option(value: $0.themeID, name: themeName($0.themeID))
                },
                organisations: organisations.map { Option(value: $0.id, name: $0.name) },
                statuses: statusOptions())
        }
        return page
    }

    /// A county's activities, with links on to the county's themes.
    private func countyPage(_ county: CountyEntry) -> ActivityIndexPage {
        let frame = frames.frame(path: SiteAddress.activities(county: county.slug),
                                 breadcrumbs: [(t.activityIndex.title, SiteAddress.activities), (county.name, nil)])
        let heading = t.activityIndex.countyTitle(county.name)
        let themes = catalog.themeEntries.compactMap { entry -> ActivityIndexPage.NarrowLink? in
            guard let themeCounty = entry.counties.first(where: { $0.countySlug == county.slug }),
                  !themeCounty.activityIndices.isEmpty else { return nil }
            return narrowLink(themeName(entry.themeID), SiteAddress.activities(county: county.slug, theme: entry.themeID),
                              themeCounty.activityIndices.count, frame)
        }
        var page = list(frame, title: heading, description: heading, indices: Array(catalog.joinedActivityIndices(of: county)))
        page.narrowing = themes.isEmpty ? [] : [Narrowing(heading: t.activityIndex.byTheme, links: themes)]
        page.related = [link(t.activityIndex.all, SiteAddress.activities, frame),
                        link(county.name, SiteAddress.county(county.slug), frame)]
        return page
    }

    /// A theme's activities, with links on to the theme in each county.
    private func themePage(_ entry: ThemeEntry) -> ActivityIndexPage {
        let name = themeName(entry.themeID)
        let frame = frames.frame(path: SiteAddress.activities(theme: entry.themeID),
                                 breadcrumbs: [(t.activityIndex.title, SiteAddress.activities), (name, nil)])
        let heading = t.activityIndex.themeTitle(name)
        let counties = entry.counties.filter { !$0.activityIndices.isEmpty }.map { county in
            narrowLink(countyName(county.countySlug), SiteAddress.activities(county: county.countySlug, theme: entry.themeID),
                       county.activityIndices.count, frame)
        }
        var page = list(frame, title: heading, description: heading, indices: entry.counties.flatMap(\.activityIndices))
        page.narrowing = counties.isEmpty ? [] : [Narrowing(heading: t.activityIndex.byCounty, links: counties)]
        page.related = [link(t.activityIndex.all, SiteAddress.activities, frame),
                        link(t.activityIndex.themePage(name), SiteAddress.theme(entry.themeID), frame)]
        return page
    }

    /// A theme's activities in one county.
    private func countyAndThemePage(_ county: ThemeCounty, _ entry: ThemeEntry) -> ActivityIndexPage {
        let name = themeName(entry.themeID)
        let countyName = countyName(county.countySlug)
        let frame = frames.frame(path: SiteAddress.activities(county: county.countySlug, theme: entry.themeID), breadcrumbs: [
            (t.activityIndex.title, SiteAddress.activities),
            (countyName, SiteAddress.activities(county: county.countySlug)), (name, nil),
        ])
        let heading = t.activityIndex.countyThemeTitle(countyName, name)
        var page = list(frame, title: heading, description: heading, indices: county.activityIndices)
        page.related = [
            link(t.activityIndex.countyTitle(countyName), SiteAddress.activities(county: county.countySlug), frame),
            link(t.activityIndex.themeTitle(name), SiteAddress.activities(theme: entry.themeID), frame),
            link(t.activityIndex.themePage(name), SiteAddress.theme(entry.themeID), frame),
        ]
        return page
    }

    /// The activities an organisation is responsible for or a partner in.
    private func organisationPage(_ organisation: Organisation) -> ActivityIndexPage {
        let frame = frames.frame(path: SiteAddress.activities(organisation: organisation.id),
                                 breadcrumbs: [(t.activityIndex.title, SiteAddress.activities), (organisation.name, nil)])
        let heading = t.activityIndex.organisationTitle(organisation.name)
        var page = list(frame, title: heading, description: heading, indices: organisation.activityIndices)
        page.related = [link(t.activityIndex.all, SiteAddress.activities, frame),
                        link(t.activityIndex.organisationPage(organisation.name), SiteAddress.organisation(organisation.id), frame)]
        return page
    }

    // MARK: - The list

    private typealias Narrowing = ActivityIndexPage.Narrowing
    private typealias Option = ActivityIndexPage.Option

    /// The page listing `indices` (ascending) by county, then by plan, without links around it.
    /// The whole list (`filterable`) lists nothing when it has too many; a narrowed page lists
    /// the first ones.
    private func list(_ frame: PageFrame, title: String, description: String, indices: [Int],
                      filterable: Bool = false) -> ActivityIndexPage {
        let limit = ListLimit.activities
        let activities = catalog.activities
        let tooMany = filterable && indices.count > limit
        var counties: [ActivityIndexPage.County] = []
        var planCount = 0
        var start = 0
        // Runs of one county, and inside them runs of one plan.
        while start < indices.count {
            let county = activities[indices[start]].countySlug
            var end = start
            var plans: [ActivityIndexPage.Plan] = []
            while end < indices.count, activities[indices[end]].countySlug == county {
                let planIndex = activities[indices[end]].planIndex
                var planEnd = end
                while planEnd < indices.count, activities[indices[planEnd]].planIndex == planIndex { planEnd += 1 }
                let plan = catalog.plans[planIndex]
                let shown = tooMany ? [] : indices[end..<min(planEnd, max(end, limit))]
                plans.append(ActivityIndexPage.Plan(
                    title: plan.title, href: frame.root + SiteAddress.of(plan.target), count: planEnd - end,
                    items: shown.map { item($0, root: frame.root, filterable: filterable) }))
                end = planEnd
            }
            planCount += plans.count
            counties.append(ActivityIndexPage.County(name: countyName(county), count: end - start, plans: plans))
            start = end
        }
        return ActivityIndexPage(
            frame: frame, title: title, description: description, activityCount: indices.count, planCount: planCount,
            related: [], narrowing: [], organisations: nil, filter: nil, tooMany: tooMany,
            shownCount: !tooMany && indices.count > limit ? limit : nil,
            counties: tooMany ? [] : counties)
    }

    /// The activity as the index lists it. Only the whole list, which the script filters,
    /// carries what it filters on.
    private func item(_ index: Int, root: String, filterable: Bool) -> ActivityIndexPage.Item {
        let line = lines[index]
        var facets: ActivityIndexPage.Facets?
        if filterable {
            let activity = catalog.activities[index]
            var organisations = activity.responsible.organisationIDs
            for id in activity.partners.organisationIDs where !organisations.contains(id) { organisations.append(id) }
            facets = ActivityIndexPage.Facets(county: activity.countySlug, themes: activity.themeIDs.joined(separator: " "),
                                              organisations: organisations.joined(separator: " "),
                                              status: catalog.followUpState(index).code)
        }
        return ActivityIndexPage.Item(text: line.text, href: root + line.url, meta: line.meta, facets: facets)
    }

    /// The follow-up states the whole list's activities are in, in `FollowUpState.all` order;
    /// none when they are all in one (nothing to choose between).
    private func statusOptions() -> [Option] {
        var present = Set<FollowUpState>()
        for index in catalog.joinedActivityIndices { present.insert(catalog.followUpState(index)) }
        guard present.count > 1 else { return [] }
        return FollowUpState.all.filter(present.contains).map { Option(value: $0.code, name: t.stateName($0)) }
    }

    // MARK: - Names and links

    private func countyName(_ slug: String) -> String { catalog.county(slug: slug)?.name ?? slug }
    private func themeName(_ id: String) -> String { catalog.themes.theme(id: id)?.name ?? id }

    /// Links inside the lists go from the page's folder up to the root and down to the target.
    private func narrowLink(_ name: String, _ target: String, _ count: Int, _ frame: PageFrame) -> ActivityIndexPage.NarrowLink {
        ActivityIndexPage.NarrowLink(name: name, href: frame.root + target, count: count)
    }

    private func link(_ name: String, _ target: String, _ frame: PageFrame) -> ActivityIndexPage.Link {
        ActivityIndexPage.Link(name: name, href: frame.root + target)
    }
}
