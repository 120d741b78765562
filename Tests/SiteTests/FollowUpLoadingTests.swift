import Foundation
import PlanModel
import Site
import Testing

/// Follow-up reports are read with their plan, whether the whole folder is read or one plan again (the preview).
@Suite struct FollowUpLoadingTests {
    static let examples = SiteBuildTests.repository.appendingPathComponent("examples/content").path

    @Test func aPlanReadAgainAloneKeepsItsFollowUps() throws {
        let loaded = try #require(ContentLoader.loadPlan(contentDirectory: Self.examples, displayRoot: "examples/content",
                                                         countySlug: "exempellan", slug: "handlingsplan-integration-2024-2026"))
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.plan?.followUps.map(\.slug) == ["uppfoljning-2024", "uppfoljning-2025"])
        #expect(loaded.plan?.followUps.first?.sourceFile
                == "examples/content/exempellan/handlingsplan-integration-2024-2026.uppfoljning-2024.md")
        let whole = ContentLoader.load(contentDirectory: Self.examples)
        let plan = whole.plans.first { $0.slug == "handlingsplan-integration-2024-2026" }
        #expect(plan?.followUps.count == 2 && whole.fileCount == 10)
    }
}
