import Foundation
import InterfaceText
import PlanModel
import Render
import Site
import Testing
import ViewModel

/// The follow-up chapter that ends the text edition and the EPUB, on the example county
/// (fictional, `examples/content/`) copied into a temporary folder: the same facts as the
/// follow-up page, from the same `FollowUpSummary`.
@Suite struct FollowUpChapterTests {
    static let followedUp = "handlingsplan-integration-2024-2026"
    static let revised = "handlingsplan-integration-2024-2026-reviderad-2025"

    /// The example content checked from a copy in a temporary folder, and the plan named `slug`
    /// with its formats and pages; `withoutReports` leaves that plan's follow-up reports out of the copy.
    static func example(_ slug: String, withoutReports: Bool = false) throws -> (plan: Plan, files: [OutputFile]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-chapter-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: HTMLFixtures.repository.appendingPathComponent("examples/content"), to: content)
        if withoutReports {
            let county = content.appendingPathComponent("exempellan")
            for name in try FileManager.default.contentsOfDirectory(atPath: county.path) where name.hasPrefix(slug + ".uppfoljning-") {
                try FileManager.default.removeItem(at: county.appendingPathComponent(name))
            }
        }
        let (loaded, report) = SiteBuilder.check(BuildOptions(contentDirectory: content.path))
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.description))")
        let plan = try #require(loaded.plans.first { $0.slug == slug })
        let county = try #require(loaded.counties.first { $0.slug == plan.countySlug })
        let site = try #require(loaded.site)
        let files = try SiteRenderer(site: site).planFiles(plan, county: county, alternateFormats: true, preview: false,
                                                           catalog: loaded.catalog)
        return (plan, files)
    }

    static func epub(_ plan: Plan, _ files: [OutputFile]) throws -> [String: String] {
        let book = try #require(files.first { $0.path == SiteAddress.planFile(plan, extension: "epub") })
        return Dictionary(try EPUBFormatTests.entries(book.bytes).map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theTextEditionEndsWithAFollowUpChapterGivingEachReportAndEveryActivitysStatus() throws {
        let (plan, files) = try Self.example(Self.followedUp)
        let text = try FollowUpFormatTests.file(files, SiteAddress.planFile(plan, extension: "txt"))
        // After the plan's three chapters and its foreword: chapter 5.
        #expect(plan.sections.count == 4)
        let chapter = String(text[try #require(text.range(of: "5. Uppföljning\n==============\n")).lowerBound...])
        #expect(chapter.contains("Planen har följts upp i 2 rapporter. Den senaste är från 2025-12-08."))
        // The counts per area and per year, every status named, as the follow-up page's tables.
        #expect(chapter.contains("5.1. Status per område\n"))
        #expect(chapter.contains("Målområde 3: Bostad: Ej påbörjad 0, Pågår 0, Genomförd 1, Försenad 0,\n  Avbruten 1, Ersatt 0, Inte uppföljd 0 (Totalt 2)"))
        #expect(chapter.contains("Totalt: Ej påbörjad 0, Pågår 2, Genomförd 4, Försenad 0, Avbruten 1,\n  Ersatt 1, Inte uppföljd 0 (Totalt 8)"))
        #expect(chapter.contains("5.2. Status år för år\n"))
        #expect(chapter.contains("2024: Ej påbörjad 1, Pågår 2, Genomförd 2, Försenad 1, Avbruten 0,\n  Ersatt 0, Inte uppföljd 2 (Totalt 8)"))
        // Every activity due by 2025 is named in a report.
        #expect(chapter.contains("5.3. Aktiviteter som skulle ha gjorts men inte följts upp\n"))
        #expect(chapter.contains("Alla aktiviteter vars tid har passerat är uppföljda."))
        // Each report, latest first: its date, who reported it, each activity with status and comment.
        let latest = try #require(chapter.range(of: "5.4. Uppföljning 2025-12-08\n"))
        let earlier = try #require(chapter.range(of: "5.5. Uppföljning 2024-12-10\n"))
        #expect(latest.lowerBound < earlier.lowerBound)
        #expect(chapter.contains("Rapporterad av Länsstyrelsen i Exempellän."))
        #expect(chapter.contains("""
            Aktivitet 3: Validera yrkeskunskaper inom vård och bygg.
              Status: Ersatt av aktivitet-5
              Kommentar: Valideringen ingår nu i yrkessvenskan (påhittat).
            """))
        #expect(chapter.contains("Aktivitet 1: Erbjuda praktikplatser i kommunernas egna verksamheter.\n  Status: Genomförd\n  Kommentar: Alla kommuner erbjuder praktikplatser (påhittat).\n  Indikator: 61 praktikplatser"))
        // Every row of every report, and no more.
        let rows = plan.followUps.map(\.entries.count).reduce(0, +)
        #expect(chapter.components(separatedBy: "\n  Status: ").count - 1 == rows)
    }

    @Test func aDueActivityNoReportNamesIsListedInTheChapterAsOnTheFollowUpPage() throws {
        var (plan, _) = try Self.example(Self.followedUp)
        // With the 2025 report alone, activity 4 (2024), which only the 2024 report named, is due
        // and unreported.
        plan.followUps.removeFirst()
        let text = TextFormat.render(plan, county: HTMLFixtures.county)
        let chapter = String(text[try #require(text.range(of: "5. Uppföljning\n")).lowerBound...])
        #expect(chapter.contains("Aktiviteter med en tid i planen (När) som har passerat, men som ingen\nuppföljning nämner."))
        #expect(chapter.contains("Aktivitet 4: Starta språkcaféer på biblioteken i alla kommuner.\n  Tid enligt planen: 2024"))
        let page = FollowUpSummary(plan: plan, activities: PlanActivities(plan))
        #expect(page.dueNotReported.map(\.number) == [4])
        for line in page.dueNotReported { #expect(chapter.contains("Aktivitet \(line.number): \(line.text)")) }
    }

    @Test func theEPUBHasTheFollowUpChapterLastInTheSpineTheManifestAndTheNavigation() throws {
        let (plan, files) = try Self.example(Self.followedUp)
        let book = try Self.epub(plan, files)
        let package = try #require(book["EPUB/package.opf"])
        #expect(package.contains("<item id=\"uppfoljning\" href=\"uppfoljning.xhtml\" media-type=\"application/xhtml+xml\"/>"))
        let spine = try #require(package.range(of: "<spine").map { String(package[$0.lowerBound...]) })
        #expect(spine.contains("<itemref idref=\"kapitel-4\"/>\n    <itemref idref=\"uppfoljning\"/>\n  </spine>"))
        let nav = try #require(book["EPUB/nav.xhtml"])
        #expect(nav.contains("<li><a href=\"uppfoljning.xhtml\">Uppföljning</a></li>\n</ol>\n</nav>"))
        let chapter = try #require(book["EPUB/uppfoljning.xhtml"])
        #expect(chapter.contains("<section epub:type=\"chapter\" role=\"doc-chapter\" id=\"uppfoljning\" aria-labelledby=\"uppfoljning-rubrik\">"))
        #expect(chapter.contains("<tr><th scope=\"row\">Målområde 3: Bostad</th><td>0</td><td>0</td><td>1</td><td>0</td><td>1</td><td>0</td><td>0</td><td>2</td></tr>"))
        #expect(chapter.contains("<h2>Uppföljning 2025-12-08</h2>\n<p>Rapporterad av Länsstyrelsen i Exempellän.</p>"))
        // Each activity links its row in the chapter that holds it.
        let links = chapter.components(separatedBy: "<a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.count == plan.followUps.map(\.entries.count).reduce(0, +))
        for link in links {
            let parts = link.split(separator: "#").map(String.init)
            let document = try #require(book["EPUB/" + parts[0]], "\(link)")
            #expect(parts.count == 2 && document.contains("<tr id=\"\(parts[1])\">"), "\(link)")
        }
        #expect(links.contains("kapitel-2.xhtml#aktivitet-3"))
    }

    @Test func aPlanWithoutFollowUpsHasNoFollowUpChapterInAnyFormat() throws {
        let (plan, files) = try Self.example(Self.revised, withoutReports: true)
        #expect(plan.followUps.isEmpty)
        let text = try FollowUpFormatTests.file(files, SiteAddress.planFile(plan, extension: "txt"))
        #expect(!text.contains(". Uppföljning\n"))
        let book = try Self.epub(plan, files)
        #expect(book["EPUB/uppfoljning.xhtml"] == nil)
        #expect(!(book["EPUB/package.opf"] ?? "").contains("uppfoljning"))
        #expect(!(book["EPUB/nav.xhtml"] ?? "").contains("uppfoljning"))
    }
}
