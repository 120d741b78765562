import Foundation
import PlanModel
import PlanParser
@testable import Render
import Testing
import ViewModel

/// Every output reads the same resolved activity (`PlanActivities`): who is responsible, the
/// partners and the time are the activity's own, else its area's, in the page and every format.
@Suite struct ResolvedActivityTests {
    /// An area that states everything, a table that leaves cells empty, and a list of
    /// activities under its own heading below the area (the case the formats disagreed on).
    static let markdown = """
        ---
        title: Plan för prov
        kind: handlingsplan
        publisher: Länsstyrelsen Testland
        period: 2015–2017
        ---

        ## Fokusområde: Boende

        Tema: bostad

        Ansvar: Länets kommuner

        Samverkansparter: Hyresgästföreningen

        När: 2016

        | Aktivitet | Ansvar | När | Uppföljning |
        | --- | --- | --- | --- |
        | Genomföra uppföljning. | Länsstyrelsen | 2017 | Årligen |
        | Arrangera seminarier. | | | |

        ### Aktiviteter

        - Ordna studiebesök för nyanlända.

        """

    static func plan() throws -> Plan {
        let result = PlanParser.parsePlan(markdown, file: "content/testlan/prov.md", countySlug: "testlan", slug: "prov")
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics.map(\.description))")
        return try #require(result.value)
    }

    @Test func activitiesTakeWhatTheyLackFromTheNearestArea() throws {
        let activities = PlanActivities(try Self.plan()).all
        try #require(activities.count == 3)
        let (own, empty, listed) = (activities[0], activities[1], activities[2])
        #expect(own.responsible == ActivityFact(text: "Länsstyrelsen", isInherited: false))
        #expect(own.partners == ActivityFact(text: "Hyresgästföreningen", isInherited: true))
        #expect(own.when == ActivityFact(text: "2017", isInherited: false))
        #expect(own.otherFields.map { "\($0.name): \($0.text)" } == ["Uppföljning: Årligen"])
        #expect(empty.responsible == ActivityFact(text: "Länets kommuner", isInherited: true))
        #expect(empty.when == ActivityFact(text: "2016", isInherited: true))
        // An empty cell is no other column.
        #expect(empty.otherFields.isEmpty)
        // `#### Aktiviteter` is no sub-area: its list belongs to the area around it.
        #expect(listed.headings == ["Fokusområde: Boende"])
        #expect(listed.responsible == ActivityFact(text: "Länets kommuner", isInherited: true))
        #expect(listed.partners == ActivityFact(text: "Hyresgästföreningen", isInherited: true))
        #expect(listed.themes == ["bostad"])
    }

    /// The list has no responsible of its own anywhere: the page shows the area's all the same.
    @Test func thePageShowsTheAreasValuesInAListOfActivities() throws {
        let plan = try Self.plan()
        let pages = try HTMLFixtures.renderer().planPages(plan, county: HTMLFixtures.county, formats: [], preview: false)
        let page = try HTMLFixtures.page(pages, SiteAddress.plan(plan))
        let listed = try #require(PlanActivities(plan).all.last).activity
        #expect(page.contains("<tr id=\"\(listed.id)\"><th scope=\"row\">Ordna studiebesök för nyanlända.</th>"
            + "<td data-label=\"Ansvar\">Länets kommuner <span class=\"inherited\">(områdets ansvar)</span></td>"
            + "<td data-label=\"Samverkansparter\">Hyresgästföreningen</td><td data-label=\"När\">2016</td></tr>"))
        #expect(page.contains("<td data-label=\"Uppföljning\">Årligen</td>"))
    }

    @Test func theTextAndTheBookShowTheSameValues() throws {
        let plan = try Self.plan()
        let county = HTMLFixtures.county
        let text = TextFormat.render(plan, county: county)
        #expect(text.contains("""
            Aktivitet 3: Ordna studiebesök för nyanlända.
              Ansvar: Länets kommuner (områdets ansvar)
              Samverkansparter: Hyresgästföreningen
              När: 2016

            """))
        #expect(text.contains("  Ansvar: Länsstyrelsen\n  Samverkansparter: Hyresgästföreningen\n  När: 2017\n  Uppföljning: Årligen\n"))
        let book = try EPUBFormat.render(plan, county: county, site: HTMLFixtures.site())
        let chapter = try #require(try EPUBFormatTests.entries(book).first { $0.path == "EPUB/kapitel-1.xhtml" }).text
        #expect(chapter.contains("<td>Länets kommuner <span class=\"note\">(områdets ansvar)</span></td><td>Hyresgästföreningen</td><td>2016</td></tr>"))
    }

    @Test func theTableAndTheDataShowTheSameValues() throws {
        let plan = try Self.plan()
        let records = CSVFormatTests.parse(String(CSVFormat.render(plan, county: HTMLFixtures.county).dropFirst()))
        #expect(records.map { Array($0[2...]) } == [
            ["område", "aktivitet", "ansvar", "samverkansparter", "teman", "planperiod", "när", "övrigt",
             "status", "statusdatum", "statuskommentar", "Uppföljning"],
            ["Fokusområde: Boende", "Genomföra uppföljning.", "Länsstyrelsen", "Hyresgästföreningen", "bostad",
             "2015–2017", "2017", "Uppföljning: Årligen", "", "", "", "Årligen"],
            ["Fokusområde: Boende", "Arrangera seminarier.", "Länets kommuner", "Hyresgästföreningen", "bostad",
             "2015–2017", "2016", "", "", "", "", ""],
            ["Fokusområde: Boende", "Ordna studiebesök för nyanlända.", "Länets kommuner",
             "Hyresgästföreningen", "bostad", "2015–2017", "2016", "", "", "", "", ""],
        ])
        let json = try JSONValue.parse(JSONFormat.render(plan, county: HTMLFixtures.county))
        guard case .array(let activities)? = json["activities"] else { Issue.record("no activities"); return }
        #expect(activities.count == 3)
        #expect(activities[2]["responsible"] == .object(["text": .string("Länets kommuner"), "inherited": .bool(true)]))
        #expect(activities[2]["partners"] == .object(["text": .string("Hyresgästföreningen"), "inherited": .bool(true)]))
        #expect(activities[0]["when"] == .object(["text": .string("2017"), "inherited": .bool(false)]))
    }

    /// `planperiod` is always the plan's; `när` is the activity's time, empty without one anywhere.
    @Test func thePlanPeriodAndTheActivitysTimeAreSeparateColumns() throws {
        let plan = try Self.plan()
        var noTimes = plan
        noTimes.sections[0].when = nil
        let records = CSVFormatTests.parse(String(CSVFormat.render(noTimes, county: HTMLFixtures.county).dropFirst()))
        #expect(records[0][7] == "planperiod" && records[0][8] == "när")
        #expect(records[2][7] == "2015–2017" && records[2][8] == "")
        #expect(records[1][7] == "2015–2017" && records[1][8] == "2017")
    }

    /// In the real plans, the text and the table name the same responsible and time for each activity.
    @Test func theRealPlansAgreeAcrossFormats() throws {
        let loaded = try FormatFixtures.get()
        for plan in loaded.plans {
            let county = try #require(loaded.counties.first { $0.slug == plan.countySlug })
            let lines = TextFormat.render(plan, county: county).split(separator: "\n", omittingEmptySubsequences: false)
            let rows = Array(CSVFormatTests.parse(String(CSVFormat.render(plan, county: county).dropFirst())).dropFirst())
            let activities = PlanActivities(plan).all
            #expect(rows.count == activities.count)
            for (resolved, row) in zip(activities, rows) {
                #expect(row[3] == resolved.activity.text)
                #expect(row[4] == resolved.responsible?.text ?? "")
                #expect(row[8] == resolved.when?.text ?? "")
                // The activity's lines in the text, unwrapped.
                let start = try #require(lines.firstIndex { $0.hasPrefix("Aktivitet \(resolved.activity.number): ") })
                let block = lines[start...].prefix { !$0.isEmpty }
                    .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
                let shown = resolved.responsible.map { $0.isInherited ? "\($0.text) (områdets ansvar)" : $0.text }
                    ?? "inte angivet i planen"
                #expect(block.contains(" Ansvar: \(shown)"), "\(plan.slug): \(block)")
                if let when = resolved.when { #expect(block.contains(" När: \(when.text)"), "\(plan.slug): \(block)") }
            }
        }
    }

    /// Whether a page shows a line for a text is decided on the bytes when it can be
    /// (`StatedText.isBlank`); it must agree with Foundation's trimming for any white space.
    @Test func blankTextIsWhatFoundationsTrimmingLeavesEmpty() {
        let pieces = [" ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "\u{85}", "\u{A0}", "\u{2028}",
                      "\u{2029}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{301}", "x", "å", ".", "\u{0}", "\u{7F}"]
        var texts = [""] + pieces
        for first in pieces { for second in pieces { texts.append(first + second) } }
        for text in texts {
            let foundation = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            #expect(StatedText.isBlank(text) == foundation, "\(Array(text.unicodeScalars))")
            #expect(StatedText.nonBlank(text) == (foundation ? nil : text))
        }
        #expect(StatedText.nonBlank(nil) == nil)
    }
}
