import Foundation
import PlanModel
import Site
import Testing

/// Jämtland Härjedalen's action plan 2016 "follows the target areas of the integration strategy"
/// (the seed says so): both plan pages show it, the joined data records it, and a link in the
/// text to the strategy's file leads to its page.
@Suite(.serialized) struct PlanRelationTests {
    static let action = "jamtland-harjedalen/handlingsplan-2016"
    static let strategy = "jamtland-harjedalen/regional-strategi-okad-inflyttning-och-forbattrad-integration-2015-2020"

    @Test func theActionPlanAndTheStrategyLinkEachOther() throws {
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        // An editor's link in the text, to the strategy's file and a part of it.
        let file = workspace.root.appendingPathComponent("content/\(Self.action).md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try workspace.write(text + "\nSe [strategins första område](regional-strategi-okad-inflyttning-och-forbattrad-integration-2015-2020.md#hojd-utbildningsniva).\n",
                            to: "content/\(Self.action).md")
        let report = SiteBuilder.build(workspace.options())
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.errors)")
        let files = try SiteBuildTests.tree(workspace.output())
        func page(_ path: String) throws -> String { String(decoding: try #require(files[path]), as: UTF8.self) }
        let actionPage = try page("\(Self.action)/index.html")
        #expect(actionPage.contains("<div><dt>Genomför strategin</dt><dd><a href=\"../regional-strategi-okad-inflyttning-och-forbattrad-integration-2015-2020/index.html\">Regional strategi för ökad inflyttning och förbättrad integration 2015-2020</a></dd></div>"))
        #expect(actionPage.contains("<a href=\"../../\(Self.strategy)/index.html#hojd-utbildningsniva\">strategins första område</a>"))
        let largePrint = try page("\(Self.action)/storstil/index.html")
        #expect(largePrint.contains("<a href=\"../../../\(Self.strategy)/index.html#hojd-utbildningsniva\">"))
        let strategyPage = try page("\(Self.strategy)/index.html")
        #expect(strategyPage.contains("<div><dt>Handlingsplaner under strategin</dt>\n<dd><a href=\"../handlingsplan-2016/index.html\">"))
        let joined = try page("data/planer.json")
        #expect(joined.contains("\"implements\":{\"countySlug\":\"jamtland-harjedalen\",\"destination\":\"regional-strategi-okad-inflyttning-och-forbattrad-integration-2015-2020.md\""))
    }
}
