import Foundation
import PlanModel
import Render
@testable import Site
import Testing

/// `SiteBuilder.build` streams the plans and skips a site whose inputs did not change; what it
/// writes must still be exactly what `render` makes, and an output folder must never be left
/// stale or half-written.
@Suite(.serialized) struct StreamingBuildTests {
    typealias Workspace = SiteBuildTests.Workspace

    static func tree(_ folder: String) throws -> [String: Data] { try SiteBuildTests.tree(folder) }

    static func inode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.intValue
    }

    static func edit(_ path: String, _ change: (String) -> String) throws {
        try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test(arguments: [BuildOptions.Formats.all, .html])
    func theStreamedBuildWritesWhatRenderMakes(formats: BuildOptions.Formats) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        var options = workspace.options()
        options.formats = formats
        let report = SiteBuilder.build(options)
        #expect(report.writtenFiles != nil, "\(report.failure ?? "") \(report.diagnostics.errors)")
        let (content, checked) = SiteBuilder.check(options)
        #expect(report.diagnostics == checked.diagnostics)
        let rendered = try SiteBuilder.render(content, options: options)
        #expect(report.writtenFiles == rendered.count)
        var written = try Self.tree(workspace.output())
        #expect(FileManager.default.fileExists(atPath: OutputWriter.stampURL(of: URL(fileURLWithPath: workspace.output())).path))
        let manifest = written.removeValue(forKey: OutputWriter.manifestName)
        #expect(manifest == Data((rendered.map(\.path).sorted().joined(separator: "\n") + "\n").utf8))
        #expect(written.keys.sorted() == rendered.map(\.path).sorted())
        for file in rendered { #expect(written[file.path] == Data(file.bytes), "\(file.path)") }
    }

    @Test func anUnchangedSiteIsLeftAsItIs() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let first = SiteBuilder.build(workspace.options())
        let before = try Self.tree(workspace.output())
        let index = workspace.output() + "/index.html"
        let inode = Self.inode(index)
        let second = SiteBuilder.build(workspace.options())
        #expect(second.writtenFiles == first.writtenFiles)
        #expect(second.diagnostics == first.diagnostics && second.fileCount == first.fileCount)
        #expect(try Self.tree(workspace.output()) == before)
        #expect(Self.inode(index) == inode)
    }

    /// The stamp names each content file with its own digest, a plan's follow-up reports too,
    /// so that a site with follow-ups (the example county's) is also left as it is.
    @Test func anUnchangedSiteWithFollowUpReportsIsLeftAsItIs() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-followups-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: SiteBuildTests.repository.appendingPathComponent("examples/content"), to: content)
        let options = BuildOptions(contentDirectory: content.path, outputDirectory: root.appendingPathComponent("public").path,
                                   formats: .html)
        let first = SiteBuilder.build(options)
        try #require(first.writtenFiles != nil, "\(first.failure ?? "") \(first.diagnostics.errors)")
        // A build swaps a new folder in; one left as it is keeps its folder.
        let folder = root.appendingPathComponent("public").path
        let inode = Self.inode(folder)
        let second = SiteBuilder.build(options)
        #expect(second.writtenFiles == first.writtenFiles)
        #expect(Self.inode(folder) == inode)
    }

    @Test func aChangedPlanOrContentAssetMakesANewSite() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = SiteBuilder.build(workspace.options())
        try Self.edit(workspace.content + "/dalarna/vagen-in-2015-2020.md") {
            $0.replacingOccurrences(of: "## Avsiktsförklaring\n", with: "## Avsiktsförklaring\n\nEn ny mening i förordet.\n")
        }
        _ = SiteBuilder.build(workspace.options())
        _ = SiteBuilder.build(workspace.options(output: workspace.output("fresh")))
        let changed = try Self.tree(workspace.output()), fresh = try Self.tree(workspace.output("fresh"))
        #expect(changed == fresh)
        #expect(String(decoding: changed["dalarna/vagen-in-2015-2020/index.html"] ?? Data(), as: UTF8.self)
            .contains("En ny mening i förordet."))

        // The county's own stylesheet is linked from every page, and replaces nothing.
        try FileManager.default.createDirectory(atPath: workspace.content + "/assets", withIntermediateDirectories: true)
        try workspace.write("/* ny */\n", to: "content/assets/egen.css")
        _ = SiteBuilder.build(workspace.options())
        let site = try Self.tree(workspace.output())
        #expect(site["assets/egen.css"] == Data("/* ny */\n".utf8))
        #expect(String(decoding: site["index.html"] ?? Data(), as: UTF8.self)
            .contains("<link rel=\"stylesheet\" href=\"assets/egen.css\">"))
        #expect(String(decoding: site["dalarna/vagen-in-2015-2020/index.html"] ?? Data(), as: UTF8.self)
            .contains("<link rel=\"stylesheet\" href=\"../../assets/egen.css\">"))
    }

    @Test func aMissingOrEditedOutputFileIsWrittenAgain() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = SiteBuilder.build(workspace.options())
        let before = try Self.tree(workspace.output())
        let page = workspace.output() + "/index.html"
        try FileManager.default.removeItem(atPath: page)
        _ = SiteBuilder.build(workspace.options())
        #expect(try Self.tree(workspace.output()) == before)
        let handle = try #require(FileHandle(forWritingAtPath: page))
        try handle.seek(toOffset: 10)
        try handle.write(contentsOf: Data("X".utf8))
        try handle.close()
        _ = SiteBuilder.build(workspace.options())
        #expect(try Self.tree(workspace.output()) == before)
    }

    @Test func aForeignFileIsRefusedEvenWhenNothingChanged() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = SiteBuilder.build(workspace.options())
        try Data("viktigt".utf8).write(to: URL(fileURLWithPath: workspace.output() + "/anteckningar.txt"))
        let report = SiteBuilder.build(workspace.options())
        #expect(report.writtenFiles == nil)
        #expect(report.failure?.contains("anteckningar.txt") == true)
    }

    @Test func filesThatDidNotChangeAreKeptNotWrittenAgain() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = SiteBuilder.build(workspace.options())
        let style = workspace.output() + "/assets/style.css"
        let inode = Self.inode(style)
        try Self.edit(workspace.content + "/dalarna/vagen-in-2015-2020.md") { $0 + "\nEtt tillägg.\n" }
        let report = SiteBuilder.build(workspace.options())
        #expect(report.writtenFiles != nil, "\(report.failure ?? "")")
        #expect(Self.inode(style) == inode)
        _ = SiteBuilder.build(workspace.options(output: workspace.output("fresh")))
        #expect(try Self.tree(workspace.output()) == (try Self.tree(workspace.output("fresh"))))
    }
}
