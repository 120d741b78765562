import Catalog
import Foundation
import InterfaceText
import PlanModel
import Synchronization
import Templates
import ViewModel

/// Prints a plan's large-print page, as rendered, to PDF: the bytes, or nil when there is no
/// browser to print with (the build then says so once and leaves the format out).
public typealias PagePrinter = @Sendable (_ largePrintPage: OutputFile, _ pdfPath: String) throws -> [UInt8]?

/// The web pages of the site, through the Swift templates in `templates/`, and the assets.
///
/// Holds nothing that rendering changes, so one renderer serves many threads at once.
public final class SiteRenderer: Sendable {
    let site: SiteConfig
    /// assets/: the built-in files, each replaced by the county's own of the same name, and
    /// the county's other files from content/assets/.
    let assets: [OutputFile]
    /// Whether content/assets/ has `egen.css`, linked from every page after the stylesheet.
    let hasOwnStylesheet: Bool
    /// content/assets/logo.svg or logo.png, shown in the header before the site's title.
    let logo: String?
    /// The interface text, in the site's language (site.yml `language:`, Swedish unless `en`).
    let t: Strings
    /// The plans' lättläst versions, by `EasyRead.planName`.
    let easyReads: [String: EasyRead]

    /// `contentAssets`: the files of content/assets/, by their path under the output root.
    /// `easyReads`: the plans' lättläst versions, at most one per plan.
    public init(site: SiteConfig, contentAssets: [(path: String, bytes: [UInt8])] = [], easyReads: [EasyRead] = []) {
        self.site = site
        self.easyReads = Dictionary(easyReads.map { ($0.planName, $0) }, uniquingKeysWith: { first, _ in first })
        t = Strings.forLanguage(site.language)
        var assets: [String: [UInt8]] = [:]
        for asset in BuiltInAssets.files { assets[asset.path] = asset.bytes }
        for asset in contentAssets { assets[asset.path] = asset.bytes }
        self.assets = assets.keys.sorted().map { OutputFile(path: $0, bytes: assets[$0]!) }
        hasOwnStylesheet = assets[SiteAddress.ownStylesheet] != nil
        logo = SiteAddress.logos.first { assets[$0] != nil }
    }

    /// The built-in stylesheet (or the county's replacement) and the county's own after it, for
    /// a page that carries its styles inside (404.html).
    var inlineStylesheet: String {
        [SiteAddress.stylesheet, SiteAddress.ownStylesheet]
            .compactMap { path in assets.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) } }
            .joined(separator: "\n")
    }

    /// The frames of the pages, with or without the menu entries to the joined pages.
    func frames(catalog: Bool, strings: Strings? = nil) -> PageFrames {
        PageFrames(site: site, strings: strings ?? t, hasCatalog: catalog, ownStylesheet: hasOwnStylesheet, logo: logo)
    }

    /// A plan's or a county page's interface text and the `lang` of its page: English when its
    /// front matter says `language: en` or the site is in English, else the site's. A plan whose
    /// text is in another language than its page keeps that language on its text (`PlanPage.textLanguage`).
    func interface(language: String?) -> (t: Strings, lang: String) {
        let own = language.map(Strings.forLanguage)
        if own?.isEnglish == true || t.isEnglish { return (.en, "en") }
        return (t, language ?? site.language)
    }

    /// A plan's files: its alternate formats (when `alternateFormats`, in `OutputFormat.all`'s
    /// order), then its HTML page and large-print page. The formats and the pages' body
    /// (`PlanBody`: ids, abbreviation links, who is responsible) are made side by side, on the
    /// cores that other work leaves free; the two pages are rendered around the body once the
    /// formats' sizes are known.
    ///
    /// With a `printer` (`build --formats all,pdf`), the large-print page is printed to PDF and
    /// both pages are made again to list the PDF, last, with its size.
    public func planFiles(_ plan: Plan, county: County, alternateFormats: Bool, preview: Bool,
                          catalog: Catalog? = nil, printer: PagePrinter? = nil) throws -> [OutputFile] {
        // Resolved once: the pages and every format show the same values.
        let activities = PlanActivities(plan)
        let input = FormatInput(plan: plan, county: county, site: site, activities: activities,
                                t: interface(language: plan.language).t,
                                versions: PlanVersionList(plan: PlanKey(plan), catalog: catalog))
        // The body first, then the formats that can take longest.
        let started = alternateFormats ? OutputFormat.startOrder : []
        let parts = try Parallel.throwingMap(started.count + 1) { job -> PlanPart in
            guard job > 0 else { return .body(PlanBody(plan: plan, catalog: catalog, activities: activities)) }
            let format = started[job - 1]
            return .format(FormatFile(format: format, file: try format.file(input)))
        }
        var body: PlanBody?
        var made: [FormatFile] = []
        for part in parts {
            switch part {
            case .body(let done): body = done
            case .format(let file): made.append(file)
            }
        }
        var formats = OutputFormat.all.compactMap { format in made.first { $0.format == format } }
        var pages = planPages(plan, county: county, formats: formats, preview: preview, catalog: catalog, body: body!,
                              activities: activities)
        let largePrint = SiteAddress.largePrint(plan)
        let pdfPath = OutputFormat.pdf.address(of: plan)
        if let printer, let page = pages.first(where: { $0.path == largePrint }), let pdf = try printer(page, pdfPath) {
            formats.append(FormatFile(format: .pdf, file: OutputFile(path: pdfPath, bytes: pdf)))
            pages = planPages(plan, county: county, formats: formats, preview: preview, catalog: catalog, body: body!,
                              activities: activities)
        }
        return formats.map(\.file) + pages
    }

    private enum PlanPart {
        case body(PlanBody)
        case format(FormatFile)
    }

    /// The plan's HTML page and its large-print page (SiteAddress.plan / SiteAddress.largePrint).
    /// `formats` lists the alternate files already rendered for this plan, linked under
    /// "Alternativa format" in the order given, with the format's name, type and the file's size.
    /// With the `catalog`, the menu leads to the pages joined across counties, area themes link to
    /// their theme pages and glossary abbreviations in the text link to the merged glossary;
    /// without it the page stands alone.
    public func planPages(_ plan: Plan, county: County, formats: [FormatFile], preview: Bool,
                          catalog: Catalog? = nil) throws -> [OutputFile] {
        let activities = PlanActivities(plan)
        return planPages(plan, county: county, formats: formats, preview: preview, catalog: catalog,
                         body: PlanBody(plan: plan, catalog: catalog, activities: activities), activities: activities)
    }

    /// The two pages around the `body` they share, made once (see `planFiles`), and the plan's
    /// lättläst page when it has one. Each page renders the body from its own folder, as the links
    /// into the catalogue start there and the two pages lie at different depths.
    private func planPages(_ plan: Plan, county: County, formats: [FormatFile], preview: Bool,
                           catalog: Catalog?, body: PlanBody, activities: PlanActivities) -> [OutputFile] {
        let easyRead = easyReads["\(plan.countySlug)/\(plan.slug)"]
        let standardPath = SiteAddress.plan(plan)
        let (t, lang) = interface(language: plan.language)
        let frames = frames(catalog: catalog != nil, strings: t)
        let files = formats.map { (label: $0.format.label(t), path: $0.file.path, bytes: $0.file.bytes.count) }
        let pages = [false, true].map { largePrint in
            let path = largePrint ? SiteAddress.largePrint(plan) : standardPath
            var crumbs: [(text: String, target: String?)] = [(county.name, SiteAddress.county(county.slug))]
            if largePrint {
                crumbs += [(plan.title, standardPath), (t.breadcrumbs.largePrint, nil)]
            } else {
                crumbs += [(plan.title, nil)]
            }
            var frame = frames.frame(path: path, language: lang, breadcrumbs: crumbs)
            frame.canonical = SiteAddress.canonical(base: site.baseURL, path: standardPath)
            frame.largePrint = largePrint
            frame.draft = preview && plan.isDraft
            var page = PlanPage(frame: frame, plan: plan, county: county, formats: files, body: body, catalog: catalog)
            page.easyRead = easyRead.map { _ in EasyReadLink(plan: plan, from: path) }
            page.textLanguage = plan.language == lang ? nil : plan.language
            return OutputFile(path: path, text: page.html(t).text)
        }
        return pages + followUpPage(plan, activities: activities, county: county, frames: frames, t: t, lang: lang)
            + (easyRead.map { [easyReadPage($0, plan: plan, county: county, preview: preview, catalog: catalog)] } ?? [])
    }

    /// The plan's lättläst page (`SiteAddress.easyRead`), in Swedish whatever the plan's language.
    private func easyReadPage(_ easyRead: EasyRead, plan: Plan, county: County, preview: Bool,
                              catalog: Catalog?) -> OutputFile {
        // Lättläst is easy-to-read Swedish: the page around it is Swedish too, on any site.
        let t = Strings.sv
        let path = SiteAddress.easyRead(plan)
        let crumbs: [(text: String, target: String?)] = [
            (county.name, SiteAddress.county(county.slug)), (plan.title, SiteAddress.plan(plan)), (t.easyRead.label, nil),
        ]
        var frame = frames(catalog: catalog != nil, strings: t).frame(path: path, language: "sv", breadcrumbs: crumbs)
        frame.draft = preview && plan.isDraft
        let page = EasyReadPage(frame: frame, easyRead: easyRead, plan: plan, county: county)
        return OutputFile(path: path, text: page.html(t).text)
    }

    /// The plan's follow-up page, when it has follow-ups.
    private func followUpPage(_ plan: Plan, activities: PlanActivities, county: County, frames: PageFrames,
                              t: Strings, lang: String) -> [OutputFile] {
        guard !plan.followUps.isEmpty else { return [] }
        let path = SiteAddress.followUp(plan)
        let frame = frames.frame(path: path, language: lang, breadcrumbs: [
            (county.name, SiteAddress.county(county.slug)), (plan.title, SiteAddress.plan(plan)),
            (t.followUp.link, nil),
        ])
        return [OutputFile(path: path, text: FollowUpPage(frame: frame, plan: plan, activities: activities).html(t).text)]
    }

    /// Home page (counties and their plans), the list of counties, one page per county, the
    /// accessibility statement, 404.html, and assets/ (built in, or the county's own from content/assets/).
    ///
    /// With the `catalog`, also the pages joined across counties, each reachable from the home
    /// page and the menu: organisations (index, one page per group and per organisation), themes,
    /// the comparison of themes and counties, periods, the merged glossary, the activity index
    /// with its narrowed pages, and the search page (its index, sok/index.json, comes from the
    /// catalogue). Without it (the preview builds none) those pages and their links are left out.
    public func sitePages(counties: [County], plans: [Plan], catalog: Catalog?, preview: Bool) throws -> [OutputFile] {
        var files = try ownPages(counties: counties, plans: plans, catalog: catalog, preview: preview)
        if let catalog {
            let pages = Mutex([Int: OutputFile]())
            try HTMLCatalogPages(renderer: self, catalog: catalog).render { index, file in
                pages.withLock { $0[index] = file }
            }
            files += pages.withLock { $0 }.sorted { $0.key < $1.key }.map(\.value)
        }
        return files + assets
    }

    /// `sitePages`, each page handed to `deliver` as soon as it is made (from any thread, in no
    /// particular order), so that a large site's pages need never be in memory all at once.
    public func sitePages(counties: [County], plans: [Plan], catalog: Catalog?, preview: Bool,
                          deliver: @Sendable (OutputFile) throws -> Void) throws {
        for file in try ownPages(counties: counties, plans: plans, catalog: catalog, preview: preview) + assets {
            try deliver(file)
        }
        if let catalog {
            try HTMLCatalogPages(renderer: self, catalog: catalog).render { _, file in try deliver(file) }
        }
    }

    /// The pages that need no catalogue: home, counties, each county, the statement and 404.
    private func ownPages(counties: [County], plans: [Plan], catalog: Catalog?, preview: Bool) throws -> [OutputFile] {
        var files: [OutputFile] = []
        let plansByCounty = Dictionary(grouping: plans, by: \.countySlug)
        let hasCatalog = catalog != nil

        let frames = self.frames(catalog: hasCatalog)

        // Home.
        let homeFrame = frames.frame(path: SiteAddress.home, current: .home, breadcrumbs: [])
        var homePage = HomePage(frame: homeFrame, counties: counties, plansByCounty: plansByCounty, preview: preview)
        homePage.easyReads = counties.flatMap { county in
            (plansByCounty[county.slug] ?? []).filter { easyReads["\(county.slug)/\($0.slug)"] != nil }
                .map { EasyReadLink(plan: $0, from: SiteAddress.home) }
        }
        files.append(OutputFile(path: SiteAddress.home, text: homePage.html(t).text))

        // The list of counties.
        let countiesFrame = frames.frame(path: SiteAddress.counties, current: .counties, breadcrumbs: [(t.menu.counties, nil)])
        let countiesPage = CountiesPage(frame: countiesFrame, counties: counties, plansByCounty: plansByCounty)
        files.append(OutputFile(path: SiteAddress.counties, text: countiesPage.html(t).text))

        // One page per county.
        for county in counties {
            let path = SiteAddress.county(county.slug)
            let (t, lang) = interface(language: county.language)
            let frame = self.frames(catalog: hasCatalog, strings: t).frame(path: path, language: lang, breadcrumbs: [(county.name, nil)])
            let countyPage = CountyPage(frame: frame, county: county, plans: plansByCounty[county.slug] ?? [], preview: preview)
            files.append(OutputFile(path: path, text: countyPage.html(t).text))
        }

        // The accessibility statement.
        let statementFrame = frames.frame(path: SiteAddress.accessibility, current: .accessibility,
                                          breadcrumbs: [(t.statement.title, nil)])
        let statement = AccessibilityPage(frame: statementFrame, statement: site.accessibility, t: t)
        files.append(OutputFile(path: SiteAddress.accessibility, text: statement.html(t).text))

        // 404: served for any missing address, so its links start from the base URL when there is one.
        // The stylesheet goes inside the page: the server shows it at any depth, where no
        // relative address to assets/ would hold.
        let notFound = NotFoundPage(frame: frames.frame(path: SiteAddress.notFound, breadcrumbs: []),
                                    baseURL: site.baseURL,
                                    stylesheet: inlineStylesheet)
        files.append(OutputFile(path: SiteAddress.notFound, text: notFound.html(t).text))
        return files
    }
}
