import Foundation
import PlanModel
import Site
import Testing
@testable import Preview

@Suite("Rebuilding the preview site", .serialized)
struct SiteRebuilderTests {
    static let planFile = "content/dalarna/vagen-in-2015-2020.md"
    static let otherPlanFile = "content/vasternorrland/handlingsplan-integration-och-etablering-2015-2017.md"
    static let sentence = "Social sammanhållning skapas i en ömsesidig process mellan människor."

    static func fullRender(_ fixture: borrowing PreviewFixture, options: BuildOptions) throws -> [String: [UInt8]] {
        var options = options
        options.contentDirectory = fixture.content
        let files = try SiteBuilder.render(SiteBuilder.check(options).content, options: options)
        return Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    }

    static func change(_ relative: String) -> FileWatcher.Change {
        FileWatcher.Change(root: .content, path: String(relative.dropFirst("content/".count)), kind: .modified)
    }

    @Test func aPlanEditRendersTheSameSiteAsAFullBuild() throws {
        let fixture = try PreviewFixture()
        var rebuilder = SiteRebuilder(contentDirectory: fixture.content)
        rebuilder.render()
        #expect(!rebuilder.problems.hasErrors, "\(rebuilder.problems)")
        #expect(rebuilder.files == (try Self.fullRender(fixture, options: rebuilder.options)))

        // A new title shows on the home and county pages, in the feed and in the search index too.
        try fixture.replace(Self.planFile, Self.sentence, with: "En ny mening om samverkan.")
        try fixture.replace(Self.planFile, "title: Vägen in", with: "title: Vägen in, reviderad")
        let changed = rebuilder.read([Self.change(Self.planFile)])
        #expect(changed)
        rebuilder.render()
        #expect(rebuilder.lastRender == .plans([SiteRebuilder.PlanKey(county: "dalarna", slug: "vagen-in-2015-2020")]))
        let full = try Self.fullRender(fixture, options: rebuilder.options)
        #expect(rebuilder.files.keys.sorted() == full.keys.sorted())
        for (path, bytes) in full where rebuilder.files[path] != bytes {
            Issue.record("\(path) differs from a full build")
        }
        #expect(String(decoding: rebuilder.files["index.html"] ?? [], as: UTF8.self).contains("Vägen in, reviderad"))
        var options = rebuilder.options
        options.contentDirectory = fixture.content
        #expect(rebuilder.content.diagnostics == SiteBuilder.check(options).content.diagnostics)
    }

    /// The saved plan's own page is published first, before the pages that list every plan.
    @Test func aPlanEditIsPublishedInTwoSteps() throws {
        let fixture = try PreviewFixture()
        var rebuilder = SiteRebuilder(contentDirectory: fixture.content)
        rebuilder.render()
        try fixture.replace(Self.planFile, "title: Vägen in", with: "title: Vägen in, reviderad")
        _ = rebuilder.read([Self.change(Self.planFile)])
        var published: [[String: [UInt8]]] = []
        rebuilder.render { files, problems in
            #expect(!problems.hasErrors)
            published.append(files)
        }
        try #require(published.count == 2)
        func text(_ step: Int, _ path: String) -> String { String(decoding: published[step][path] ?? [], as: UTF8.self) }
        #expect(text(0, "dalarna/vagen-in-2015-2020/index.html").contains("Vägen in, reviderad"))
        #expect(!text(0, "index.html").contains("Vägen in, reviderad"))
        #expect(text(1, "index.html").contains("Vägen in, reviderad"))
        #expect(published[1] == (try Self.fullRender(fixture, options: rebuilder.options)))
    }

    /// The slow half runs on its own thread; a plan saved meanwhile is shown at once, and the
    /// site catches up with it afterwards.
    @Test func aSaveDuringTheSlowHalfIsShownAndCaughtUp() throws {
        let fixture = try PreviewFixture()
        var rebuilder = SiteRebuilder(contentDirectory: fixture.content)
        rebuilder.render()

        try fixture.replace(Self.planFile, "title: Vägen in", with: "title: Första ändringen")
        _ = rebuilder.read([Self.change(Self.planFile)])
        let shown1 = rebuilder.renderChangedPlans()
        #expect(shown1)
        let firstTaken = rebuilder.takeWork()
        let first = try #require(firstTaken)
        let none = rebuilder.takeWork()
        #expect(none == nil)

        try fixture.replace(Self.planFile, "title: Första ändringen", with: "title: Andra ändringen")
        _ = rebuilder.read([Self.change(Self.planFile)])
        let shown2 = rebuilder.renderChangedPlans()
        #expect(shown2)
        let page = "dalarna/vagen-in-2015-2020/index.html"
        #expect(String(decoding: rebuilder.files[page] ?? [], as: UTF8.self).contains("Andra ändringen"))

        rebuilder.merge(first.run())
        #expect(rebuilder.joinIsStale)
        let secondTaken = rebuilder.takeWork()
        let second = try #require(secondTaken)
        rebuilder.merge(second.run())
        #expect(!rebuilder.joinIsStale)
        #expect(rebuilder.files == (try Self.fullRender(fixture, options: rebuilder.options)))
    }

    /// A whole render (after site.yml changed) that started before a plan was saved has the
    /// plan as it was; the plan is rendered again when it is taken in.
    @Test func aSaveDuringAWholeRenderIsNotLost() throws {
        let fixture = try PreviewFixture()
        var rebuilder = SiteRebuilder(contentDirectory: fixture.content)
        rebuilder.render()

        let changed = rebuilder.read([FileWatcher.Change(root: .content, path: "site.yml", kind: .modified)])
        #expect(changed)
        let wholeTaken = rebuilder.takeWork()
        let whole = try #require(wholeTaken)

        try fixture.replace(Self.planFile, Self.sentence, with: "En mening skriven under tiden.")
        _ = rebuilder.read([Self.change(Self.planFile)])
        let shown3 = rebuilder.renderChangedPlans()
        #expect(shown3)

        rebuilder.merge(whole.run())
        #expect(rebuilder.lastRender == .plans([SiteRebuilder.PlanKey(county: "dalarna", slug: "vagen-in-2015-2020")]))
        let page = String(decoding: rebuilder.files["dalarna/vagen-in-2015-2020/index.html"] ?? [], as: UTF8.self)
        #expect(page.contains("En mening skriven under tiden."))
        let nextTaken = rebuilder.takeWork()
        let next = try #require(nextTaken)
        rebuilder.merge(next.run())
        #expect(rebuilder.files == (try Self.fullRender(fixture, options: rebuilder.options)))
    }

    /// Plans link the glossary abbreviations of every plan, so a new one in one plan changes
    /// another plan's page: then every plan is rendered again.
    @Test func aNewGlossaryAbbreviationRendersEveryPlan() throws {
        let fixture = try PreviewFixture()
        var rebuilder = SiteRebuilder(contentDirectory: fixture.content)
        rebuilder.render()
        try fixture.write(Self.planFile, try fixture.read(Self.planFile)
            + "\n## Ordlista\n\n| Term | Förklaring |\n| --- | --- |\n| RÖK | Regional överenskommelse. |\n")
        let changed = rebuilder.read([Self.change(Self.planFile)])
        #expect(changed)
        rebuilder.render()
        #expect(rebuilder.lastRender == .everything)
        #expect(!rebuilder.problems.hasErrors, "\(rebuilder.problems)")
        let full = try Self.fullRender(fixture, options: rebuilder.options)
        #expect(rebuilder.files.keys.sorted() == full.keys.sorted())
        for (path, bytes) in full where rebuilder.files[path] != bytes {
            Issue.record("\(path) differs from a full build")
        }
    }

    @Test func aPlanEditReadsThatPlanOnly() throws {
        let fixture = try PreviewFixture()
        var rebuilder = SiteRebuilder(contentDirectory: fixture.content)
        rebuilder.render()
        let other = try fixture.read(Self.otherPlanFile)
        let otherTitle = try #require(other.firstMatch(of: /\ntitle: (.+)\n/)).1
        // Both files change on disk, but only the first is reported as changed: if the second
        // shows its new title, it was read again when it need not have been.
        try fixture.write(Self.otherPlanFile, other.replacingOccurrences(of: "title: \(otherTitle)", with: "title: Ändrad titel"))
        try fixture.replace(Self.planFile, "title: Vägen in", with: "title: Vägen in, reviderad")
        let changed = rebuilder.read([Self.change(Self.planFile)])
        #expect(changed)
        rebuilder.render()

        let titles = rebuilder.content.plans.map(\.title)
        #expect(titles.contains("Vägen in, reviderad"))
        #expect(titles.contains(String(otherTitle)))
        #expect(!titles.contains("Ändrad titel"))
    }

    @Test func aContentAssetRendersEverything() throws {
        let fixture = try PreviewFixture()
        var rebuilder = SiteRebuilder(contentDirectory: fixture.content)
        rebuilder.render()
        try FileManager.default.createDirectory(atPath: fixture.path("content/assets"), withIntermediateDirectories: true)
        try fixture.write("content/assets/egen.css", "body { color: #111; }\n")
        let changed = rebuilder.read([FileWatcher.Change(root: .content, path: "assets/egen.css", kind: .added)])
        #expect(changed)
        rebuilder.render()
        #expect(rebuilder.lastRender == .everything)
        #expect(rebuilder.files["assets/egen.css"] == Array("body { color: #111; }\n".utf8))
        let home = String(decoding: rebuilder.files["index.html"] ?? [], as: UTF8.self)
        #expect(home.contains("href=\"assets/egen.css\""))
    }

    /// The templates are compiled into the program: editing one changes nothing until PlanPress
    /// is built again (the loop says so in the terminal).
    @Test func anEditedSwiftTemplateRendersNothing() throws {
        let fixture = try PreviewFixture()
        var rebuilder = SiteRebuilder(contentDirectory: fixture.content)
        rebuilder.render()
        let changed = rebuilder.read([FileWatcher.Change(root: .templates, path: "Plan/PlanPageTemplate.swift", kind: .modified)])
        #expect(!changed)
    }

    @Test func filesTheLoaderDoesNotReadChangeNothing() throws {
        let fixture = try PreviewFixture()
        var rebuilder = SiteRebuilder(contentDirectory: fixture.content)
        rebuilder.render()
        let changed = rebuilder.read([
            FileWatcher.Change(root: .content, path: "dalarna/anteckningar.txt", kind: .added),
            FileWatcher.Change(root: .content, path: "README", kind: .modified),
        ])
        #expect(!changed)
    }

    @Test func theWatcherSeesEditsAdditionsAndRemovals() throws {
        let fixture = try PreviewFixture()
        var watcher = FileWatcher(content: fixture.content, templates: fixture.templates)
        let nothing = watcher.changes()
        #expect(nothing.isEmpty)
        try fixture.replace(Self.planFile, Self.sentence, with: "Ändrad.")
        try fixture.write("content/dalarna/ny-plan.md", "---\n")
        try fixture.write("templates/assets/ny.css", "")
        try FileManager.default.removeItem(atPath: fixture.path(Self.otherPlanFile))
        try fixture.write("content/dalarna/.vagen-in-2015-2020.md.swp", "autosave")
        let changes = watcher.changes()
        #expect(changes == [
            .init(root: .content, path: "dalarna/ny-plan.md", kind: .added),
            .init(root: .content, path: "dalarna/vagen-in-2015-2020.md", kind: .modified),
            .init(root: .content, path: "vasternorrland/handlingsplan-integration-och-etablering-2015-2017.md", kind: .removed),
            .init(root: .templates, path: "assets/ny.css", kind: .added),
        ])
        let again = watcher.changes()
        #expect(again.isEmpty)
    }

    /// `planpress build` output never carries the preview's reload script; only the preview
    /// server's responses do, and it adds it per response, not to the in-memory site.
    @Test func theBuiltSiteHasNoReloadScript() throws {
        let fixture = try PreviewFixture()
        let built = try Self.fullRender(fixture, options: BuildOptions(
            contentDirectory: fixture.content, preview: false))
        var rebuilder = SiteRebuilder(contentDirectory: fixture.content)
        rebuilder.render()
        #expect(built.keys.contains("index.html"))
        for (path, bytes) in Array(built) + Array(rebuilder.files) {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("/_planpress/"), "\(path)")
            #expect(!text.contains("EventSource"), "\(path)")
        }
    }
}
