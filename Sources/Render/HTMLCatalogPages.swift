import Catalog
import InterfaceText
import Templates
import ViewModel
import Foundation
import PlanModel
import Synchronization

/// The pages joined across counties, from the catalogue's indexes: every list is a slice or a
/// lookup, so the work grows with the content (activities × their themes and organisations),
/// never with plans × organisations.
///
/// Links inside lists use addresses relative to the site root after the page's way back to
/// the root, so one item's data serves every page that lists it.
struct HTMLCatalogPages: Sendable {
    let renderer: SiteRenderer
    let catalog: Catalog

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
            jobs = organisationJobs() + themeJobs() + versionJobs()
            jobs.append { [self] in comparisonPage() }
            jobs.append { [self] in periodsPage() }
            jobs.append { [self] in glossaryPage() }
            jobs.append { [self] in followUpOverviewPage() }
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

    func countyName(_ slug: String) -> String { catalog.county(slug: slug)?.name ?? slug }
    func themeName(_ id: String) -> String { catalog.themes.theme(id: id)?.name ?? id }

    /// `Länsstyrelsen Västernorrland` as the organisation page names it, or the id when unknown.
    func organisationName(_ id: String) -> String { catalog.organisation(id: id)?.name ?? id }

    // MARK: - Organisations

    func organisationJobs() -> [Job] {
        var jobs: [Job] = []
        let title = t.organisations.title

        // The index: every group with its organisations.
        jobs.append { [self] in
            let path = SiteAddress.organisations
            let frame = frames.frame(path: path, current: .organisations, breadcrumbs: [(title, nil)])
            return OutputFile(path: path, text: OrganisationsPage(frame: frame, catalog: catalog, t: t).html(t).text)
        }

        // One page per group, as a table.
        for group in catalog.organisationGroups {
            jobs.append { [self] in
                let path = SiteAddress.organisationGroup(group.kind)
                let name = t.organisationGroupName(group.kind)
                let frame = frames.frame(path: path, breadcrumbs: [(title, SiteAddress.organisations), (name, nil)])
                let page = OrganisationGroupPage(frame: frame, group: group, catalog: catalog, t: t)
                return OutputFile(path: path, text: page.html(t).text)
            }
        }

        // One page per organisation.
        for group in catalog.organisationGroups {
            for id in group.organisationIDs {
                guard let organisation = catalog.organisation(id: id), let involvement = catalog.involvement(of: id)
                else { continue }
                jobs.append { [self] in
                    let path = SiteAddress.organisation(id)
                    let frame = frames.frame(path: path, breadcrumbs: [
                        (title, SiteAddress.organisations),
                        (t.organisationGroupName(group.kind), SiteAddress.organisationGroup(group.kind)),
                        (organisation.name, nil),
                    ])
                    let page = OrganisationPage(frame: frame, organisation: organisation, involvement: involvement,
                                                group: group, catalog: catalog, t: t)
                    return OutputFile(path: path, text: page.html(t).text)
                }
            }
        }
        return jobs
    }

    // MARK: - Themes

    func themeJobs() -> [Job] {
        var jobs: [Job] = []
        let title = t.themes.title
        jobs.append { [self] in
            let path = SiteAddress.themes
            let frame = frames.frame(path: path, current: .themes, breadcrumbs: [(title, nil)])
            return OutputFile(path: path, text: ThemesPage(frame: frame, catalog: catalog).html(t).text)
        }
        for entry in catalog.themeEntries {
            guard let theme = catalog.themes.theme(id: entry.themeID) else { continue }
            jobs.append { [self] in
                let path = SiteAddress.theme(theme.id)
                let frame = frames.frame(path: path, breadcrumbs: [(title, SiteAddress.themes), (theme.name, nil)])
                return OutputFile(path: path, text: ThemePage(frame: frame, theme: theme, entry: entry, catalog: catalog).html(t).text)
            }
        }
        return jobs
    }

    // MARK: - Comparison

    func comparisonPage() -> OutputFile {
        let path = SiteAddress.comparison
        let frame = frames.frame(path: path, current: .comparison, breadcrumbs: [(t.comparison.title, nil)])
        return OutputFile(path: path, text: ComparisonPage(frame: frame, catalog: catalog).html(t).text)
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
        var linker = AbbreviationLinker(glossary: catalog.glossary) { "#" + $0.anchor }
        let page = GlossaryPage(frame: frame, catalog: catalog) { html, term in
            linker.startSection(excluding: term)
            return linker.link(html)
        }
        return OutputFile(path: SiteAddress.glossary, text: page.html(t).text)
    }

    // MARK: - Follow-up

    func followUpOverviewPage() -> OutputFile {
        let path = SiteAddress.followUpOverview
        let frame = frames.frame(path: path, breadcrumbs: [(t.followUps.title, nil)])
        return OutputFile(path: path, text: FollowUpOverviewPage(frame: frame, catalog: catalog).html(t).text)
    }

    // MARK: - Search

    func searchPage() -> OutputFile {
        let frame = frames.frame(path: SiteAddress.search, current: .search, breadcrumbs: [(t.search.title, nil)])
        return OutputFile(path: SiteAddress.search, text: SearchPage(frame: frame, catalog: catalog).html(t).text)
    }
}
