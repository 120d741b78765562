import PlanModel
import PlanParser
import Render
import Testing
import ViewModel

/// A plan's CSV has one column per distinct heading of its activities' other columns; the
/// site-wide file keeps every plan to the same columns.
@Suite struct CSVColumnsTests {
    static let markdown = """
        ---
        title: Provplan
        kind: handlingsplan
        publisher: Länsstyrelsen Testlän
        period: 2016–2018
        ---

        ## Område: Arbete

        Tema: arbete

        | Aktivitet | Ansvar | När | Uppföljning | Finansiering |
        | --- | --- | --- | --- | --- |
        | Ordna praktik. | Länsstyrelsen | 2017 | Årligen | Egen budget, delvis EU |

        ## Område: Boende

        Tema: bostad

        | Åtgärd | Indikator | Uppföljning |
        | --- | --- | --- |
        | Bygga bostäder. | Antal lägenheter | "Varje kvartal" |
        """

    static func plan() throws -> Plan {
        try #require(PlanParser.parsePlan(markdown, file: "content/testlan/prov.md", countySlug: "testlan", slug: "prov").value)
    }

    @Test func everyDistinctOtherHeadingIsAColumnOfItsOwnInFirstAppearanceOrder() throws {
        let csv = CSVFormat.render(try Self.plan(), county: HTMLFixtures.county)
        let records = CSVFormatTests.parse(String(csv.dropFirst()))
        #expect(records[0] == CSVFormat.columns + ["Uppföljning", "Finansiering", "Indikator"])
        #expect(Array(records[1][7...]) == ["2016–2018", "2017", "Uppföljning: Årligen; Finansiering: Egen budget, delvis EU",
                                            "", "", "", "Årligen", "Egen budget, delvis EU", ""])
        #expect(Array(records[2][13...]) == ["\"Varje kvartal\"", "", "Antal lägenheter"])
    }

    @Test func theSiteWideRowsKeepOnlyTheSharedColumns() throws {
        let csv = Array(CSVFormat.render(try Self.plan(), county: HTMLFixtures.county).utf8)
        let rows = PlanFormats.SiteWidePieces.csvRows(planCSV: csv)
        let records = CSVFormatTests.parse(String(decoding: rows, as: UTF8.self))
        #expect(records.count == 2)
        #expect(records.allSatisfy { $0.count == CSVFormat.columns.count })
        #expect(records[0][9] == "Uppföljning: Årligen; Finansiering: Egen budget, delvis EU")
        #expect(String(decoding: rows, as: UTF8.self).hasSuffix("\r\n"))
    }
}
