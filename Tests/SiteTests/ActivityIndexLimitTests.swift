import Foundation
@testable import Render
@testable import Site
import Testing

/// A national site's full activity list would be a page of hundreds of megabytes; past
/// `HTMLActivityIndex.fullListLimit` it leads to the narrowed pages instead, which list them all.
@Suite struct ActivityIndexLimitTests {
    @Test func aFullListPastTheLimitLeadsToTheNarrowedPages() throws {
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        let count = HTMLActivityIndex.fullListLimit + 1
        let rows = (1...count).map { "| Aktivitet nummer \($0) för fler jobb. | Arbetsförmedlingen |" }
        let plan = """
            ---
            title: Stor plan
            kind: handlingsplan
            publisher: Länsstyrelsen Dalarna
            period: 2020–2022
            ---

            ## Mål: Fler i arbete

            Tema: arbete

            | Aktivitet | Ansvar |
            | --- | --- |
            \(rows.joined(separator: "\n"))

            """
        try workspace.write(plan, to: "content/dalarna/stor-plan.md")
        var options = workspace.options()
        options.formats = .html
        let report = SiteBuilder.build(options)
        #expect(report.writtenFiles != nil, "\(report.failure ?? "") \(report.diagnostics.errors)")

        func page(_ path: String) throws -> String {
            try String(contentsOfFile: workspace.output() + "/" + path, encoding: .utf8)
        }
        let full = try page("aktiviteter/index.html")
        #expect(full.contains("för många för att visa på en sida"))
        #expect(!full.contains("Aktivitet nummer 1 för fler jobb."))
        #expect(!full.contains("id=\"aktivitetsfilter\""))
        #expect(full.contains("href=\"../aktiviteter/lan/dalarna/index.html\""))
        let county = try page("aktiviteter/lan/dalarna/index.html")
        #expect(county.contains("Aktivitet nummer 1 för fler jobb."))
        #expect(county.contains("Aktivitet nummer \(count) för fler jobb."))
    }
}
