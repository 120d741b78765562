import Foundation
import PlanModel
import Render
import Site
import Testing
import ViewModel

@Suite struct HTMLSitePagesTests {
    /// Every page of the real site: the five plans with their large-print copies, the site pages
    /// and the pages joined across counties.
    static func wholeSite(baseURL: String? = nil, preview: Bool = false) throws -> [OutputFile] {
        let renderer = try HTMLFixtures.renderer(baseURL: baseURL)
        let real = try HTMLFixtures.realSite()
        var files: [OutputFile] = []
        for plan in real.content.plans {
            let county = try #require(real.content.counties.first { $0.slug == plan.countySlug })
            let formats = HTMLFixtures.formats(for: plan)
            files += formats.map(\.file)
            files += try renderer.planPages(plan, county: county, formats: formats, preview: preview, catalog: real.catalog)
        }
        files += try renderer.sitePages(counties: real.content.counties, plans: real.content.plans,
                                        catalog: real.catalog, preview: preview)
        files.append(try renderer.searchIndex(real.catalog))
        return files
    }

    static func htmlPages(_ files: [OutputFile]) -> [OutputFile] { files.filter { $0.path.hasSuffix(".html") } }

    @Test func sitePagesAreWhereTheSiteExpectsThem() throws {
        let real = try HTMLFixtures.realContent()
        let files = try HTMLFixtures.renderer().sitePages(counties: real.counties, plans: real.plans, catalog: nil, preview: false)
        let paths = Set(files.map(\.path))
        let expected: Set<String> = ["index.html", "lan/index.html", "tillganglighet/index.html", "404.html",
                                     "assets/style.css"]
        #expect(expected.isSubset(of: paths))
        for county in real.counties { #expect(paths.contains("\(county.slug)/index.html")) }
        let css = try HTMLFixtures.page(files, "assets/style.css")
        let source = try String(contentsOfFile: HTMLFixtures.templates + "/assets/style.css", encoding: .utf8)
        #expect(css == source)
    }

    /// From the home page every plan is one click away, and its county page too.
    @Test func homePageLinksEveryCountyAndEveryPlan() throws {
        let real = try HTMLFixtures.realContent()
        let files = try HTMLFixtures.renderer().sitePages(counties: real.counties, plans: real.plans, catalog: nil, preview: false)
        let home = try HTMLFixtures.page(files, "index.html")
        let links = Set(HTMLScan.attributeValues("href", in: home))
        for plan in real.plans {
            #expect(links.contains(SiteAddress.plan(plan)), "\(plan.slug)")
            let county = try HTMLFixtures.page(files, SiteAddress.county(plan.countySlug))
            #expect(HTMLScan.attributeValues("href", in: county).contains("\(plan.slug)/index.html"))
            #expect(county.contains(HTMLScan.escape(plan.title)))
        }
        for county in real.counties {
            #expect(links.contains(SiteAddress.county(county.slug)))
            let page = try HTMLFixtures.page(files, SiteAddress.county(county.slug))
            #expect(page.contains(county.descriptionHTML))
            #expect(page.contains("<h1>\(HTMLScan.escape(county.name))</h1>"))
        }
    }

    /// Every page has the landmarks, the skip link first, the menu, breadcrumbs where they belong,
    /// a unique title, a description and the footer link to the accessibility statement.
    @Test func everyPageHasTheCommonFrame() throws {
        let pages = Self.htmlPages(try Self.wholeSite())
        var titles: Set<String> = []
        for page in pages {
            let html = HTMLFixtures.text(page)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\""), "\(page.path)")
            #expect(html.contains("<meta charset=\"utf-8\">"))
            #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
            let description = try #require(HTMLScan.attributeValues("content", in: html).dropFirst().first)
            #expect(!description.isEmpty, "\(page.path): empty description")
            let title = try #require(html.range(of: "<title>").flatMap { start in
                html.range(of: "</title>").map { String(html[start.upperBound..<$0.lowerBound]) }
            })
            #expect(!titles.contains(title), "\(page.path): title \(title) used twice")
            titles.insert(title)
            // The skip link is the first focusable element, and its target is main.
            let body = try #require(html.range(of: "<body>")).upperBound
            let firstLink = try #require(html.range(of: "<a ", range: body..<html.endIndex))
            #expect(html[firstLink.lowerBound...].hasPrefix("<a class=\"skip-link\" href=\"#innehall\">Till innehållet</a>"), "\(page.path)")
            #expect(!html[body..<firstLink.lowerBound].contains("<button") && !html[body..<firstLink.lowerBound].contains("<input"))
            #expect(html.contains("<main id=\"innehall\">"))
            #expect(html.components(separatedBy: "<main").count == 2)
            #expect(html.contains("<nav class=\"site-menu\" aria-label=\"Huvudmeny\">"))
            #expect(html.contains("<header class=\"site-header\">") && html.contains("<footer class=\"site-footer\">"))
            #expect(html.contains("tillganglighet/index.html\">Tillgänglighetsredogörelse</a>"), "\(page.path)")
            #expect(html.contains("mailto:planer@example.se"))
            // Every nav is labelled.
            for nav in html.components(separatedBy: "<nav ").dropFirst() {
                let tag = nav.prefix { $0 != ">" }
                #expect(tag.contains("aria-label=\"") || tag.contains("aria-labelledby=\""), "\(page.path): <nav \(tag)>")
            }
            if page.path != "index.html" && page.path != "404.html" {
                #expect(html.contains("<nav class=\"breadcrumbs\" aria-label=\"Brödsmulor\">"), "\(page.path)")
            }
        }
        let catalog = try HTMLFixtures.realSite().catalog
        let activityPages = 1 + catalog.counties.filter { !$0.activityRange.isEmpty }.count
            + catalog.themeEntries.filter { $0.activityCount > 0 }.count
            + catalog.themeEntries.reduce(0) { $0 + $1.counties.filter { !$0.activityIndices.isEmpty }.count }
            + catalog.organisationGroups.flatMap(\.organisationIDs).filter { !catalog.activityIndices(organisation: $0).isEmpty }.count
        let joined = 1 + catalog.organisationGroups.count + catalog.organisationGroups.flatMap(\.organisationIDs).count
            // The comparison, periods, glossary, search and follow-up pages.
            + 1 + catalog.themeEntries.count + 5 + activityPages
        #expect(pages.count == 5 * 2 + 4 + 4 + joined)
    }

    @Test func menuMarksTheCurrentPage() throws {
        let real = try HTMLFixtures.realContent()
        let files = try HTMLFixtures.renderer().sitePages(counties: real.counties, plans: real.plans, catalog: nil, preview: false)
        #expect(try HTMLFixtures.page(files, "index.html").contains("<a href=\"index.html\" aria-current=\"page\">Start</a>"))
        #expect(try HTMLFixtures.page(files, "lan/index.html").contains("<a href=\"../lan/index.html\" aria-current=\"page\">Län</a>"))
        #expect(try HTMLFixtures.page(files, "tillganglighet/index.html")
            .contains("<a href=\"../tillganglighet/index.html\" aria-current=\"page\">Tillgänglighet</a>"))
        let county = try HTMLFixtures.page(files, "dalarna/index.html")
        #expect(!county.contains("aria-current=\"page\">Start") && county.contains("<span aria-current=\"page\">Dalarnas län</span>"))
    }

    /// Internal links are relative, name a file, and lead to a page of the site; from a nested page
    /// they climb exactly as many folders as the page is deep.
    @Test func internalLinksAreRelativeAndResolve() throws {
        let files = try Self.wholeSite()
        let paths = Set(files.map(\.path))
        for page in Self.htmlPages(files) where page.path != "404.html" {
            let html = HTMLFixtures.text(page)
            let depth = page.path.split(separator: "/").count - 1
            let prefix = String(repeating: "../", count: depth)
            #expect(html.contains("<link rel=\"stylesheet\" href=\"\(prefix)assets/style.css\">"), "\(page.path)")
            #expect(html.contains("<a class=\"site-title\" href=\"\(prefix)index.html\">"), "\(page.path)")
            #expect(html.contains("<li><a href=\"\(prefix)lan/index.html\""), "\(page.path)")
            let links = HTMLScan.attributeValues("href", in: html)
            for link in links {
                if link.hasPrefix("#") || link.hasPrefix("mailto:") || link.hasPrefix("tel:") || link.hasPrefix("https://")
                    || link.hasPrefix("http://") { continue }
                #expect(!link.hasPrefix("/"), "\(page.path): \(link) is not relative")
                #expect(!link.hasSuffix("/") && !link.isEmpty, "\(page.path): \(link) names no file")
                let target = Self.resolve(link.split(separator: "#").first.map(String.init) ?? link, from: page.path)
                #expect(paths.contains(target), "\(page.path): \(link) leads to \(target), which is not in the site")
            }
        }
        // The large-print page is one folder deeper still.
        let large = try HTMLFixtures.page(files, "dalarna/vagen-in-2015-2020/storstil/index.html")
        #expect(large.contains("href=\"../../../assets/style.css\""))
        #expect(large.contains("<li><a href=\"../../index.html\">Dalarnas län</a></li>"))
    }

    static func resolve(_ link: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/") {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }

    /// Nothing is fetched from elsewhere: no external stylesheets or fonts. Only the search page
    /// and the activity index have a script, our own, from assets/; nothing inline.
    @Test func noScriptsAndNothingFromOtherHosts() throws {
        let files = try Self.wholeSite(baseURL: "https://www.example.se/planer/")
        let scripts = ["sok/index.html": "sok.js", "aktiviteter/index.html": "aktiviteter.js"]
        for page in Self.htmlPages(files) {
            let html = HTMLFixtures.text(page)
            let count = html.lowercased().components(separatedBy: "<script").count - 1
            if let script = scripts[page.path] {
                #expect(count == 1 && html.contains("<script src=\"../assets/\(script)\" defer></script>"), "\(page.path)")
            } else {
                #expect(count == 0, "\(page.path)")
            }
            #expect(!html.lowercased().contains("<iframe") && !html.lowercased().contains("<img"), "\(page.path)")
            for line in html.split(separator: "\n") where line.contains("<link ") {
                let href = HTMLScan.attributeValues("href", in: String(line)).first ?? ""
                if line.contains("rel=\"canonical\"") { continue }
                // 404.html names the site's own base URL, so that it works at any address.
                #expect(!href.contains("//") || href.hasPrefix("https://www.example.se/planer/"), "\(page.path): \(line)")
            }
            #expect(!html.contains("style=\""), "\(page.path): inline style")
        }
        for script in scripts.values {
            let source = try HTMLFixtures.page(files, "assets/\(script)")
            #expect(!source.contains("http://") && !source.contains("https://") && !source.contains("import "), "\(script)")
        }
        let css = try HTMLFixtures.page(files, "assets/style.css")
        #expect(!css.contains("@import") && !css.contains("@font-face") && !css.contains("url("))
        #expect(css.contains("@media print") && css.contains("@page { size: A4; margin: 18mm; }"))
        #expect(css.contains("a[href^=\"http\"]::after { content: \" (\" attr(href) \")\""))
        #expect(css.contains(":focus-visible") && css.contains("html.storstil"))
    }

    /// The statement has every fact Digg asks for, from the site's settings.
    @Test func accessibilityStatementHasEveryRequiredFact() throws {
        let files = try HTMLFixtures.renderer().sitePages(counties: [HTMLFixtures.county], plans: [], catalog: nil, preview: false)
        let page = try HTMLFixtures.page(files, "tillganglighet/index.html")
        let required = [
            "<h1>Tillgänglighetsredogörelse</h1>",
            "Testförlaget står bakom webbplatsen Regionala planer.",         // organisation and service
            "delvis förenlig med lagen om tillgänglighet till digital offentlig service",  // compliance
            "<li>Diagrammet saknar textalternativ.</li>",                    // known problems
            "Oskäligt betungande anpassning", "<li>Gamla inskannade bilagor.</li>",  // 12 §
            "Innehåll som inte omfattas av lagen", "<li>PDF-filer från före 2018.</li>",  // 9 §
            "<time datetime=\"2026-01-02\">2 januari 2026</time>",           // assessed
            "<time datetime=\"2026-01-03\">3 januari 2026</time>",           // updated
            "<p>Självskattning.</p>",                                        // method
            "<a href=\"mailto:planer@example.se\">planer@example.se</a>",    // how to report
            "<a href=\"tel:0100000000\">010-000 00 00</a>",
            "<a href=\"https://www.digg.se/tdosanmalan\">",                  // Digg
        ]
        for fact in required { #expect(page.contains(fact), "missing: \(fact)") }
    }

    @Test func notFoundPageLinksFromTheBaseURLWhenThereIsOne() throws {
        let with = try HTMLFixtures.renderer(baseURL: "https://www.example.se/planer")
            .sitePages(counties: [HTMLFixtures.county], plans: [], catalog: nil, preview: false)
        let page = try HTMLFixtures.page(with, "404.html")
        // The stylesheet is inside the page, so it is styled at any depth and any address.
        #expect(page.contains("<style>\n/* PlanPress: the one stylesheet") && !page.contains("rel=\"stylesheet\""))
        #expect(page.contains("<a href=\"https://www.example.se/planer/index.html\">Till startsidan</a>"))
        #expect(!page.contains("rel=\"canonical\""))
        let without = try HTMLFixtures.renderer().sitePages(counties: [HTMLFixtures.county], plans: [], catalog: nil, preview: false)
        #expect(try HTMLFixtures.page(without, "404.html").contains("<a href=\"index.html\">Till startsidan</a>"))
    }

    @Test func wholeSiteIsByteIdenticalFromRunToRun() throws {
        #expect(try Self.wholeSite() == Self.wholeSite())
    }

    /// Headings never skip a level on any page, and each page has one h1.
    @Test func sitePagesHaveAnOutline() throws {
        for page in Self.htmlPages(try Self.wholeSite()) {
            let levels = HTMLScan.headingLevels(in: HTMLFixtures.text(page))
            #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1, "\(page.path)")
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(page.path): h\(previous) then h\(next)")
            }
        }
    }
}

/// A county's own look, from content/assets/: a replaced asset, its own stylesheet and a logo.
@Suite struct ContentAssetTests {
    @Test func aCountysFilesReplaceAndAddToTheBuiltInAssets() throws {
        let renderer = SiteRenderer(site: HTMLFixtures.site(), contentAssets: [
            (path: "assets/sok.js", bytes: Array("// egen\n".utf8)),
            (path: "assets/egen.css", bytes: Array("body { color: #111; }\n".utf8)),
            (path: "assets/logo.svg", bytes: Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)),
        ])
        let plan = try HTMLFixtures.parsedPlan()
        let files = try renderer.sitePages(counties: [HTMLFixtures.county], plans: [plan], catalog: nil, preview: false)
        #expect(try HTMLFixtures.page(files, "assets/sok.js") == "// egen\n")
        #expect(files.contains { $0.path == "assets/aktiviteter.js" })
        let county = try HTMLFixtures.page(files, "\(HTMLFixtures.county.slug)/index.html")
        #expect(county.contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">\n<link rel=\"stylesheet\" href=\"../assets/egen.css\">"))
        #expect(county.contains("<img class=\"site-logo\" src=\"../assets/logo.svg\" alt=\"\">"))
        // 404.html carries its styles inside: the county's own come after the built-in ones.
        let notFound = try HTMLFixtures.page(files, "404.html")
        #expect(notFound.contains("body { color: #111; }\n</style>"))
    }

    @Test func withoutContentAssetsThePagesLinkTheBuiltInStylesheetOnly() throws {
        let files = try HTMLFixtures.renderer().sitePages(counties: [HTMLFixtures.county], plans: [], catalog: nil, preview: false)
        let home = try HTMLFixtures.page(files, "index.html")
        #expect(!home.contains("egen.css"))
        #expect(!home.contains("site-logo"))
    }
}
