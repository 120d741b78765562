import Foundation
@testable import Render
@testable import Site
import Testing
import ViewModel

/// A national site's full activity list would be a page of hundreds of megabytes; past
/// `ListLimit.activities` it leads to the narrowed pages instead, and every narrowed
/// page lists that many at most and says so. The plan's own page lists them all.
@Suite struct ActivityIndexLimitTests {
    @Test func joinedPagesPastTheLimitListTheFirstAndSaySo() throws {
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        let count = ListLimit.activities + 1
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
        let limit = ListLimit.activities
        for path in ["aktiviteter/lan/dalarna/index.html", "aktiviteter/tema/arbete/index.html",
                     "aktiviteter/organisation/arbetsformedlingen/index.html"] {
            let joined = try page(path)
            #expect(joined.contains("Aktivitet nummer 1 för fler jobb."), "\(path)")
            #expect(!joined.contains("Aktivitet nummer \(count) för fler jobb."), "\(path)")
            // The real content's activities are on these pages too.
            #expect(joined.components(separatedBy: "<li").count - 1 >= limit, "\(path)")
            #expect(joined.components(separatedBy: "Aktivitet nummer ").count - 1 <= limit, "\(path)")
            #expect(joined.contains("för många för att visa på en sida. Sidan visar de första \(limit). "
                + "Alla finns på planernas egna sidor."), "\(path)")
        }
        // The organisation and theme pages count the activities and link the lists above.
        for path in ["organisationer/arbetsformedlingen/index.html", "teman/arbete/index.html"] {
            #expect(!(try page(path)).contains("Aktivitet nummer "), "\(path)")
        }
        #expect(try page("dalarna/stor-plan/index.html").contains("Aktivitet nummer \(count) för fler jobb."))
    }
}
