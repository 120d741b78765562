import Foundation
import Testing
@testable import Preview

/// The real server on a free loopback port, on a copy of the real content and templates.
@Suite("planpress serve", .serialized, .timeLimit(.minutes(5)))
struct PreviewServerTests {
    static let planFile = "content/dalarna/vagen-in-2015-2020.md"
    static let planPage = "/dalarna/vagen-in-2015-2020/"
    static let planTitle = "Vägen in"
    static let sentence = "Social sammanhållning skapas i en ömsesidig process mellan människor."

    @Test func servesTheHomePageAndAPlanPage() async throws {
        let fixture = try PreviewFixture()
        try await RunningPreview.with(content: fixture.content, templates: fixture.templates) { preview in
            let home = try await fetch(preview.base + "/")
            #expect(home.status == 200)
            #expect(home.contentType == "text/html; charset=utf-8")
            #expect(home.headers["cache-control"] == "no-store")
            #expect(home.body.contains("<html lang=\"sv\""))
            #expect(home.body.contains(Self.planTitle))
            #expect(home.body.contains("<script src=\"/_planpress/reload.js\""))

            let plan = try await fetch(preview.base + Self.planPage)
            #expect(plan.status == 200)
            #expect(plan.contentType == "text/html; charset=utf-8")
            #expect(plan.body.contains("<h1"))
            #expect(plan.body.contains(Self.planTitle))
            #expect(plan.body.contains(Self.sentence))

            let script = try await fetch(preview.base + "/_planpress/reload.js")
            #expect(script.status == 200)
            #expect(script.contentType == "text/javascript; charset=utf-8")
            #expect(script.body.contains("EventSource"))
        }
    }

    @Test func foldersRedirectsAndMissingPages() async throws {
        let fixture = try PreviewFixture()
        try await RunningPreview.with(content: fixture.content, templates: fixture.templates) { preview in
            let folder = try await RawHTTP.get("/dalarna/", port: preview.port)
            #expect(folder.status == 200)
            #expect(folder.body.contains("<html"))

            let bare = try await RawHTTP.get("/dalarna", port: preview.port)
            #expect(bare.status == 301)
            #expect(bare.headers["location"] == "/dalarna/")

            let missing = try await RawHTTP.get("/finns-inte/", port: preview.port)
            #expect(missing.status == 404)
            #expect(missing.contentType == "text/html; charset=utf-8")
            #expect(missing.body.contains("/_planpress/reload.js"))

            let post = try await onOwnThread {
                let socket = try Socket(port: preview.port, receiveTimeoutMilliseconds: 10_000)
                defer { socket.closeConnection() }
                try socket.sendText("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return String(decoding: try socket.readToEnd(), as: UTF8.self)
            }
            #expect(post.hasPrefix("HTTP/1.1 405"))

            // DNS rebinding: another site's name pointed at 127.0.0.1 gets nothing.
            let rebound = try await onOwnThread {
                let socket = try Socket(port: preview.port, receiveTimeoutMilliseconds: 10_000)
                defer { socket.closeConnection() }
                try socket.sendText("GET / HTTP/1.1\r\nHost: angripare.example:\(preview.port)\r\nConnection: close\r\n\r\n")
                return String(decoding: try socket.readToEnd(), as: UTF8.self)
            }
            #expect(rebound.hasPrefix("HTTP/1.1 403"))
            #expect(!rebound.contains("<html"))
            let local = try await RawHTTP.get("/", port: preview.port)
            #expect(local.status == 200)
        }
    }

    @Test(arguments: [
        "/../Package.swift",
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/Package.swift",
        "/dalarna%2f..%2f..%2fPackage.swift",
        "/dalarna/..%2f..%2fPackage.swift",
        "/..%5c..%5cPackage.swift",
        "/dalarna/%00index.html",
        "/index.html%00.css",
        "/%zz",
        "/%c0%ae%c0%ae/Package.swift",
        "//etc/passwd",
        "/_planpress/../Package.swift",
    ])
    func traversalGetsNotFound(target: String) async throws {
        let fixture = try PreviewFixture()
        try await RunningPreview.with(content: fixture.content, templates: fixture.templates) { preview in
            let reply = try await RawHTTP.get(target, port: preview.port)
            #expect(reply.status == 404, "\(target) gave \(reply.status)")
            #expect(!reply.body.contains("swift-tools-version"))
            #expect(!reply.body.contains("root:x:0:0"))
        }
    }

    @Test func editingAPlanServesTheNewTextAndReloadsOpenPages() async throws {
        let fixture = try PreviewFixture()
        try await RunningPreview.with(content: fixture.content, templates: fixture.templates) { preview in
            let events = try EventStreamClient(port: preview.port)
            defer { events.close() }
            try await events.waitFor(": PlanPress")

            let changed = "Förhandsvisningen visar den här meningen direkt."
            try fixture.replace(Self.planFile, Self.sentence, with: changed)
            try await events.waitFor("event: reload", timeout: .seconds(5))

            let page = try await fetch(preview.base + Self.planPage)
            #expect(page.status == 200)
            #expect(page.body.contains(changed))
            #expect(!page.body.contains(Self.sentence))
        }
    }

    @Test func aBrokenPlanShowsItsErrorsUntilItIsFixed() async throws {
        let fixture = try PreviewFixture()
        try fixture.write("content/assets/preview-test.css", "body { color: #111; }\n")
        try await RunningPreview.with(content: fixture.content, templates: fixture.templates) { preview in
            let events = try EventStreamClient(port: preview.port)
            defer { events.close() }
            try await events.waitFor(": PlanPress")
            let original = try fixture.read(Self.planFile)

            // Without its closing ---, the front matter never ends.
            let broken = original.replacingOccurrences(of: "undertecknades av parterna den 3 juni 2015.\n---\n",
                                                       with: "undertecknades av parterna den 3 juni 2015.\n\n")
            try #require(broken != original)
            try fixture.write(Self.planFile, broken)
            try await events.waitFor("event: reload", timeout: .seconds(5))

            let errorPage = try await fetch(preview.base + Self.planPage)
            #expect(errorPage.status == 500)
            #expect(errorPage.contentType == "text/html; charset=utf-8")
            #expect(errorPage.body.contains("<html lang=\"sv\">"))
            #expect(errorPage.body.contains("<main>"))
            #expect(errorPage.body.contains(PreviewMessages.errorPageTitle))
            let location = try #require(errorPage.body.firstMatch(of: /vagen-in-2015-2020\.md:(\d+):(\d+)/))
            #expect(Int(location.1)! >= 1 && Int(location.2)! >= 1)
            // The reload script is on the error page too, so fixing the file brings the page back.
            #expect(errorPage.body.contains("/_planpress/reload.js"))
            // Every page is the error page while the site cannot be built.
            let home = try await fetch(preview.base + "/")
            #expect(home.status == 500)
            #expect(home.body.contains(PreviewMessages.errorPageTitle))
            // The last good site's assets are still served, so the error page's neighbours look right.
            let stylesheet = try await fetch(preview.base + "/assets/preview-test.css")
            #expect(stylesheet.status == 200)
            #expect(stylesheet.contentType == "text/css; charset=utf-8")
            // The terminal got the same problem, in the form editors understand.
            #expect(preview.log.all.contains { $0.contains("vagen-in-2015-2020.md:") && $0.contains(": error: ") })

            let reloads = events.text.count
            try fixture.write(Self.planFile, original)
            try await events.waitFor("event: reload", after: reloads, timeout: .seconds(5))
            // A reload may also come from the rest of the broken build finishing; wait for the page.
            let fixed = try await page(preview.base + Self.planPage, status: 200)
            #expect(fixed.body.contains(Self.planTitle))
            #expect(!fixed.body.contains(PreviewMessages.errorPageTitle))
        }
    }

    /// The templates are Swift compiled into the program: an edit says to build PlanPress again,
    /// and the site stays as it was.
    @Test func anEditedTemplateSaysToBuildAgain() async throws {
        let fixture = try PreviewFixture()
        try await RunningPreview.with(content: fixture.content, templates: fixture.templates) { preview in
            let template = "templates/Plan/PlanPageTemplate.swift"
            try fixture.write(template, try fixture.read(template) + "\n// ändrad\n")
            _ = try await waitUntil("the terminal says to build again", timeout: .seconds(10)) { () -> Bool? in
                preview.log.all.contains { $0.contains("PlanPageTemplate.swift") && $0.contains("swift build") } ? true : nil
            }
            let home = try await fetch(preview.base + "/")
            #expect(home.status == 200)
        }
    }

    /// A county's own stylesheet in content/assets/ is served and linked as soon as it is saved.
    @Test func aContentAssetShowsLive() async throws {
        let fixture = try PreviewFixture()
        try await RunningPreview.with(content: fixture.content, templates: fixture.templates) { preview in
            let events = try EventStreamClient(port: preview.port)
            defer { events.close() }
            try await events.waitFor(": PlanPress")
            try fixture.write("content/assets/egen.css", ".site-header { background: #003366; }\n")
            try await events.waitFor("event: reload", timeout: .seconds(10))
            let stylesheet = try await page(preview.base + "/assets/egen.css", status: 200)
            #expect(stylesheet.body.contains("#003366"))
            let home = try await fetch(preview.base + "/")
            #expect(home.body.contains("href=\"assets/egen.css\""))
        }
    }

    /// The page once it answers with `status`, within a few seconds.
    func page(_ url: String, status: Int) async throws -> Reply {
        try await waitUntil("\(url) answers \(status)", timeout: .seconds(10)) { () async throws -> Reply? in
            let reply = try await fetch(url)
            return reply.status == status ? reply : nil
        }
    }

    @Test func draftsAreInThePreviewAndMarked() async throws {
        let fixture = try PreviewFixture()
        try await RunningPreview.with(content: fixture.content, templates: fixture.templates) { preview in
            let events = try EventStreamClient(port: preview.port)
            defer { events.close() }
            try await events.waitFor(": PlanPress")
            let draft = try fixture.read(Self.planFile)
                .replacingOccurrences(of: "title: Vägen in\n", with: "title: Nytt utkast till plan\ndraft: true\n")
            try fixture.write("content/dalarna/nytt-utkast.md", draft)
            try await events.waitFor("event: reload", timeout: .seconds(10))

            let page = try await fetch(preview.base + "/dalarna/nytt-utkast/")
            #expect(page.status == 200)
            #expect(page.body.contains("Nytt utkast till plan"))
            #expect(page.body.contains("Utkast"))
        }
    }

    @Test func aPortInUseIsReported() async throws {
        let fixture = try PreviewFixture()
        try await RunningPreview.with(content: fixture.content, templates: fixture.templates) { preview in
            let error = await RunningPreview.startError(content: fixture.content, templates: fixture.templates,
                                                        port: preview.port)
            let reported = try #require(error as? PreviewError)
            guard case .portInUse(_, let port) = reported else {
                Issue.record("expected portInUse, got \(reported)")
                return
            }
            #expect(port == preview.port)
            #expect(reported.description.contains("--port \(preview.port + 1)"))
        }
    }
}
