import PlanModel
@testable import Render
import Testing
import ViewModel

/// `data/planer.json` and `data/aktiviteter.csv` put together plan by plan from each plan's own
/// JSON and CSV files must be byte for byte what `renderAll` makes of all plans at once.
@Suite struct SiteWidePiecesTests {
    static func assembled(_ plans: [Plan], counties: [County]) -> (json: [UInt8], csv: [UInt8]) {
        let ordered = plans.sorted { ($0.countySlug, $0.slug) < ($1.countySlug, $1.slug) }
        guard !ordered.isEmpty else { return (PlanFormats.SiteWidePieces.emptyJSON, PlanFormats.SiteWidePieces.csvHead) }
        var json = PlanFormats.SiteWidePieces.jsonHead
        var csv = PlanFormats.SiteWidePieces.csvHead
        for (index, plan) in ordered.enumerated() {
            let county = counties.first { $0.slug == plan.countySlug }!
            if index > 0 { json += PlanFormats.SiteWidePieces.jsonSeparator }
            json += PlanFormats.SiteWidePieces.jsonElement(planJSON: JSONFormat.render(plan, county: county))
            csv += PlanFormats.SiteWidePieces.csvRows(planCSV: Array(CSVFormat.render(plan, county: county).utf8))
        }
        return (json + PlanFormats.SiteWidePieces.jsonTail, csv)
    }

    @Test func piecesMakeTheSiteWideFiles() throws {
        let loaded = try FormatFixtures.get()
        for plans in [loaded.plans, Array(loaded.plans.prefix(1)), [], loaded.plans.reversed()] {
            let pieces = Self.assembled(plans, counties: loaded.counties)
            #expect(JSONFormat.renderAll(plans, counties: loaded.counties) == pieces.json)
            #expect(Array(CSVFormat.renderAll(plans, counties: loaded.counties).utf8) == pieces.csv)
        }
    }
}
