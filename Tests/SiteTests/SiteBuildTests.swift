import Foundation
import PlanModel
import Site
import Testing

/// Building the real content: reproducible, atomic, and careful with the output folder.
@Suite(.serialized) struct SiteBuildTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A scratch folder with a copy of content/ that a test may change.
    struct Workspace {
        let root: URL
        var content: String { root.appendingPathComponent("content").path }
        func output(_ name: String = "public") -> String { root.appendingPathComponent(name).path }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-site-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            for folder in ["content"] {
                try FileManager.default.copyItem(at: SiteBuildTests.repository.appendingPathComponent(folder),
                                                 to: root.appendingPathComponent(folder))
            }
        }

        func options(output: String? = nil) -> BuildOptions {
            BuildOptions(contentDirectory: content, outputDirectory: output ?? self.output())
        }

        func write(_ text: String, to relative: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(relative))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static func tree(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = FileManager.default.contents(atPath: folder + "/" + path) }
        }
        return files
    }

    @Test func theRealContentBuildsWithoutErrors() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let report = SiteBuilder.build(workspace.options())
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.errors)")
        #expect(report.writtenFiles ?? 0 > 10, "\(report.failure ?? "")")
        let files = try Self.tree(workspace.output())
        #expect(files["index.html"] != nil)
        #expect(files["dalarna/vagen-in-2015-2020/index.html"] != nil)
    }

    /// `build` and `check` end with the same summary, which counts the files read apart from the problems.
    @Test func buildAndCheckSayHowManyFilesTheyRead() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let built = SiteBuilder.build(workspace.options())
        let checked = SiteBuilder.check(workspace.options()).report
        #expect(built.summary == checked.summary)
        #expect(built.summary.hasSuffix("; \(built.fileCount) filer lästa"), "\(built.summary)")
    }

    @Test func twoBuildsOfTheSameContentAreByteIdentical() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = SiteBuilder.build(workspace.options(output: workspace.output("first")))
        _ = SiteBuilder.build(workspace.options(output: workspace.output("second")))
        let first = try Self.tree(workspace.output("first"))
        let second = try Self.tree(workspace.output("second"))
        #expect(!first.isEmpty)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first { #expect(second[path] == bytes, "\(path) differs") }
    }

    @Test func aFailedBuildLeavesThePreviousSiteUntouched() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = SiteBuilder.build(workspace.options())
        let before = try Self.tree(workspace.output())
        try workspace.write("---\ntitle: Trasig\n", to: "content/dalarna/trasig.md")
        let report = SiteBuilder.build(workspace.options())
        #expect(report.writtenFiles == nil)
        #expect(report.diagnostics.errors.contains { $0.location.file.hasSuffix("dalarna/trasig.md") })
        #expect(try Self.tree(workspace.output()) == before)
    }

    @Test func filesOfAnOlderBuildDoNotLinger() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = SiteBuilder.build(workspace.options())
        #expect(try Self.tree(workspace.output()).keys.contains("dalarna/vagen-in-2015-2020/index.html"))
        try FileManager.default.removeItem(atPath: workspace.content + "/dalarna/vagen-in-2015-2020.md")
        let report = SiteBuilder.build(workspace.options())
        #expect(report.writtenFiles != nil, "\(report.failure ?? "") \(report.diagnostics.errors)")
        #expect(!(try Self.tree(workspace.output()).keys.contains { $0.hasPrefix("dalarna/vagen-in-2015-2020/") }))
    }

    @Test func anOutputFolderWithForeignFilesIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = workspace.output("projekt")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("viktigt".utf8).write(to: URL(fileURLWithPath: output + "/anteckningar.txt"))
        let report = SiteBuilder.build(workspace.options(output: output))
        #expect(report.writtenFiles == nil)
        #expect(report.failure?.contains("anteckningar.txt") == true)
        #expect(FileManager.default.contents(atPath: output + "/anteckningar.txt") == Data("viktigt".utf8))
    }

    @Test func aSymbolicLinkOutOfTheContentFolderIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let outside = workspace.root.appendingPathComponent("utanfor.md")
        try Data("---\ntitle: Hemlig\n---\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(atPath: workspace.content + "/dalarna/lank.md",
                                                   withDestinationPath: outside.path)
        let report = SiteBuilder.check(workspace.options()).report
        #expect(report.diagnostics.errors.contains {
            $0.location.file.hasSuffix("dalarna/lank.md") && $0.message.contains("symbolisk länk")
        })
    }

    @Test func rawHTMLAndScriptLinksInASourceNeverReachTheSite() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("""
            ---
            title: Farlig plan
            kind: strategi
            publisher: Länsstyrelsen Dalarna
            period: 2020
            ---

            <script>alert(1)</script>

            ## Mål: <iframe src="https://evil.example"></iframe>Ett mål

            Tema: arbete

            Text [klick](javascript:alert(1)) och <img src=x onerror=alert(1)>.

            | Aktivitet | Ansvar |
            | --- | --- |
            | <script>alert(2)</script>Göra något | Arbetsförmedlingen |
            """, to: "content/dalarna/farlig.md")
        let report = SiteBuilder.build(workspace.options())
        #expect(report.writtenFiles != nil, "\(report.failure ?? "") \(report.diagnostics.errors)")
        let files = try Self.tree(workspace.output()).filter { $0.key.hasPrefix("dalarna/farlig/") }
        #expect(!files.isEmpty)
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<iframe"), "\(path)")
            #expect(!html.contains("alert(1)</script>") && !html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("javascript:"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
        }
    }
}

@Suite struct ContentNameTests {
    @Test func aFileNameThatIsNotAnAddressIsAnErrorWithTheNameToUse() throws {
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        try FileManager.default.copyItem(atPath: workspace.content + "/dalarna/vagen-in-2015-2020.md",
                                         toPath: workspace.content + "/dalarna/Vägen In.md")
        let report = SiteBuilder.check(workspace.options()).report
        #expect(report.diagnostics.errors.contains {
            $0.location.file.hasSuffix("dalarna/Vägen In.md") && $0.hint?.contains("\"vagen-in\"") == true
        }, "\(report.diagnostics)")
    }
}
