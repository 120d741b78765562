import Catalog
import Foundation
import InterfaceText
import PlanModel
import PlanParser
@testable import Render
import Site
import ViewModel
import Testing
import ViewModel

/// The pages joined across counties, on the real content: organisations, themes, the
/// comparison, periods, the merged glossary, the activity index and search.
@Suite struct HTMLCatalogPagesTests {
    /// The real site's pages: every plan with the catalogue, and the site pages with it.
    static func site() throws -> (files: [OutputFile], catalog: Catalog, content: LoadedContent) {
        let real = try HTMLFixtures.realSite()
        let renderer = try HTMLFixtures.renderer()
        var files: [OutputFile] = []
        for plan in real.content.plans {
            let county = try #require(real.content.counties.first { $0.slug == plan.countySlug })
            files += try renderer.planPages(plan, county: county, formats: [], preview: false, catalog: real.catalog)
        }
        files += try renderer.sitePages(counties: real.content.counties, plans: real.content.plans,
                                        catalog: real.catalog, preview: false)
        return (files, real.catalog, real.content)
    }

    /// The site-root address of every link on the page (fragment kept).
    static func links(_ html: String, from page: String) -> [String] {
        HTMLScan.attributeValues("href", in: html).compactMap { link in
            if link.hasPrefix("#") { return page + link }
            if link.contains("://") || link.hasPrefix("mailto:") || link.hasPrefix("tel:") { return nil }
            let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let target = HTMLSitePagesTests.resolve(String(parts[0]), from: page)
            return parts.count == 2 ? target + "#" + parts[1] : target
        }
    }

    /// Home → organisations → Arbetsförmedlingen in two clicks, and its page shows what it does
    /// in each of the four counties, each area linking its place in the plan; its activities are
    /// one link away, on the activity index narrowed by it, and not repeated here.
    @Test func arbetsformedlingenIsTwoClicksFromHome() throws {
        let (files, catalog, _) = try Self.site()
        let home = try HTMLFixtures.page(files, "index.html")
        #expect(Self.links(home, from: "index.html").contains("organisationer/index.html"))
        let index = try HTMLFixtures.page(files, "organisationer/index.html")
        #expect(index.contains("<h2 id=\"grupp-myndigheter\">Statliga myndigheter"))
        #expect(Self.links(index, from: "organisationer/index.html").contains("organisationer/arbetsformedlingen/index.html"))

        let page = try HTMLFixtures.page(files, "organisationer/arbetsformedlingen/index.html")
        #expect(page.contains("<h1>Arbetsförmedlingen</h1>"))
        #expect(page.contains("<a href=\"https://arbetsformedlingen.se/\">"))
        let involvement = try #require(catalog.involvement(of: "arbetsformedlingen"))
        #expect(involvement.counties.count == 4)
        for county in catalog.counties {
            #expect(page.contains("<h2 id=\"lan-\(county.slug)\">\(HTMLScan.escape(county.name))</h2>"), "\(county.slug)")
        }
        // Every area it has is linked, to its anchor on the plan page; its activities are not.
        let targets = Set(Self.links(page, from: "organisationer/arbetsformedlingen/index.html"))
        let activityList = SiteAddress.activities(organisation: "arbetsformedlingen")
        #expect(targets.contains(activityList))
        var activityCount = 0
        for county in involvement.counties {
            for plan in county.plans {
                for index in plan.responsibleActivities + plan.partnerActivities {
                    #expect(!targets.contains(SiteAddress.of(catalog.activities[index].target)), "\(SiteAddress.of(catalog.activities[index].target))")
                    activityCount += 1
                }
                for index in plan.responsibleAreas + plan.partnerAreas {
                    #expect(targets.contains(SiteAddress.of(catalog.areas[index].target)), "\(SiteAddress.of(catalog.areas[index].target))")
                }
            }
        }
        // And every anchor it links exists on the plan page.
        for target in targets where target.contains("#") {
            let parts = target.split(separator: "#")
            let plan = try HTMLFixtures.page(files, String(parts[0]))
            #expect(plan.contains("id=\"\(parts[1])\""), "\(target)")
        }
        // The list it links holds every one of its activities, each linking its anchor.
        #expect(activityCount > 0)
        let list = try HTMLFixtures.page(files, activityList)
        let listed = Set(Self.links(list, from: activityList))
        for county in involvement.counties {
            for plan in county.plans {
                for index in plan.responsibleActivities + plan.partnerActivities {
                    #expect(listed.contains(SiteAddress.of(catalog.activities[index].target)))
                }
            }
        }
    }

    @Test func everyOrganisationAndGroupHasItsPage() throws {
        let (files, catalog, _) = try Self.site()
        let paths = Set(files.map(\.path))
        for group in catalog.organisationGroups {
            #expect(paths.contains("organisationer/typ/\(group.kind.rawValue)/index.html"))
            let table = try HTMLFixtures.page(files, "organisationer/typ/\(group.kind.rawValue)/index.html")
            #expect(table.contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\""))
            for id in group.organisationIDs {
                #expect(paths.contains("organisationer/\(id)/index.html"), "\(id)")
                #expect(table.contains("organisationer/\(id)/index.html"), "\(id)")
            }
        }
    }

    /// Every theme page lists its areas from at least two counties, each linked, and links its
    /// activities' lists (the whole theme's and each county's) rather than repeating them.
    @Test func everyThemePageListsAreasFromSeveralCounties() throws {
        let (files, catalog, _) = try Self.site()
        let themesIndex = try HTMLFixtures.page(files, "teman/index.html")
        for entry in catalog.themeEntries {
            let path = "teman/\(entry.themeID)/index.html"
            #expect(Self.links(themesIndex, from: "teman/index.html").contains(path))
            let page = try HTMLFixtures.page(files, path)
            let targets = Set(Self.links(page, from: path))
            var counties: Set<String> = []
            for county in entry.counties {
                for index in county.areaIndices {
                    #expect(targets.contains(SiteAddress.of(catalog.areas[index].target)), "\(entry.themeID): \(SiteAddress.of(catalog.areas[index].target))")
                    counties.insert(catalog.areas[index].countySlug)
                }
                for index in county.activityIndices {
                    #expect(!targets.contains(SiteAddress.of(catalog.activities[index].target)), "\(entry.themeID)")
                }
                if !county.activityIndices.isEmpty {
                    #expect(targets.contains(SiteAddress.activities(county: county.countySlug, theme: entry.themeID)))
                }
            }
            if entry.activityCount > 0 {
                #expect(targets.contains(SiteAddress.activities(theme: entry.themeID)), "\(entry.themeID)")
            }
            #expect(counties.count >= 2, "\(entry.themeID): areas from \(counties)")
        }
    }

    /// Plan pages show their areas' themes by name, linking the theme pages.
    @Test func planPagesLinkTheirThemes() throws {
        let (files, catalog, _) = try Self.site()
        let plan = try #require(catalog.plans.first { $0.key.countySlug == "vasternorrland" })
        let page = try HTMLFixtures.page(files, SiteAddress.of(plan.target))
        for id in plan.themeIDs {
            let theme = try #require(catalog.themes.theme(id: id))
            #expect(page.contains("<a href=\"../../teman/\(id)/index.html\">\(HTMLScan.escape(theme.name))</a>"), "\(id)")
        }
    }

    /// The cells of the comparison count (activity, theme) pairs; headers have scope; the
    /// counties without activity tables are explained.
    @Test func comparisonTableCountsActivityThemePairs() throws {
        let (files, catalog, _) = try Self.site()
        let page = try HTMLFixtures.page(files, "jamforelse/index.html")
        #expect(page.contains("<caption>Aktiviteter och områden per tema och län</caption>"))
        #expect(page.components(separatedBy: "<th scope=\"col\">").count - 1 == catalog.counties.count + 2)
        #expect(page.components(separatedBy: "<th scope=\"row\">").count - 1 == catalog.themes.themes.count + 1)
        let body = try #require(page.range(of: "<tbody>").flatMap { start in
            page.range(of: "</tbody>").map { String(page[start.upperBound..<$0.lowerBound]) }
        })
        var sum = 0
        var rowTotals = 0
        for row in body.components(separatedBy: "<tr>").dropFirst() {
            let cells = row.components(separatedBy: "<td>").dropFirst().map { cell -> Int in
                let text = cell.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
                return Int(text.prefix { $0.isNumber }) ?? -1
            }
            #expect(cells.count == catalog.counties.count + 1)
            sum += cells.dropLast().reduce(0, +)
            rowTotals += cells.last ?? 0
        }
        let pairs = catalog.activities.reduce(0) { $0 + $1.themeIDs.count }
        #expect(sum == pairs && rowTotals == pairs && pairs > 0)
        // Dalarna and Västmanland have areas but no activities: the note says so, from the data.
        #expect(page.contains("Dalarnas län och Västmanlands län har områden men inga aktivitetstabeller"))
        // A cell links the county-and-theme list of activities.
        #expect(page.contains("<a href=\"../aktiviteter/lan/vasternorrland/tema/utbildning/index.html\">"))
    }

    @Test func periodTableSaysWhichPlansWereInForceIn2016() throws {
        let (files, catalog, _) = try Self.site()
        let page = try HTMLFixtures.page(files, "perioder/index.html")
        let start = try #require(page.range(of: "<tr id=\"ar-2016\"><th scope=\"row\">2016</th>"))
        let end = try #require(page.range(of: "</tr>", range: start.upperBound..<page.endIndex))
        let row = String(page[start.upperBound..<end.lowerBound])
        let inForce = catalog.plans(inForce: 2016)
        #expect(inForce.count == 4)
        #expect(row.hasPrefix("<td class=\"number\">4</td>"))
        for plan in catalog.plans {
            let linked = row.contains("href=\"../\(SiteAddress.of(plan.target))\"")
            #expect(linked == inForce.contains { $0.key == plan.key }, "\(plan.key)")
        }
        // The chart is an image with a title and a description, besides the tables.
        #expect(page.contains("role=\"img\" aria-labelledby=\"diagram-titel\" aria-describedby=\"diagram-beskrivning\""))
        #expect(page.contains("<desc id=\"diagram-beskrivning\">") && page.contains("<title id=\"diagram-titel\">"))
    }

    @Test func glossaryHasSFIWithItsDefinitionAndPlan() throws {
        let (files, catalog, _) = try Self.site()
        let page = try HTMLFixtures.page(files, "ordlista/index.html")
        let term = try #require(catalog.glossary.abbreviation("SFI"))
        #expect(term.anchor == "term-sfi")
        let start = try #require(page.range(of: "<dt id=\"term-sfi\">SFI</dt>"))
        let end = try #require(page.range(of: "</div>", range: start.upperBound..<page.endIndex))
        let entry = page[start.upperBound..<end.lowerBound]
        #expect(entry.contains("Svenska för invandrare"))
        let plan = catalog.plans[term.definitions[0].planIndex]
        #expect(entry.contains("<a href=\"../\(SiteAddress.of(plan.target))\">\(HTMLScan.escape(plan.title))</a>"))
        // An abbreviation in a definition leads to its own entry on the page.
        #expect(page.contains("se <a href=\"#term-ekb\">EKB</a>"))
    }

    /// On a plan page, an abbreviation of the glossary links the merged glossary: whole words,
    /// once per section, never inside a link.
    @Test func planPageLinksSFIToTheGlossary() throws {
        let (files, catalog, _) = try Self.site()
        let plan = try #require(catalog.plans.first { $0.key.countySlug == "vasternorrland" })
        let page = try HTMLFixtures.page(files, SiteAddress.of(plan.target))
        #expect(page.contains("<a href=\"../../ordlista/index.html#term-sfi\">SFI</a>"))
        let large = try HTMLFixtures.page(files, SiteAddress.of(plan.target).replacingOccurrences(of: "index.html", with: "storstil/index.html"))
        #expect(large.contains("<a href=\"../../../ordlista/index.html#term-sfi\">SFI</a>"))
        // Dalarna's plan has no glossary of its own, yet its SFI leads to the merged one.
        let dalarna = try HTMLFixtures.page(files, "dalarna/vagen-in-2015-2020/index.html")
        #expect(dalarna.contains("<a href=\"../../ordlista/index.html#term-sfi\">SFI</a> (svenska för invandrare)"))
        #expect(dalarna.contains("yrkesinriktad <a href=\"../../ordlista/index.html#term-sfi\">SFI</a> i Dalarna"))
        // Once per section (a section's own text comes before its first sub-section).
        for html in [page, dalarna] {
            for section in html.components(separatedBy: "<section ") {
                #expect(section.components(separatedBy: "#term-sfi\"").count <= 2)
            }
        }
        for html in [page, large, dalarna] {
            // No link inside a link.
            var depth = 0
            for piece in html.components(separatedBy: "<a ").dropFirst() {
                depth += 1
                #expect(depth == 1, "nested link")
                depth -= piece.components(separatedBy: "</a>").count - 1
            }
        }
    }

    /// The activity pages for a county list exactly that county's activities; the full index
    /// lists them all, with the data the filter script reads.
    @Test func activityIndexPagesListExactlyTheirActivities() throws {
        let (files, catalog, _) = try Self.site()
        func listed(_ path: String) throws -> [String] {
            let html = try HTMLFixtures.page(files, path)
            let list = try #require(html.components(separatedBy: "<div id=\"aktivitetslista\"").last)
            return list.components(separatedBy: "<li").dropFirst().compactMap { item in
                HTMLScan.attributeValues("href", in: String(item.prefix { $0 != "\n" })).first
                    .map { HTMLSitePagesTests.resolve(String($0.split(separator: "#")[0]), from: path)
                        + "#" + $0.split(separator: "#")[1] }
            }
        }
        #expect(try listed("aktiviteter/index.html") == catalog.activities.map { SiteAddress.of($0.target) })
        // The full list carries what the script filters on; the narrowed pages need not.
        let full = try HTMLFixtures.page(files, "aktiviteter/index.html")
        let first = catalog.activities[0]
        #expect(full.contains("<li data-county=\"\(first.countySlug)\" data-themes=\"\(first.themeIDs.joined(separator: " "))\""))
        #expect(full.components(separatedBy: "<li data-county=").count - 1 == catalog.activities.count)
        #expect(!(try HTMLFixtures.page(files, "aktiviteter/lan/vasternorrland/index.html")).contains("data-county="))
        for county in catalog.counties where !county.activityRange.isEmpty {
            let expected = catalog.activities[county.activityRange].map { SiteAddress.of($0.target) }
            #expect(try listed("aktiviteter/lan/\(county.slug)/index.html") == expected, "\(county.slug)")
            #expect(try listed("aktiviteter/lan/\(county.slug)/index.html")
                == catalog.activityIndices(county: county.slug).map { SiteAddress.of(catalog.activities[$0].target) })
        }
        for entry in catalog.themeEntries where entry.activityCount > 0 {
            let expected = catalog.activityIndices(theme: entry.themeID).map { SiteAddress.of(catalog.activities[$0].target) }
            #expect(try listed("aktiviteter/tema/\(entry.themeID)/index.html") == expected, "\(entry.themeID)")
            for county in entry.counties where !county.activityIndices.isEmpty {
                #expect(try listed("aktiviteter/lan/\(county.countySlug)/tema/\(entry.themeID)/index.html")
                    == county.activityIndices.map { SiteAddress.of(catalog.activities[$0].target) })
            }
        }
        #expect(try listed("aktiviteter/organisation/arbetsformedlingen/index.html")
            == catalog.activityIndices(organisation: "arbetsformedlingen").map { SiteAddress.of(catalog.activities[$0].target) })
        // Without the script the narrowed pages are links; the form waits for the script.
        let index = try HTMLFixtures.page(files, "aktiviteter/index.html")
        #expect(index.contains("<form class=\"activity-filter\" id=\"aktivitetsfilter\" hidden>"))
        #expect(index.contains("<script src=\"../assets/aktiviteter.js\" defer></script>"))
        #expect(index.contains("href=\"../aktiviteter/lan/vasternorrland/index.html\""))
        #expect(index.contains("href=\"../aktiviteter/organisation/arbetsformedlingen/index.html\""))
        // The page count stays linear: no county × theme × organisation pages.
        let activityPages = files.filter { $0.path.hasPrefix("aktiviteter/") }.count
        let pairs = catalog.themeEntries.reduce(0) { $0 + $1.counties.filter { !$0.activityIndices.isEmpty }.count }
        #expect(activityPages <= 1 + catalog.counties.count + catalog.themeEntries.count + pairs
            + catalog.organisationGroups.reduce(0) { $0 + $1.organisationIDs.count })
    }

    /// The index the search page reads finds "validering" and "SFI" in the right plans.
    @Test func searchIndexFindsValideringAndSFI() throws {
        let (files, catalog, _) = try Self.site()
        let entries = SearchIndex.entries(catalog, .sv)
        let validering = entries.filter { $0.matches("validering") }
        let centre = try #require(validering.first { $0.title.hasPrefix("Kartlägga förutsättningar för ett regionalt valideringscentrum") })
        #expect(centre.type == .activity && centre.county == "vasternorrland")
        let activity = try #require(catalog.activities.first { $0.text.hasPrefix("Kartlägga förutsättningar för ett regionalt valideringscentrum") })
        #expect(centre.url == SiteAddress.of(activity.target))
        #expect(centre.url.hasPrefix("vasternorrland/handlingsplan-integration-och-etablering-2015-2017/index.html#aktivitet-"))
        // Folded Swedish letters and case find the same.
        #expect(entries.filter { $0.matches("VALIDERING") }.count == validering.count)

        let sfi = entries.filter { $0.matches("SFI") }
        #expect(sfi.contains { $0.type == .term && $0.url == "ordlista/index.html#term-sfi" })
        let plans = Set(sfi.filter { $0.type == .activity }.map { $0.url.split(separator: "#")[0] })
        #expect(plans.contains("vasternorrland/handlingsplan-integration-och-etablering-2015-2017/index.html"))
        #expect(plans.contains("jamtland-harjedalen/regional-strategi-okad-inflyttning-och-forbattrad-integration-2015-2020/index.html"))
        // Every address in the index is a page of the site (fragment aside).
        let paths = Set(files.map(\.path))
        for entry in entries { #expect(paths.contains(String(entry.url.split(separator: "#")[0])), "\(entry.url)") }
    }

    @Test func searchPageWorksWithAndWithoutItsScript() throws {
        let (files, _, _) = try Self.site()
        let page = try HTMLFixtures.page(files, "sok/index.html")
        #expect(page.contains("<form role=\"search\""))
        #expect(page.contains("<label for=\"sokfalt\">Sök efter</label>"))
        #expect(page.contains("<input type=\"search\" id=\"sokfalt\" name=\"q\""))
        #expect(page.contains("aria-live=\"polite\""))
        #expect(page.contains("data-index=\"index.json\""))
        #expect(page.contains("<script src=\"../assets/sok.js\" defer></script>"))
        // Without the script: a message and the indexes.
        #expect(page.contains("Sökningen behöver JavaScript"))
        #expect(page.contains("webbserver"))
        for index in ["organisationer", "teman", "aktiviteter", "ordlista"] {
            #expect(page.contains("href=\"../\(index)/index.html\""), "\(index)")
        }
        let script = try HTMLFixtures.page(files, "assets/sok.js")
        #expect(script.contains("fetch(") && script.contains("normalized") && script.contains("folded"))
        #expect(!script.contains("http://") && !script.contains("https://"))
    }

    /// Every new page is in the menu's reach and the menu marks it.
    @Test func menuLeadsToEveryJoinedPage() throws {
        let (files, _, _) = try Self.site()
        let plan = try HTMLFixtures.page(files, "vasternorrland/handlingsplan-integration-och-etablering-2015-2017/index.html")
        for (path, name) in [("organisationer", "Organisationer"), ("teman", "Teman"), ("jamforelse", "Jämförelse"),
                             ("perioder", "Perioder"), ("ordlista", "Ordlista"), ("aktiviteter", "Aktiviteter"),
                             ("sok", "Sök")] {
            #expect(plan.contains("<li><a href=\"../../\(path)/index.html\">\(name)</a></li>"), "\(path)")
            let page = try HTMLFixtures.page(files, "\(path)/index.html")
            #expect(page.contains("<li><a href=\"../\(path)/index.html\" aria-current=\"page\">\(name)</a></li>"), "\(path)")
        }
    }
}

/// The abbreviation links, on small pieces of cmark-like HTML.
@Suite struct AbbreviationLinkerTests {
    static func glossary() throws -> Glossary {
        let plan = try #require(PlanParser.parsePlan("""
            ---
            title: Ordlista
            kind: handlingsplan
            publisher: Länsstyrelsen
            period: 2016
            ---

            ## Mål: Ett mål

            Text.

            ## Ordlista

            | Term | Förklaring |
            | --- | --- |
            | SFI | Svenska för invandrare. |
            | EKB | Ensamkommande barn. |
            | Anknytning | Inte en förkortning. |
            """, file: "content/testlan/ordlista.md", countySlug: "testlan", slug: "ordlista").value)
        let themes = ThemeVocabulary(themes: [])
        return Catalog.build(plans: [plan], counties: [HTMLFixtures.county],
                             registry: OrganisationRegistry(organisations: []), themes: themes).0.glossary
    }

    /// The linker, with what it finds written out as links (as the templates write them).
    struct Linker {
        var linker: AbbreviationLinker

        mutating func startSection() { linker.startSection() }

        mutating func link(_ html: String) -> String {
            linker.link(html).pieces.map { piece in
                switch piece {
                case .html(let html): html
                case .abbreviation(let text, let target): "<a href=\"" + target + "\">" + text + "</a>"
                case .siteAddress(let address): address
                case .text(let text): text
                case .textTerm(let text, let target): "<a href=\"" + target + "\">" + text + "</a>"
                }
            }.joined()
        }
    }

    static func linker() throws -> Linker {
        Linker(linker: AbbreviationLinker(glossary: try glossary(), target: { "../" + SiteAddress.of($0.target) }))
    }

    @Test func linksWholeWordsOncePerSection() throws {
        var linker = try Self.linker()
        #expect(linker.link("<p>SFI och EKB, sedan SFI igen.</p>")
            == "<p><a href=\"../ordlista/index.html#term-sfi\">SFI</a> och <a href=\"../ordlista/index.html#term-ekb\">EKB</a>, sedan SFI igen.</p>")
        // Already linked in this section.
        #expect(linker.link("<p>SFI</p>") == "<p>SFI</p>")
        linker.startSection()
        #expect(linker.link("<p>SFI-utbildning, SFIX och sfi.</p>")
            == "<p><a href=\"../ordlista/index.html#term-sfi\">SFI</a>-utbildning, SFIX och sfi.</p>")
        linker.startSection()
        #expect(linker.link("<p>ASFI och Anknytning</p>") == "<p>ASFI och Anknytning</p>")
    }

    @Test func leavesTagsLinksCodeAndEntitiesAlone() throws {
        var linker = try Self.linker()
        let inLink = "<p><a href=\"https://example.se/SFI\" title=\"SFI\">om <em>SFI</em></a> &amp; <code>EKB</code></p>"
        #expect(linker.link(inLink) == inLink)
        // After an entity that is punctuation the word starts; next to a letter written as an entity it does not.
        #expect(linker.link("<p>&quot;SFI&quot;</p>") == "<p>&quot;<a href=\"../ordlista/index.html#term-sfi\">SFI</a>&quot;</p>")
        linker.startSection()
        #expect(linker.link("<p>&#196;SFI och SFI&auml;</p>") == "<p>&#196;SFI och SFI&auml;</p>")
        // Raw HTML comments and attributes are never touched.
        linker.startSection()
        #expect(linker.link("<!-- SFI --><img alt=\"SFI\">") == "<!-- SFI --><img alt=\"SFI\">")
    }
}
