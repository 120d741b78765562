import Foundation
import PlanModel
import Site
import Testing

/// A plan's lättläst version: the fictional example county's text is published at its own
/// address and linked both ways; a file naming no plan, or a second one for a plan, is an
/// error; `check --strict` asks for one on every published plan.
@Suite(.serialized) struct EasyReadTests {
    static let plan = "exempellan/handlingsplan-integration-2024-2026-reviderad-2025"
    static let easyReadFile = "content/\(plan).lattlast.md"

    /// A scratch folder with a copy of the example county (examples/content/) as `content/`.
    static func exampleWorkspace() throws -> SiteBuildTests.Workspace {
        let workspace = try SiteBuildTests.Workspace()
        let content = workspace.root.appendingPathComponent("content")
        try FileManager.default.removeItem(at: content)
        try FileManager.default.copyItem(at: SiteBuildTests.repository.appendingPathComponent("examples/content"), to: content)
        return workspace
    }

    static func page(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(files[path], "no \(path)"), as: UTF8.self)
    }

    @Test func theExamplePlanAndItsLattlastPageLinkEachOtherAndTheHomePageLinksIt() throws {
        let workspace = try Self.exampleWorkspace()
        defer { workspace.remove() }
        let report = SiteBuilder.build(workspace.options())
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let files = try SiteBuildTests.tree(workspace.output())
        let easyRead = try Self.page(files, "\(Self.plan)/lattlast/index.html")
        #expect(easyRead.contains("<html lang=\"sv\""))
        #expect(easyRead.contains("<p class=\"easy-read-label\">Lättläst</p>"))
        #expect(easyRead.contains("<h1>Så ska vi hjälpa nya invånare i Exempellän (påhittat exempel) – lättläst</h1>"))
        #expect(easyRead.contains("<title>Så ska vi hjälpa nya invånare i Exempellän (påhittat exempel) – lättläst – "))
        #expect(easyRead.contains("<a href=\"../index.html\">Läs hela planen: Handlingsplan för integration 2024–2026, reviderad 2025 (påhittat exempel)</a>"))
        #expect(easyRead.contains("<h2 id=\"arbete\">Arbete</h2>"))
        #expect(easyRead.contains("<li>ordna praktik i kommunerna</li>"))
        let link = "<p class=\"easy-read-link\"><a href=\"lattlast/index.html\">Läs om planen på lättläst svenska</a></p>"
        #expect(try Self.page(files, "\(Self.plan)/index.html").contains(link))
        #expect(try Self.page(files, "\(Self.plan)/storstil/index.html").contains(
            "<a href=\"../lattlast/index.html\">Läs om planen på lättläst svenska</a>"))
        let home = try Self.page(files, "index.html")
        #expect(home.contains("<h2 id=\"rubrik_lattlast\">Lättläst</h2>"))
        #expect(home.contains("<li><a href=\"\(Self.plan)/lattlast/index.html\">Handlingsplan för integration 2024–2026, reviderad 2025 (påhittat exempel)</a></li>"))
        #expect(try Self.page(files, "sitemap.xml").contains("\(Self.plan)/lattlast/"))
    }

    @Test func aLattlastFileNamingNoPlanIsAnErrorThatNamesTheClosestPlan() throws {
        let workspace = try Self.exampleWorkspace()
        defer { workspace.remove() }
        try workspace.write("---\nlattlast: handlingsplan-integration-2024-2025.md\n---\n\nText.\n",
                            to: "content/exempellan/annan.lattlast.md")
        let report = SiteBuilder.check(workspace.options()).report
        let error = try #require(report.diagnostics.errors.first)
        #expect(report.diagnostics.errors.count == 1)
        #expect(error.location == SourceLocation(file: "\(workspace.content)/exempellan/annan.lattlast.md", line: 2, column: 11))
        #expect(error.message.contains("handlingsplan-integration-2024-2025.md"))
        #expect(error.hint?.contains("Närmast: handlingsplan-integration-2024-2026.md") == true)
    }

    @Test func twoLattlastFilesForOnePlanAreAnErrorOnTheSecond() throws {
        let workspace = try Self.exampleWorkspace()
        defer { workspace.remove() }
        try workspace.write("---\nlattlast: handlingsplan-integration-2024-2026-reviderad-2025.md\n---\n\nText.\n",
                            to: "content/exempellan/zz-andra.lattlast.md")
        let report = SiteBuilder.check(workspace.options()).report
        let error = try #require(report.diagnostics.errors.first)
        #expect(report.diagnostics.errors.count == 1)
        #expect(error.location.file.hasSuffix("exempellan/zz-andra.lattlast.md"))
        #expect(error.message.contains(Self.easyReadFile))
    }

    @Test func onlyCheckStrictWarnsAboutAPublishedPlanWithoutALattlastVersion() throws {
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        var options = workspace.options()
        let plain = SiteBuilder.check(options)
        #expect(!plain.report.diagnostics.contains { $0.message.contains("lättläst") })
        options.strict = true
        let strict = SiteBuilder.check(options).report.diagnostics.filter { $0.message.contains("lättläst") }
        // Every seed plan is published and none has a lättläst version.
        #expect(strict.count == plain.content.plans.count)
        #expect(strict.allSatisfy { $0.severity == .warning && $0.location.line == 1 })

        let example = try Self.exampleWorkspace()
        defer { example.remove() }
        var exampleOptions = example.options()
        exampleOptions.strict = true
        #expect(!SiteBuilder.check(exampleOptions).report.diagnostics.contains { $0.message.contains("lättläst") })
    }

    @Test func anIncrementalBuildLinksAPlanToALattlastFileAddedSince() throws {
        let workspace = try Self.exampleWorkspace()
        defer { workspace.remove() }
        let file = workspace.root.appendingPathComponent(Self.easyReadFile)
        let text = try String(contentsOf: file, encoding: .utf8)
        try FileManager.default.removeItem(at: file)
        #expect(SiteBuilder.build(workspace.options()).writtenFiles != nil)
        let before = try SiteBuildTests.tree(workspace.output())
        #expect(try !Self.page(before, "\(Self.plan)/index.html").contains("lattlast/"))
        try workspace.write(text, to: Self.easyReadFile)
        #expect(SiteBuilder.build(workspace.options()).writtenFiles != nil)
        let after = try SiteBuildTests.tree(workspace.output())
        #expect(try Self.page(after, "\(Self.plan)/index.html").contains("lattlast/index.html"))
        #expect(after["\(Self.plan)/lattlast/index.html"] != nil)
        try FileManager.default.removeItem(at: file)
        #expect(SiteBuilder.build(workspace.options()).writtenFiles != nil)
        let removed = try SiteBuildTests.tree(workspace.output())
        #expect(removed["\(Self.plan)/lattlast/index.html"] == nil)
        #expect(try !Self.page(removed, "\(Self.plan)/index.html").contains("lattlast/"))
    }
}
