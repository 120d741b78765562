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
}
