import Foundation
import PlanModel
@testable import Site
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// PlanPress writes only into a folder that is empty or that it wrote itself; anything else is
/// refused with one message and left exactly as it was. All of it against scratch folders.
@Suite(.serialized) struct OutputFolderTests {
    typealias Workspace = SiteBuildTests.Workspace

    /// A process id no process has (above Linux's largest), as a killed build leaves behind.
    static let deadPID: Int32 = 2_147_483_000

    static func build(_ workspace: Workspace, output: String) -> BuildReport {
        SiteBuilder.build(workspace.options(output: output))
    }

    static func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test func anOutputThatIsAPlainFileIsRefusedAndKept() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let file = workspace.output("anteckningar.txt")
        try Data("viktigt".utf8).write(to: URL(fileURLWithPath: file))
        let report = Self.build(workspace, output: file)
        #expect(report.writtenFiles == nil)
        #expect(report.failure?.contains("är inte en mapp") == true, "\(report.failure ?? "")")
        #expect(FileManager.default.contents(atPath: file) == Data("viktigt".utf8))
    }

    @Test func anOutputThatIsAFIFOIsRefusedAndKept() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let fifo = workspace.output("ror")
        #expect(mkfifo(fifo, 0o600) == 0)
        let report = Self.build(workspace, output: fifo)
        #expect(report.writtenFiles == nil)
        #expect(report.failure?.contains("är inte en mapp") == true, "\(report.failure ?? "")")
        #expect(Self.kind(fifo) == S_IFIFO)
    }

    @Test func anOutputThatIsASymbolicLinkIsRefusedAndKept() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let real = workspace.output("riktig")
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
        let link = workspace.output("lank")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let report = Self.build(workspace, output: link)
        #expect(report.writtenFiles == nil)
        #expect(report.failure?.contains("symbolisk länk") == true, "\(report.failure ?? "")")
        #expect(Self.kind(link) == S_IFLNK)
    }

    @Test(arguments: ["content/site.yml", "content", "content/ut", "content/dalarna/ut", "templates", "templates/ut", "."])
    func anOutputInsideTheSourcesIsRefused(relative: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(atPath: workspace.output("templates"), withIntermediateDirectories: true)
        let siteFile = try #require(FileManager.default.contents(atPath: workspace.content + "/site.yml"))
        let report = Self.build(workspace, output: workspace.output(relative))
        #expect(report.writtenFiles == nil)
        #expect(report.failure?.contains("Inget har ändrats") == true, "\(report.failure ?? "")")
        #expect(FileManager.default.contents(atPath: workspace.content + "/site.yml") == siteFile)
        #expect(!FileManager.default.fileExists(atPath: workspace.output(relative) + "/index.html"))
    }

    @Test func aFolderHoldingOnlyLinksToFoldersIsRefusedAndKept() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = workspace.output("lankar")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: output + "/innehall", withDestinationPath: workspace.content)
        let report = Self.build(workspace, output: output)
        #expect(report.writtenFiles == nil)
        #expect(report.failure?.contains("innehall") == true, "\(report.failure ?? "")")
        #expect(Self.kind(output + "/innehall") == S_IFLNK)
    }

    @Test func aFolderHoldingOnlyEmptyFoldersIsRefusedAndKept() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = workspace.output("tomma")
        try FileManager.default.createDirectory(atPath: output + "/a/b", withIntermediateDirectories: true)
        let report = Self.build(workspace, output: output)
        #expect(report.writtenFiles == nil)
        #expect(report.failure?.contains("a/b/") == true, "\(report.failure ?? "")")
        #expect(Self.kind(output + "/a/b") == S_IFDIR)
    }

    @Test func anEmptyOutputFolderIsBuiltInto() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = workspace.output("tom")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let report = Self.build(workspace, output: output)
        #expect(report.writtenFiles != nil, "\(report.failure ?? "")")
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    /// Root reads every folder whatever its mode, so this can only be tried as another user.
    @Test(.enabled(if: getuid() != 0)) func anUnreadableOutputFolderIsRefusedAndKept() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = workspace.output("last")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        #expect(chmod(output, 0o000) == 0)
        defer { chmod(output, 0o755) }
        let report = Self.build(workspace, output: output)
        #expect(report.writtenFiles == nil)
        #expect(report.failure?.contains("går inte att läsa") == true, "\(report.failure ?? "")")
        #expect(Self.kind(output) == S_IFDIR)
    }

    @Test func aRebuildSwapsTheSiteInAndLeavesNothingBeside() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = workspace.output()
        _ = Self.build(workspace, output: output)
        let inode = StreamingBuildTests.inode(output)
        try StreamingBuildTests.edit(workspace.content + "/site.yml") { $0 + "\n" }
        let rebuilt = Self.build(workspace, output: output)
        #expect(rebuilt.writtenFiles != nil, "\(rebuilt.failure ?? "")")
        #expect(StreamingBuildTests.inode(output) != inode)
        let beside = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path)
        #expect(beside.filter { $0.hasPrefix(".public.planpress-") }.sorted() == [".public.planpress-build", ".public.planpress-cache"])
        #expect(!FileManager.default.fileExists(atPath: output + "/" + StagingLeftovers.markerName))
    }

    @Test func aKilledBuildsStagingFolderIsRemovedOnlyWhenProvablyOurs() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = URL(fileURLWithPath: workspace.output())
        let ours = StagingLeftovers.newName(output, pid: Self.deadPID)
        let theirs = StagingLeftovers.newName(output, pid: Self.deadPID - 1)
        let running = StagingLeftovers.newName(output, pid: getppid())
        for folder in [ours, theirs, running] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("dalarna"), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: folder.appendingPathComponent("dalarna/index.html"))
        }
        for folder in [ours, running] {
            try Data(StagingLeftovers.markerText.utf8).write(to: folder.appendingPathComponent(StagingLeftovers.markerName))
        }
        // Killed after the exchange: the staging name holds the old site, which its manifest lists.
        let swappedOut = StagingLeftovers.newName(output, pid: Self.deadPID - 2)
        try FileManager.default.createDirectory(at: swappedOut.appendingPathComponent("dalarna"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: swappedOut.appendingPathComponent("dalarna/index.html"))
        try Data("dalarna/index.html\n".utf8).write(to: swappedOut.appendingPathComponent(OutputWriter.manifestName))
        let report = Self.build(workspace, output: output.path)
        #expect(report.writtenFiles != nil, "\(report.failure ?? "")")
        #expect(!FileManager.default.fileExists(atPath: ours.path))
        #expect(!FileManager.default.fileExists(atPath: swappedOut.path))
        #expect(FileManager.default.fileExists(atPath: theirs.appendingPathComponent("dalarna/index.html").path))
        #expect(FileManager.default.fileExists(atPath: running.appendingPathComponent("dalarna/index.html").path))
    }

    @Test func anOldSiteLeftAsideByAKilledSwapIsPutBack() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = URL(fileURLWithPath: workspace.output())
        _ = Self.build(workspace, output: output.path)
        let aside = StagingLeftovers.oldName(output, pid: Self.deadPID)
        try FileManager.default.moveItem(at: output, to: aside)
        let before = try SiteBuildTests.tree(aside.path)
        StagingLeftovers.clean(output)
        #expect(try SiteBuildTests.tree(output.path) == before)
        #expect(!FileManager.default.fileExists(atPath: aside.path))
    }
}
