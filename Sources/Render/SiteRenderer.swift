import Catalog
import Foundation
import InterfaceText
import Mustache
import PlanModel
import Synchronization
import Templates
import ViewModel

/// The web pages of the site, from the Mustache templates in `templates/`.
///
/// Templates, the strings file and the stylesheet are read once; rendering only reads them, so
/// one renderer serves many threads at once.
public final class SiteRenderer: Sendable {
    let site: SiteConfig
    let templates: HTMLTemplates
    let strings: HTMLStrings
    private let assets: [OutputFile]
    /// The interface text, in Swedish.
    let t = Strings.sv

    /// The frames of the pages, with or without the menu entries to the joined pages.
    func frames(catalog: Bool) -> PageFrames { PageFrames(site: site, strings: t, hasCatalog: catalog) }

    /// Where the accessibility statement lives in the output.
    public static let accessibilityPath = "tillganglighet/index.html"
    /// Where the list of counties lives in the output.
    public static let countiesPath = "lan/index.html"
    public static let notFoundPath = "404.html"

    /// Loads templates/*.mustache and templates/strings.sv.yml (or .json) once. Throws a clear error
    /// naming the template file and line on a template syntax error.
    public init(templatesDirectory: String, site: SiteConfig) throws {
        self.site = site
        let strings = try HTMLStrings.load(directory: templatesDirectory)
        self.strings = strings
        self.templates = try HTMLTemplates(directory: templatesDirectory, strings: strings)
        let assetsFolder = URL(fileURLWithPath: templatesDirectory).appendingPathComponent("assets")
        self.assets = try HTMLFiles.list(assetsFolder, shownAs: "\(templatesDirectory)/assets", extension: nil)
            .map { OutputFile(path: "assets/" + $0.relative, bytes: try HTMLFiles.readBytes($0.url, shown: $0.shown)) }
    }

    /// A plan's files: its alternate formats (when `alternateFormats`, in `OutputFormat.all`'s
    /// order), then its HTML page and large-print page. The formats and the pages' body
    /// (`PlanBody`: ids, abbreviation links, who is responsible) are made side by side, on the
    /// cores that other work leaves free; the two pages are rendered around the body once the
    /// formats' sizes are known.
    public func planFiles(_ plan: Plan, county: County, alternateFormats: Bool, preview: Bool,
                          catalog: Catalog? = nil) throws -> [OutputFile] {
        // Resolved once: the pages and every format show the same values.
        let activities = PlanActivities(plan)
        let input = FormatInput(plan: plan, county: county, site: site, activities: activities, t: t)
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
        let formats = OutputFormat.all.compactMap { format in made.first { $0.format == format } }
        return formats.map(\.file)
            + planPages(plan, county: county, formats: formats, preview: preview, catalog: catalog, body: body!)
    }

    private enum PlanPart {
        case body(PlanBody)
        case format(FormatFile)
    }

    /// The plan's HTML page and its large-print page (PlanAddress.page / PlanAddress.largePrint).
    /// `formats` lists the alternate files already rendered for this plan, linked under
    /// "Alternativa format" in the order given, with the format's name, type and the file's size.
    /// With the `catalog`, the menu leads to the pages joined across counties, area themes link to
    /// their theme pages and glossary abbreviations in the text link to the merged glossary;
    /// without it the page stands alone.
    public func planPages(_ plan: Plan, county: County, formats: [FormatFile], preview: Bool,
                          catalog: Catalog? = nil) throws -> [OutputFile] {
        planPages(plan, county: county, formats: formats, preview: preview, catalog: catalog,
                  body: PlanBody(plan: plan, catalog: catalog))
    }

    /// The two pages around the `body` they share, made once (see `planFiles`). Each page renders
    /// it from its own folder, as the links into the catalogue start there and the two pages
    /// lie at different depths.
    private func planPages(_ plan: Plan, county: County, formats: [FormatFile], preview: Bool,
                           catalog: Catalog?, body: PlanBody) -> [OutputFile] {
        let standardPath = SiteAddress.plan(plan)
        let frames = frames(catalog: catalog != nil)
        let files = formats.map { (label: $0.format.label(t), path: $0.file.path, bytes: $0.file.bytes.count) }
        return [false, true].map { largePrint in
            let path = largePrint ? SiteAddress.largePrint(plan) : standardPath
            var crumbs: [(text: String, target: String?)] = [(county.name, SiteAddress.county(county.slug))]
            if largePrint {
                crumbs += [(plan.title, standardPath), (t.breadcrumbs.largePrint, nil)]
            } else {
                crumbs += [(plan.title, nil)]
            }
            var frame = frames.frame(path: path, language: plan.language, breadcrumbs: crumbs)
            frame.canonical = SiteAddress.canonical(base: site.baseURL, path: standardPath)
            frame.largePrint = largePrint
            frame.draft = preview && plan.isDraft
            let page = PlanPage(frame: frame, plan: plan, county: county, formats: files, body: body)
            return OutputFile(path: path, text: page.html(t).text)
        }
    }

    /// Home page (counties and their plans), the list of counties, one page per county, the
    /// accessibility statement, 404.html, and assets/ (copied from templates/assets/).
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
        let homePage = HomePage(frame: homeFrame, counties: counties, plansByCounty: plansByCounty, preview: preview)
        files.append(OutputFile(path: SiteAddress.home, text: homePage.html(t).text))

        // The list of counties.
        let countiesFrame = frames.frame(path: SiteAddress.counties, current: .counties, breadcrumbs: [(t.menu.counties, nil)])
        let countiesPage = CountiesPage(frame: countiesFrame, counties: counties, plansByCounty: plansByCounty)
        files.append(OutputFile(path: SiteAddress.counties, text: countiesPage.html(t).text))

        // One page per county.
        for county in counties {
            let path = SiteAddress.county(county.slug)
            let frame = frames.frame(path: path, breadcrumbs: [(county.name, nil)])
            let countyPage = CountyPage(frame: frame, county: county, plans: plansByCounty[county.slug] ?? [], preview: preview)
            files.append(OutputFile(path: path, text: countyPage.html(t).text))
        }

        // The accessibility statement.
        let statementFrame = frames.frame(path: SiteAddress.accessibility, current: .accessibility,
                                          breadcrumbs: [(t.statement.title, nil)])
        let statement = AccessibilityPage(frame: statementFrame, statement: site.accessibility, months: t.months)
        files.append(OutputFile(path: SiteAddress.accessibility, text: statement.html(t).text))

        // 404: served for any missing address, so its links start from the base URL when there is one.
        // The stylesheet goes inside the page: the server shows it at any depth, where no
        // relative address to assets/ would hold.
        let notFound = NotFoundPage(frame: frames.frame(path: SiteAddress.notFound, breadcrumbs: []),
                                    baseURL: site.baseURL,
                                    stylesheet: assets.first { $0.path == SiteAddress.stylesheet }
                                        .map { String(decoding: $0.bytes, as: UTF8.self) })
        files.append(OutputFile(path: SiteAddress.notFound, text: notFound.html(t).text))
        return files
    }

    // MARK: - Page data

    /// What every page has: texts, the way back to the root, the menu, breadcrumbs, the footer.
    /// `catalog` tells whether the pages joined across counties exist, so that the menu leads to them.
    func page(path: String, language: String, breadcrumbs: [(text: String, target: String?)],
              catalog: Bool) -> HTMLContext {
        let contact = site.contact
        let hasContact = [contact.email, contact.phone, contact.address, contact.url]
            .contains { !($0 ?? "").isEmpty }
        let crumbs = breadcrumbs.map { crumb -> HTMLContext in
            ["text": crumb.text, "href": htmlOptional(crumb.target.map { HTMLText.relative(from: path, to: $0) })]
        }
        return [
            "t": strings,
            "lang": language.isEmpty ? "sv" : language,
            "root": HTMLText.rootPrefix(of: path),
            "canonical": htmlOptional(HTMLText.canonical(base: site.baseURL, path: path)),
            "site": ["title": site.title, "publisher": site.publisher] as HTMLContext,
            "contact": hasContact ? [
                "email": htmlOptional(contact.email),
                "emailHref": "mailto:" + (contact.email ?? ""),
                "phone": htmlOptional(contact.phone),
                "phoneHref": HTMLText.telephoneHref(contact.phone ?? ""),
                "address": htmlOptional(contact.address),
                "url": htmlOptional(contact.url),
            ] as HTMLContext : false,
            "hasCatalog": catalog,
            "menuHome": false,
            "menuCounties": false,
            "menuOrganisations": false,
            "menuThemes": false,
            "menuComparison": false,
            "menuPeriods": false,
            "menuGlossary": false,
            "menuActivities": false,
            "menuSearch": false,
            "menuAccessibility": false,
            "scripts": false,
            "breadcrumbs": crumbs,
            "hasBreadcrumbs": !crumbs.isEmpty,
            "largePrint": false,
            "draft": false,
            "inlineStyle": false,
        ]
    }
}
