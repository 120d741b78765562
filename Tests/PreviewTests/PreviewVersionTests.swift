import Foundation
import Testing
@testable import Preview

/// The comparison page of a revised plan lives in its first version's folder, yet it is a page
/// of the whole site: editing the newer version must not leave the preview showing it stale.
@Suite("Versions in the preview", .serialized)
struct PreviewVersionTests {
    static let revised = "content/exempellan/handlingsplan-integration-2024-2026-reviderad-2025.md"
    static let comparison = "exempellan/handlingsplan-integration-2024-2026/versioner/index.html"

    @Test func editingTheNewerVersionRemakesTheComparisonPage() throws {
        let fixture = try PreviewFixture()
        // The fictional example county's plan and its revision, beside the real plans.
        try FileManager.default.copyItem(
            at: PreviewFixture.repository.appendingPathComponent("examples/content/exempellan"),
            to: URL(fileURLWithPath: fixture.path("content/exempellan")))
        var rebuilder = SiteRebuilder(contentDirectory: fixture.content)
        rebuilder.render()
        #expect(!rebuilder.problems.hasErrors, "\(rebuilder.problems)")
        #expect(rebuilder.files[Self.comparison] != nil)

        try fixture.replace(Self.revised, "Ordna mentorskap där yrkesverksamma stöttar nyanlända.",
                            with: "Ordna mentorskap där pensionärer stöttar nyanlända.")
        let changed = rebuilder.read([SiteRebuilderTests.change(Self.revised)])
        #expect(changed)
        rebuilder.render()
        let page = String(decoding: rebuilder.files[Self.comparison] ?? [], as: UTF8.self)
        #expect(page.contains("Ordna mentorskap där pensionärer stöttar nyanlända."))
        let full = try SiteRebuilderTests.fullRender(fixture, options: rebuilder.options)
        for (path, bytes) in full where rebuilder.files[path] != bytes {
            Issue.record("\(path) differs from a full build")
        }
    }
}
