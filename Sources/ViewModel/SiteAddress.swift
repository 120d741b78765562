import Foundation
import Catalog
import PlanModel

/// Where every page and file of the site lives, relative to the output root. The one address
/// scheme: templates, formats, the sitemap and the preview all ask here.
public enum SiteAddress {
    public static let home = "index.html"
    public static let counties = "lan/index.html"
    public static let accessibility = "tillganglighet/index.html"
    public static let notFound = "404.html"

    // MARK: A county and its plans

    /// `dalarna/index.html`
    public static func county(_ slug: String) -> String { "\(slug)/index.html" }
    /// `dalarna/vagen-in-2015-2020/`
    public static func planFolder(_ plan: Plan) -> String { "\(plan.countySlug)/\(plan.slug)/" }
    public static func plan(_ plan: Plan) -> String { planFolder(plan) + "index.html" }
    public static func plan(_ key: PlanKey) -> String { "\(key.countySlug)/\(key.planSlug)/index.html" }
    public static func largePrint(_ plan: Plan) -> String { planFolder(plan) + "storstil/index.html" }
    /// The plan's lättläst version: `dalarna/vagen-in-2015-2020/lattlast/index.html`.
    public static func easyRead(_ plan: Plan) -> String { planFolder(plan) + "lattlast/index.html" }
    /// The plan's follow-up page, when it has follow-ups: `dalarna/vagen-in-2015-2020/uppfoljning/index.html`.
    public static func followUp(_ plan: Plan) -> String { followUp(PlanKey(plan)) }
    public static func followUp(_ key: PlanKey) -> String { "\(key.countySlug)/\(key.planSlug)/uppfoljning/index.html" }
    /// A plan's file in another format: `dalarna/vagen-in-2015-2020/vagen-in-2015-2020.epub`.
    public static func planFile(_ plan: Plan, extension fileExtension: String) -> String {
        planFolder(plan) + plan.slug + "." + fileExtension
    }

    /// The page comparing a plan's versions, in the folder of its first version: that address
    /// stays the same however many versions follow. `dalarna/plan-2015/versioner/index.html`
    public static func versions(_ firstVersion: PlanKey) -> String {
        versions(county: firstVersion.countySlug, plan: firstVersion.planSlug)
    }

    public static func versions(county: String, plan: String) -> String { "\(county)/\(plan)/versioner/index.html" }

    // MARK: Pages joined across counties

    public static let organisations = "organisationer/index.html"
    /// `organisationer/typ/myndigheter/index.html`
    public static func organisationGroup(_ kind: OrganisationGroupKind) -> String {
        "organisationer/typ/\(kind.rawValue)/index.html"
    }
    /// `organisationer/arbetsformedlingen/index.html`
    public static func organisation(_ id: String) -> String { "organisationer/\(id)/index.html" }
    public static let themes = "teman/index.html"
    public static func theme(_ id: String) -> String { "teman/\(id)/index.html" }
    public static let comparison = "jamforelse/index.html"
    public static let periods = "perioder/index.html"
    public static let glossary = "ordlista/index.html"
    public static let activities = "aktiviteter/index.html"
    public static func activities(county: String) -> String { "aktiviteter/lan/\(county)/index.html" }
    public static func activities(theme: String) -> String { "aktiviteter/tema/\(theme)/index.html" }
    public static func activities(organisation: String) -> String { "aktiviteter/organisation/\(organisation)/index.html" }
    public static func activities(county: String, theme: String) -> String {
        "aktiviteter/lan/\(county)/tema/\(theme)/index.html"
    }
    public static let search = "sok/index.html"
    /// The follow-up view joined across counties (not a plan's own follow-up page, `followUp`).
    public static let followUpOverview = "uppfoljning/index.html"
    public static let searchIndex = "sok/index.json"

    // MARK: Site-wide files

    /// A file under assets/: the stylesheet, the scripts.
    public static func asset(_ name: String) -> String { "assets/" + name }
    public static let stylesheet = asset("style.css")
    /// A county's own stylesheet in content/assets/, linked after the built-in one.
    public static let ownStylesheet = asset("egen.css")
    /// A county's logo in content/assets/, the first that exists.
    public static let logos = [asset("logo.svg"), asset("logo.png")]
    public static let feed = "planer.atom"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    /// The schema that every plan's JSON file names.
    public static let planSchema = "data/plan.schema.json"
    /// Every plan in one JSON file, and every activity in one CSV file.
    public static let allPlansJSON = "data/planer.json"
    public static let allActivitiesCSV = "data/aktiviteter.csv"
    /// The DCAT-AP-SE catalogue, at the address Sveriges dataportal harvests by default.
    public static let dcat = "datasets/dcat"
    /// Every follow-up entry of every plan, as JSON and as CSV.
    public static let allFollowUpsJSON = "data/uppfoljningar.json"
    public static let allFollowUpsCSV = "data/uppfoljningar.csv"

    /// The first part of every address the site itself has: a county folder of one of these
    /// names would be written over a site section (`lan/index.html` would become that county).
    public static let sectionNames: Set<String> = Set([
        home, counties, accessibility, notFound, organisations, themes, comparison, periods, glossary, activities,
        search, searchIndex, followUpOverview, stylesheet, feed, sitemap, robots, planSchema, allPlansJSON, allActivitiesCSV, dcat,
    ].map { String($0.prefix { $0 != "/" }) })

    /// A catalogue entry's page, with the anchor when the entry is a part of a page.
    public static func of(_ target: CatalogTarget) -> String {
        switch target {
        case .county(let slug): county(slug)
        case .plan(let key): plan(key)
        case .area(let key, let id): plan(key) + "#" + id
        case .activity(let key, let id): plan(key) + "#" + id
        case .organisation(let id): organisation(id)
        case .term(let anchor): glossary + "#" + anchor
        }
    }

    // MARK: From one page to another

    /// `../` once per folder the page lies in: `dalarna/vagen-in/index.html` → `../../`.
    public static func rootPrefix(of page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/", omittingEmptySubsequences: false).count - 1)
    }

    /// The address of `target` as seen from `page`, both relative to the output root.
    public static func relative(from page: String, to target: String) -> String {
        let from = page.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        let to = target.split(separator: "/", omittingEmptySubsequences: false)
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] {
            common += 1
        }
        let ups = String(repeating: "../", count: from.count - common)
        return ups + to[common...].joined(separator: "/")
    }

    /// `https://example.se/planer/` + `dalarna/index.html` → `https://example.se/planer/dalarna/`.
    public static func canonical(base: String?, path: String) -> String? {
        guard let root = absoluteRoot(base: base) else { return nil }
        var path = path
        if path == "index.html" {
            path = ""
        } else if path.hasSuffix("/index.html") {
            path = String(path.dropLast("index.html".count))
        }
        return root + path
    }

    /// An address in the sitemap, the feed or robots.txt: absolute and without `index.html` under
    /// a base URL (placed before the path as site.yml writes it, unlike `canonical`); otherwise
    /// the path itself, which also works when the site is opened from disk.
    public static func published(_ path: String, base: String?) -> String {
        guard let base else { return path }
        return base + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
    }

    /// The address of the site root for pages served from anywhere (404.html): the base URL when
    /// there is one.
    public static func absoluteRoot(base: String?) -> String? {
        guard var base = base?.trimmingCharacters(in: .whitespaces), !base.isEmpty else { return nil }
        if !base.hasSuffix("/") { base += "/" }
        return base
    }
}
