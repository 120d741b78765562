import Foundation
import InterfaceText
import PlanModel
import Render
import Site
import Testing
import ViewModel

/// The example county's plan with its two follow-ups (examples/content/), as the site builder
/// reads it: every format shows each activity's latest status.
@Suite struct FollowUpFormatTests {
    static func example() throws -> (plan: Plan, county: County, files: [OutputFile]) {
        let options = BuildOptions(contentDirectory: HTMLFixtures.repository.appendingPathComponent("examples/content").path)
        let (content, report) = SiteBuilder.check(options)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.description))")
        let plan = try #require(content.plans.first { $0.slug == "handlingsplan-integration-2024-2026" })
        let county = try #require(content.counties.first { $0.slug == plan.countySlug })
        let files = try HTMLFixtures.renderer().planFiles(plan, county: county, alternateFormats: true, preview: false,
                                                          catalog: content.catalog)
        return (plan, county, files)
    }

    static func file(_ files: [OutputFile], _ path: String) throws -> String {
        HTMLFixtures.text(try #require(files.first { $0.path == path }, "\(path)"))
    }

    @Test func followUpsAreReadBesideThePlanInDateOrder() throws {
        let (plan, _, _) = try Self.example()
        #expect(plan.followUps.map(\.slug) == ["uppfoljning-2024", "uppfoljning-2025"])
        #expect(plan.followUps.map(\.date.description) == ["2024-12-10", "2025-12-08"])
        let latest = plan.latestStatuses
        #expect(latest["aktivitet-1"]?.entry.status == .done && latest["aktivitet-1"]?.date.year == 2025)
        // Not in the 2025 report: its 2024 status stands.
        #expect(latest["aktivitet-4"]?.entry.status == .done && latest["aktivitet-4"]?.date.year == 2024)
        // Named by its text in the report.
        #expect(latest["aktivitet-6"]?.entry.status == .done)
        #expect(latest["aktivitet-3"]?.entry.replacedBy == "aktivitet-5")
    }

    @Test func thePlanPageShowsEachActivitysLatestStatusWithItsDateAndLinksTheFollowUpPage() throws {
        let (plan, _, files) = try Self.example()
        let page = try Self.file(files, SiteAddress.plan(plan))
        #expect(page.contains("<th scope=\"col\">Status</th>"))
        #expect(page.contains("<td data-label=\"Status\"><span class=\"status status-ersatt\">Ersatt av aktivitet-5</span> <span class=\"status-date\">(uppföljning 2025-12-08)</span></td>"))
        #expect(page.contains("<span class=\"status status-genomford\">Genomförd</span> <span class=\"status-date\">(uppföljning 2024-12-10)</span>"))
        #expect(page.contains("<a href=\"uppfoljning/index.html\">Uppföljning av planen</a>"))
    }

    @Test func theFollowUpPageCountsStatusesPerAreaAndPerYear() throws {
        let (plan, _, files) = try Self.example()
        let page = try Self.file(files, SiteAddress.followUp(plan))
        #expect(page.contains("<tr><th scope=\"row\">Målområde 3: Bostad</th><td>0</td><td>0</td><td>1</td><td>0</td><td>1</td><td>0</td><td>0</td><td>2</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">2024</th><td>1</td><td>2</td><td>2</td><td>1</td><td>0</td><td>0</td><td>2</td><td>8</td></tr>"))
        #expect(page.contains("<svg") && page.contains("<title>2025: Genomförd 4</title>"))
        #expect(page.contains("Rapporterad av Länsstyrelsen i Exempellän."))
    }

    @Test func theCSVTheTextEditionAndTheJSONCarryTheStatus() throws {
        let (plan, _, files) = try Self.example()
        let csv = try Self.file(files, SiteAddress.planFile(plan, extension: "csv"))
        let records = CSVFormatTests.parse(String(csv.dropFirst()))
        let status = try #require(records[0].firstIndex(of: "status"))
        #expect(Array(records[0][status...status + 2]) == ["status", "statusdatum", "statuskommentar"])
        #expect(Array(records[1][status...status + 2]) == ["Genomförd", "2025-12-08", "Alla kommuner erbjuder praktikplatser (påhittat)."])
        let text = try Self.file(files, SiteAddress.planFile(plan, extension: "txt"))
        #expect(text.contains("  När: hösten 2025\n  Status: Ersatt av aktivitet-5 (uppföljning 2025-12-08): Valideringen\n"))
        let json = try JSONValue.parse(Array(try Self.file(files, SiteAddress.planFile(plan, extension: "json")).utf8))
        let schema = try JSONValue.parse(Array(JSONFormat.schema.utf8))
        #expect(MiniSchemaValidator(root: schema).validate(json, against: schema, at: "$").isEmpty)
        guard case .array(let activities)? = json["activities"], case .array(let reports)? = json["followUps"] else {
            Issue.record("no activities or follow-ups"); return
        }
        #expect(reports.count == 2)
        #expect(activities[2]["status"]?["status"] == .string("ersatt"))
        #expect(activities[2]["status"]?["replacedBy"] == .string("aktivitet-5"))
        #expect(activities[2]["schedule"]?["part"] == .string("host"))
        #expect(activities[1]["schedule"]?["recurring"] == .string("arligen"))
    }

    @Test func theEPUBShowsTheStatusAfterEachActivity() throws {
        let (plan, _, files) = try Self.example()
        let book = try #require(files.first { $0.path == SiteAddress.planFile(plan, extension: "epub") })
        let chapters = try EPUBFormatTests.entries(book.bytes).filter { $0.path.hasPrefix("EPUB/kapitel-") }.map(\.text).joined()
        #expect(chapters.contains("<th scope=\"col\">Status</th></tr>"))
        #expect(chapters.contains("<td>Ersatt av aktivitet-5 (uppföljning 2025-12-08): Valideringen ingår nu i yrkessvenskan (påhittat).</td></tr>"))
    }

    @Test func everyFollowUpEntryIsOneObjectAndOneRowOfTheSiteWideData() throws {
        let (plan, _, _) = try Self.example()
        let json = try JSONValue.parse(FollowUpData.jsonElements(plan).isEmpty ? [] : Array("[".utf8) + FollowUpData.jsonElements(plan) + Array("]".utf8))
        guard case .array(let entries) = json else { Issue.record("not an array"); return }
        #expect(entries.count == plan.followUps.map(\.entries.count).reduce(0, +))
        #expect(entries[0]["activityId"] == .string("aktivitet-1") && entries[0]["status"] == .string("pagar"))
        let rows = CSVFormatTests.parse(String(decoding: FollowUpData.csvHead + FollowUpData.csvRows(plan), as: UTF8.self).dropFirst().description)
        #expect(rows.count == entries.count + 1 && rows[0] == FollowUpData.columns)
        #expect(rows[9] == ["exempellan", "handlingsplan-integration-2024-2026", "uppfoljning-2025", "2025-12-08",
                            "Länsstyrelsen i Exempellän", "", "aktivitet-3", "ersatt", "aktivitet-5",
                            "Valideringen ingår nu i yrkessvenskan (påhittat).", ""])
    }

    @Test func eachPublishedFollowUpIsAnEntryOfTheAtomFeedNewestFirst() throws {
        let (plan, county, _) = try Self.example()
        let feed = Feed(site: HTMLFixtures.site(), plans: [plan], counties: [county], t: .sv)
        #expect(feed.entries.map(\.id) == [
            "urn:planpress:exempellan/handlingsplan-integration-2024-2026/uppfoljning-2025",
            "urn:planpress:exempellan/handlingsplan-integration-2024-2026/uppfoljning-2024",
            "urn:planpress:exempellan/handlingsplan-integration-2024-2026",
        ])
        #expect(feed.entries[0].updated == "2025-12-08T00:00:00Z")
        #expect(feed.entries[0].href == "exempellan/handlingsplan-integration-2024-2026/uppfoljning/index.html#uppfoljning-2025")
        // A plan without follow-ups: the feed as before.
        var plain = plan
        plain.followUps = []
        #expect(Feed(site: HTMLFixtures.site(), plans: [plain], counties: [county], t: .sv).entries.count == 1)
    }
}
