import Foundation
import PlanModel
import Render
import Site
import Testing
import ViewModel

/// The periods page's activities due year by year, on a small made-up site written to a
/// temporary folder: two counties, every kind of `När`, and a follow-up that leaves some due
/// activities unnamed.
@Suite struct PeriodsDueYearsTests {
    static let files: [String: String] = [
        "site.yml": "title: Provplaner\npublisher: Provförlaget\nlanguage: sv\ndate: 2026-12-03\n",
        "organisations.yml": """
            - name: Länsstyrelsen i Alfa län
              kind: länsstyrelse
              scope: alfa
            - name: Länsstyrelsen i Beta län
              kind: länsstyrelse
              scope: beta

            """,
        "themes.yml": "- id: arbete\n  name: Arbete\n  description: Väg till arbete.\n",
        "alfa/_index.md": "---\nname: Alfa län\nshortName: Alfa\n---\n\nEtt påhittat län.\n",
        "beta/_index.md": "---\nname: Beta län\nshortName: Beta\n---\n\nEtt påhittat län.\n",
        "alfa/plan-2016-2018.md": """
            ---
            title: Alfaplanen
            kind: handlingsplan
            publisher: Länsstyrelsen i Alfa län
            period: 2016–2018
            ---

            ## Fokusområde: Med tid

            Tema: arbete

            När: 2018

            | Aktivitet | När |
            | --- | --- |
            | Göra ett. | 2016 |
            | Göra två. | 2016–2017 |
            | Göra tre. | Q3 2016 |
            | Göra fyra. | hösten 2017 |
            | Göra fem. | Löpande |
            | Göra sex. | Årligen |
            | Göra sju. | Under perioden |
            | Göra åtta. | |

            ## Fokusområde: Utan tid

            Tema: arbete

            | Aktivitet | När |
            | --- | --- |
            | Göra nio. | |

            """,
        "alfa/plan-2016-2018.uppfoljning-2017.md": """
            ---
            date: 2017-12-01
            reportedBy: Länsstyrelsen i Alfa län
            ---

            | Aktivitet | Status | Kommentar |
            | --- | --- | --- |
            | aktivitet-1 | Genomförd | Klart. |

            """,
        "beta/plan-2016-2017.md": """
            ---
            title: Betaplanen
            kind: handlingsplan
            publisher: Länsstyrelsen i Beta län
            period: 2016–2017
            ---

            ## Fokusområde: Allt

            Tema: arbete

            | Aktivitet | När |
            | --- | --- |
            | Göra ett i Beta. | 2016 |
            | Göra två i Beta. | |

            """,
    ]

    /// The small site written to a temporary folder and checked.
    static func content() throws -> LoadedContent {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-due-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in files {
            let url = root.appendingPathComponent("content/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let (content, report) = SiteBuilder.check(BuildOptions(contentDirectory: root.appendingPathComponent("content").path))
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.description))")
        return content
    }

    static func periodsPage() throws -> String {
        let content = try content()
        let site = try #require(content.site)
        let pages = try SiteRenderer(site: site).sitePages(counties: content.counties, plans: content.plans,
                                                           catalog: content.catalog, preview: false)
        return HTMLFixtures.text(try #require(pages.first { $0.path == SiteAddress.periods }))
    }

    @Test func eachYearCountsTheActivitiesDueThenPerCountyWithTheAreasTimeWhereAnActivityHasNone() throws {
        let page = try Self.periodsPage()
        #expect(page.contains("<caption>Antal aktiviteter som skulle vara klara, per år och län</caption>"))
        #expect(page.contains("<tr><th scope=\"col\">År</th><th scope=\"col\">Alfa län</th><th scope=\"col\">Beta län</th><th scope=\"col\">Totalt</th><th scope=\"col\">Inte uppföljda</th></tr>"))
        // 2016: ett and tre (Q3) in Alfa, ett in Beta; tre is due and no report names it.
        #expect(page.contains("<tr><th scope=\"row\"><a href=\"#klara-2016\">2016</a></th><td class=\"number\">2</td><td class=\"number\">1</td><td class=\"number\">3</td><td class=\"number\">1</td></tr>"))
        // 2017: två (2016–2017 is due its last year) and fyra (hösten 2017), neither reported.
        #expect(page.contains("<tr><th scope=\"row\"><a href=\"#klara-2017\">2017</a></th><td class=\"number\">2</td><td class=\"number\">0</td><td class=\"number\">2</td><td class=\"number\">2</td></tr>"))
        // 2018: åtta takes its area's När; after the last report, so not yet unreported.
        #expect(page.contains("<tr><th scope=\"row\"><a href=\"#klara-2018\">2018</a></th><td class=\"number\">1</td><td class=\"number\">0</td><td class=\"number\">1</td><td class=\"number\">0</td></tr>"))
        #expect(!page.contains("#klara-2019"))
    }

    @Test func recurringOtherAndMissingTimesAreCountedApartAndSaidInWords() throws {
        let page = try Self.periodsPage()
        #expect(page.contains("<tr><th scope=\"row\">Löpande eller årligen</th><td class=\"number\">2</td><td class=\"number\">0</td><td class=\"number\">2</td><td class=\"number\"></td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">Annan tid</th><td class=\"number\">1</td><td class=\"number\">0</td><td class=\"number\">1</td><td class=\"number\"></td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">Ingen tid</th><td class=\"number\">1</td><td class=\"number\">1</td><td class=\"number\">2</td><td class=\"number\"></td></tr>"))
        #expect(page.contains("<p>Av planernas 11 aktiviteter har 6 en tid med ett visst år. 2 är löpande eller årliga och hör inte till något visst år, 1 har en tid som inte går att läsa som ett år (till exempel ”Under hela perioden”) och 2 har ingen tid.</p>"))
    }

    @Test func eachYearListsItsActivitiesPlanByPlanMarkingThoseNoFollowUpNames() throws {
        let page = try Self.periodsPage()
        #expect(page.contains("<h3 id=\"klara-2016\">Skulle vara klara 2016</h3>"))
        #expect(page.contains("<li><a href=\"../alfa/plan-2016-2018/index.html\">Alfaplanen</a> <span class=\"item-meta\">Alfa län</span>: <a href=\"../alfa/plan-2016-2018/index.html#aktivitet-1\">Aktivitet 1</a>, <a href=\"../alfa/plan-2016-2018/index.html#aktivitet-3\">Aktivitet 3</a> (inte uppföljd)</li>\n<li><a href=\"../beta/plan-2016-2017/index.html\">Betaplanen</a> <span class=\"item-meta\">Beta län</span>: <a href=\"../beta/plan-2016-2017/index.html#aktivitet-1\">Aktivitet 1</a></li>"))
    }

    @Test func pastTheListLimitEachYearGivesEachPlanWithItsCountInsteadOfEveryActivity() throws {
        let catalog = try #require(try Self.content().catalog)
        let listed = DueYears(catalog: catalog, root: "", listLimit: 6)
        #expect(listed.listsActivities && listed.years[0].plans[0].activities.count == 2)
        let counted = DueYears(catalog: catalog, root: "", listLimit: 5)
        #expect(!counted.listsActivities)
        let alfa2016 = counted.years[0].plans[0]
        #expect(alfa2016.activities.isEmpty && alfa2016.count == 2 && alfa2016.notReported == 1)
        #expect(counted.years.map(\.total) == listed.years.map(\.total))
    }
}
