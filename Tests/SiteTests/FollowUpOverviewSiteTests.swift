import Foundation
import Site
import Testing

/// The joined follow-up pages of the example county (`examples/content/`, fictional) built as a
/// site: the follow-up view across counties, the status on organisation pages, and the activity
/// index's status filter, all counting the revised plan in force and not its first version.
@Suite(.serialized) struct FollowUpOverviewSiteTests {
    static func page(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(files[path], "\(path)"), as: UTF8.self)
    }

    @Test func theFollowUpViewCountsByCountyThemeAndOrganisationInTablesThatLinkEachRow() throws {
        let (files, remove) = try PlanVersionSiteTests.build()
        defer { remove() }
        let html = try Self.page(files, "uppfoljning/index.html")
        #expect(html.contains("<h1>Uppföljning i alla län</h1>"))
        #expect(html.contains("<caption>Antal aktiviteter per län och status i den senaste uppföljningen</caption>"))
        #expect(html.contains("<caption>Antal aktiviteter per tema och status i den senaste uppföljningen</caption>"))
        #expect(html.contains("<caption>Antal aktiviteter per organisation och status i den senaste uppföljningen</caption>"))
        // The county's row links the follow-up page of the plan in force; its counts are text.
        #expect(html.contains("<tr><th scope=\"row\">Exempellän</th><td><ul class=\"cell-list\"><li><a href=\"../\(PlanVersionSiteTests.current)/uppfoljning/index.html\">"))
        #expect(html.contains("<td>0</td><td>3</td><td>3</td><td>1</td><td>0</td><td>0</td><td>1</td><td>8</td></tr>"), "\(html)")
        #expect(html.contains("<tr><th scope=\"row\"><a href=\"../teman/arbete/index.html\">Arbete och företagande</a></th>"))
        #expect(html.contains("<tr><th scope=\"row\"><a href=\"../organisationer/arbetsformedlingen/index.html\">Arbetsförmedlingen</a></th><td>0</td><td>2</td><td>1</td>"))
        #expect(!html.contains("\(PlanVersionSiteTests.earlier)/uppfoljning"))
        #expect(try Self.page(files, "index.html").contains("<a href=\"uppfoljning/index.html\">Uppföljning</a>"))
    }

    @Test func anOrganisationPageSaysWhatBecameOfItsActivities() throws {
        let (files, remove) = try PlanVersionSiteTests.build()
        defer { remove() }
        let html = try Self.page(files, "organisationer/arbetsformedlingen/index.html")
        #expect(html.contains("<div><dt>Status enligt uppföljningarna</dt><dd>Senaste status för organisationens aktiviteter: 2 pågår och 1 genomförd.</dd></div>"), "\(html)")
        // Its commitments count the plan in force only: one plan, not both versions.
        #expect(!html.contains("\(PlanVersionSiteTests.earlier)/index.html"))
    }

    @Test func theActivityIndexListsThePlanInForceAndFiltersByStatus() throws {
        let (files, remove) = try PlanVersionSiteTests.build()
        defer { remove() }
        let html = try Self.page(files, "aktiviteter/index.html")
        #expect(html.contains("<p class=\"lead\">8 aktiviteter i 1 plan.</p>"))
        #expect(html.contains("<label for=\"filter-status\">Status i senaste uppföljningen</label>"))
        #expect(html.contains("<select id=\"filter-status\" name=\"status\"><option value=\"\">Alla</option>\n<option value=\"pagar\">Pågår</option>\n<option value=\"genomford\">Genomförd</option>\n<option value=\"forsenad\">Försenad</option>\n<option value=\"ej-rapporterad\">Inte uppföljd</option>\n</select>"))
        #expect(html.components(separatedBy: "data-status=\"genomford\"").count - 1 == 3)
        #expect(html.components(separatedBy: "data-status=").count - 1 == 8)
        // Without the script, each activity's status stays written beside it.
        #expect(html.contains("Status: Försenad.</span></li>"))
        let script = try Self.page(files, "assets/aktiviteter.js")
        #expect(script.contains("item.getAttribute(\"data-status\") === s"))
        let periods = try Self.page(files, "perioder/index.html")
        #expect(!periods.contains("\(PlanVersionSiteTests.earlier)/index.html"))
    }
}
