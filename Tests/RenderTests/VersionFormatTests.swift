import Catalog
import Foundation
import PlanModel
import Render
import Site
import Testing
import ViewModel

/// The version parts of the formats, on the example county's revised plan (fictional,
/// `examples/content/`): the JSON of each version validates against the published schema.
@Suite struct VersionFormatTests {
    @Test func eachVersionsJSONListsTheVersionsAndValidatesAgainstTheSchema() throws {
        let folder = FormatFixtures.root.appendingPathComponent("examples/content").path
        let options = BuildOptions(contentDirectory: folder, outputDirectory: FileManager.default.temporaryDirectory.path)
        let (content, report) = SiteBuilder.check(options)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.errors)")
        let catalog = try #require(content.catalog)
        let schema = try JSONValue.parse(Array(JSONFormat.schema.utf8))
        let validator = MiniSchemaValidator(root: schema)
        var versioned = 0
        for plan in content.plans {
            let county = try #require(content.counties.first { $0.slug == plan.countySlug })
            let versions = PlanVersionList(plan: PlanKey(plan), catalog: catalog)
            if versions != nil { versioned += 1 }
            let instance = try JSONValue.parse(JSONFormat.render(plan, county: county, versions: versions))
            let problems = validator.validate(instance, against: schema, at: "$")
            #expect(problems.isEmpty, "\(plan.slug): \(problems.prefix(5))")
        }
        #expect(versioned == 2)
    }

    @Test func theEPUBTitlePageOfAnEarlierVersionSaysSoAndNamesEveryVersion() throws {
        let folder = FormatFixtures.root.appendingPathComponent("examples/content").path
        let options = BuildOptions(contentDirectory: folder, outputDirectory: FileManager.default.temporaryDirectory.path)
        let (content, _) = SiteBuilder.check(options)
        let plan = try #require(content.plans.first { $0.slug == "handlingsplan-integration-2024-2026" })
        let county = try #require(content.counties.first { $0.slug == plan.countySlug })
        let site = try #require(content.site)
        let versions = try #require(PlanVersionList(plan: PlanKey(plan), catalog: content.catalog))
        let book = try EPUBFormat.render(plan, county: county, site: site, versions: versions)
        let titlePage = try #require(try EPUBFormatTests.entries(book).first { $0.path == "EPUB/titelsida.xhtml" })
        #expect(titlePage.text.contains("<p class=\"version-notice\"><strong>Det här är en tidigare version av planen."))
        #expect(titlePage.text.contains("<h2 id=\"versions-heading\">Versioner</h2>"))
        #expect(titlePage.text.contains("<li>Handlingsplan för integration 2024–2026, reviderad 2025 (påhittat exempel) (mars 2025) – gällande version</li>"))
    }
}
