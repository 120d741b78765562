import Foundation
import PlanModel
import Site
import Testing

/// `datasets/dcat` in a real build: written under a base URL, skipped with one line without one.
@Suite(.serialized) struct CatalogueBuildTests {
    @Test func withoutABaseURLTheBuildSaysWhyTheCatalogueIsMissing() throws {
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        let report = SiteBuilder.build(workspace.options())
        #expect(report.writtenFiles != nil)
        #expect(report.notes.count == 1)
        #expect(report.notes.first?.hasPrefix("datasets/dcat ") == true && report.notes.first?.contains("baseURL") == true)
        #expect(!FileManager.default.fileExists(atPath: workspace.output() + "/datasets/dcat"))
        // A second build that finds nothing changed says it again.
        #expect(SiteBuilder.build(workspace.options()).notes == report.notes)
    }

    @Test func underABaseURLTheCatalogueIsWrittenAndNothingIsSaid() throws {
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        let siteFile = workspace.content + "/site.yml"
        let site = try String(contentsOfFile: siteFile, encoding: .utf8)
            .replacingOccurrences(of: "# baseURL: https://www.example.se/planer/", with: "baseURL: https://www.example.se/planer/")
        try Data(site.utf8).write(to: URL(fileURLWithPath: siteFile))
        let report = SiteBuilder.build(workspace.options())
        #expect(report.notes.isEmpty)
        let catalogue = try #require(FileManager.default.contents(atPath: workspace.output() + "/datasets/dcat"))
        let text = String(decoding: catalogue, as: UTF8.self)
        #expect(text.contains("<dcat:Catalog rdf:about=\"https://www.example.se/planer/datasets/dcat\">"))
        #expect(text.contains("https://www.example.se/planer/dalarna/vagen-in-2015-2020/vagen-in-2015-2020.json"))
    }
}
