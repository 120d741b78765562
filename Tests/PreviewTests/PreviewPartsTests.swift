import PlanModel
import Testing
@testable import Preview

@Suite("Request paths")
struct SitePathTests {
    @Test(arguments: [
        ("/", "index.html"),
        ("/dalarna/", "dalarna/index.html"),
        ("/dalarna/vagen-in-2015-2020/index.html", "dalarna/vagen-in-2015-2020/index.html"),
        ("/assets/./site.css", "assets/site.css"),
        ("//assets//site.css", "assets/site.css"),
        ("/%C3%A5r.txt", "år.txt"),
    ])
    func namesAFile(raw: String, key: String) throws {
        #expect(try #require(SitePath(rawPath: raw)).fileKey == key)
    }

    @Test func aFolderWithoutItsSlashIsRedirected() throws {
        let path = try #require(SitePath(rawPath: "/dalarna"))
        #expect(path.fileKey == "dalarna")
        #expect(path.indexKeyIfFolder == "dalarna/index.html")
        #expect(path.folderLocation == "/dalarna/")
        #expect(try #require(SitePath(rawPath: "/%C3%A5r")).folderLocation == "/%C3%A5r/")
    }

    @Test(arguments: [
        "/../Package.swift", "/a/../b", "/%2e%2e/etc/passwd", "/%2E%2e/x", "/dalarna%2f..%2f..%2fPackage.swift",
        "/a\\b", "/a%5cb", "/%00", "/a%00.html", "/%zz", "/%2", "/%c0%ae%c0%ae/x", "/..",
    ])
    func refusesWhatCouldLeaveTheSite(raw: String) {
        #expect(SitePath(rawPath: raw) == nil)
    }
}

@Suite("Reload script, content types, error page")
struct PreviewPartsTests {
    @Test func theScriptGoesBeforeTheLastBodyClose() {
        let page = Array("<html><body><p>&lt;/body&gt;</p>\n</BODY></html>".utf8)
        let result = String(decoding: ReloadScript.inject(into: page, generation: 7), as: UTF8.self)
        #expect(result == "<html><body><p>&lt;/body&gt;</p>\n"
            + "<script src=\"/_planpress/reload.js\" data-generation=\"7\"></script>\n</BODY></html>")
    }

    @Test func aPageWithoutBodyGetsTheScriptAtTheEnd() {
        let result = String(decoding: ReloadScript.inject(into: Array("<p>x".utf8), generation: 1), as: UTF8.self)
        #expect(result.hasPrefix("<p>x<script src=\"/_planpress/reload.js\""))
    }

    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("assets/site.css", "text/css; charset=utf-8"),
        ("assets/app.js", "text/javascript; charset=utf-8"),
        ("data/planer.json", "application/json; charset=utf-8"),
        ("data/aktiviteter.csv", "text/csv; charset=utf-8"),
        ("a/b/b.txt", "text/plain; charset=utf-8"),
        ("a/b/b.epub", "application/epub+zip"),
        ("assets/logo.svg", "image/svg+xml; charset=utf-8"),
        ("sitemap.xml", "application/xml; charset=utf-8"),
        ("assets/logo.PNG", "image/png"),
        ("LICENSE", "application/octet-stream"),
        ("datasets/dcat", "application/rdf+xml; charset=utf-8"),
        ("/datasets/dcat", "application/rdf+xml; charset=utf-8"),
        ("datasets/dcat.bak", "application/octet-stream"),
        ("a.unknown", "application/octet-stream"),
    ])
    func contentTypes(path: String, type: String) {
        #expect(ContentTypes.forPath(path) == type)
    }

    @Test func theErrorPageListsEachProblemEscaped() throws {
        let problems = [
            Diagnostic(.warning, at: SourceLocation(file: "content/a/b.md", line: 3, column: 1), "En varning."),
            Diagnostic(.error, at: SourceLocation(file: "content/a/b.md", line: 12, column: 5),
                       "Okänt fält <script>alert(1)</script> & \"så\".", hint: "Ta bort 'raden'."),
        ]
        let page = String(decoding: ErrorPage.problems(problems), as: UTF8.self)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
        #expect(page.contains("<header>") && page.contains("<main>") && page.contains("<h1>"))
        #expect(page.contains("<code>content/a/b.md:12:5</code>"))
        #expect(page.contains("Okänt fält &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;så&quot;."))
        #expect(page.contains("Ta bort &#39;raden&#39;."))
        #expect(!page.contains("<script>"))
        // The error comes first: it is what stops the build.
        let error = try #require(page.firstRange(of: "b.md:12:5"))
        let warning = try #require(page.firstRange(of: "b.md:3:1"))
        #expect(error.lowerBound < warning.lowerBound)
    }

    @Test func onlyLoopbackHostsAreQuiet() {
        for host in ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2", "127.1", "127.0.1", "0x7f.0.0.1",
                     "2130706433", "::ffff:127.0.0.1", "[::ffff:127.0.0.1]", "0:0:0:0:0:0:0:1", "LOCALHOST"] {
            #expect(PreviewConfiguration(host: host).isLoopback, "\(host)")
        }
        for host in ["0.0.0.0", "::", "192.168.1.10", "example.se", "127.0.0.1.example.se", "127.evil.se", "127.0.0.300",
                     "::ffff:10.0.0.1", "128.0.0.1", "1", ""] {
            #expect(!PreviewConfiguration(host: host).isLoopback, "\(host)")
        }
        for authority in ["127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000", "127.0.0.1", "127.1:8000",
                          "[::ffff:127.0.0.1]:8000"] {
            #expect(PreviewResponder.isLocal(authority), "\(authority)")
        }
        for authority in ["example.se", "example.se:8000", "127.0.0.1.example.se:8000", "[2001:db8::1]:8000"] {
            #expect(!PreviewResponder.isLocal(authority), "\(authority)")
        }
        #expect(PreviewServer.url(host: "0.0.0.0", port: 8000) == "http://127.0.0.1:8000/")
        #expect(PreviewServer.url(host: "::1", port: 8001) == "http://[::1]:8001/")
        #expect(PreviewMessages.listening(PreviewServer.url(host: "127.0.0.1", port: 8000))
            == "Förhandsvisning: http://127.0.0.1:8000/ — tryck Ctrl-C för att avsluta")
    }
}

@Suite("Which tabs reload")
struct ReloadTargetTests {
    /// Publishes `changes` after a first site and returns the generations each listener heard.
    static func heard(_ changes: [String: [UInt8]], problems: [Diagnostic] = [], pages: [String?]) async -> [[Int]] {
        let state = PreviewState()
        let site: [String: [UInt8]] = ["index.html": [1], "dalarna/plan/index.html": [2], "assets/style.css": [3]]
        state.publish(files: site, problems: [])
        let streams = pages.map { state.listen(page: $0).generations }
        state.publish(files: site.merging(changes) { _, new in new }, problems: problems)
        state.close()
        var heard: [[Int]] = []
        for stream in streams {
            var generations: [Int] = []
            for await generation in stream { generations.append(generation) }
            heard.append(generations)
        }
        return heard
    }

    @Test func onlyTheChangedPageReloads() async {
        let heard = await Self.heard(["dalarna/plan/index.html": [9]],
                                     pages: ["dalarna/plan/index.html", "index.html", nil])
        #expect(heard == [[2], [], [2]])
    }

    @Test func aStylesheetChangeReloadsEveryTab() async {
        let heard = await Self.heard(["assets/style.css": [9]], pages: ["dalarna/plan/index.html", "index.html"])
        #expect(heard == [[2], [2]])
    }

    @Test func errorsReloadEveryTab() async {
        let error = Diagnostic(.error, at: SourceLocation(file: "content/a/b.md", line: 1, column: 1), "Fel.")
        let heard = await Self.heard([:], problems: [error], pages: ["dalarna/plan/index.html", "index.html"])
        #expect(heard == [[2], [2]])
    }
}
