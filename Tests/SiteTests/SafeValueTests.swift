import Foundation
import PlanModel
import ViewModel
@testable import Site
import Testing

/// Values from outside the content folder are checked as strictly as the content itself.
@Suite struct SafeValueTests {
    @Test func sourceDateEpochMustBeWholeSecondsSince1970() {
        #expect(ContentLoader.sourceDateEpoch("0") == 0)
        #expect(ContentLoader.sourceDateEpoch("1767225600").map(ContentLoader.isoDate) == "2026-01-01")
        #expect(ContentLoader.sourceDateEpoch("253402300799").map(ContentLoader.isoDate) == "9999-12-31")
        for bad in ["nan", "inf", "-inf", "abc", "1e9", "-5", "+5", " 5", "5.0", "253402300800", "99999999999999999999"] {
            #expect(ContentLoader.sourceDateEpoch(bad) == nil, "\(bad)")
        }
    }

    @Test(arguments: ["sok", "lan", "teman", "organisationer", "ordlista", "aktiviteter", "data", "perioder", "tillganglighet"])
    func aCountyFolderNamedLikeASiteSectionIsRefused(name: String) throws {
        #expect(SiteAddress.sectionNames.contains(name))
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(atPath: workspace.content + "/" + name, withIntermediateDirectories: true)
        try workspace.write("---\nname: Elakt län\n---\n", to: "content/\(name)/_index.md")
        let report = SiteBuilder.build(workspace.options())
        #expect(report.writtenFiles == nil)
        let error = try #require(report.diagnostics.errors.first)
        #expect(error.location.file.hasSuffix("content/\(name)"))
        #expect(error.message.contains("samma namn som en del av webbplatsen"))
    }

    @Test func organisationNamesTypedDecomposedMatchThePlansAsBefore() throws {
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        let composed = SiteBuilder.check(workspace.options()).report.diagnostics
        let file = workspace.content + "/organisations.yml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let decomposed = text.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.utf8) != Array(text.utf8))
        try Data(decomposed.utf8).write(to: URL(fileURLWithPath: file))
        #expect(SiteBuilder.check(workspace.options()).report.diagnostics == composed)
    }
}
