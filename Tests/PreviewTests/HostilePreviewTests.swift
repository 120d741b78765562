import Foundation
import Testing
@testable import Preview

#if canImport(Glibc)
import Glibc
#endif

/// The preview server against clients that leave, stall or come too early, and content folders
/// full of links.
@Suite("Hostile preview clients and folders", .serialized, .timeLimit(.minutes(5)))
struct HostilePreviewTests {
    /// The server's side of the connections to `port` that are open (established, or closed
    /// by the client and waiting for the server): from /proc/net/tcp, so other tests running
    /// at the same time do not count.
    static func serverConnections(port: Int) -> Int {
        let table = (try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)) ?? ""
        let local = ":" + String(format: "%04X", port)
        return table.split(separator: "\n").dropFirst().filter { line in
            let fields = line.split(separator: " ")
            return fields.count > 3 && fields[1].hasSuffix(local) && (fields[3] == "01" || fields[3] == "08")
        }.count
    }

    /// A free port: bound to 0, read, and let go again.
    static func freePort() throws -> Int {
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(probe) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                guard bind(probe, $0, length) == 0, getsockname(probe, $0, &length) == 0 else {
                    throw Socket.Failure(what: "bind")
                }
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func eventStreamsOfTabsThatLeftAreReleased() async throws {
        let fixture = try PreviewFixture()
        let preview = try await RunningPreview.start(content: fixture.content, templates: fixture.templates) {
            $0.heartbeat = .milliseconds(200)
        }
        defer { Task { await preview.stop() } }
        // Blocking reads on a thread of their own: on the tests' cooperative threads (two on a
        // two-core machine) they would starve the server's own tasks.
        let port = preview.port
        let answered = try await onOwnThread { () throws -> Int in
            var answered = 0
            for _ in 0..<40 {
                let socket = try Socket(port: port, receiveTimeoutMilliseconds: 15_000)
                try socket.sendText("GET /_planpress/events?page=/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                if socket.receive()?.isEmpty == false { answered += 1 }
                socket.closeConnection()
            }
            return answered
        }
        #expect(answered == 40)
        // Each write after the tab left fails, which ends the stream and its connection.
        _ = try await waitUntil("the streams are released", timeout: .seconds(30)) {
            Self.serverConnections(port: preview.port) == 0 ? true : nil
        }
        await preview.stop()
    }

    @Test func aConnectionThatNeverFinishesItsRequestIsClosed() async throws {
        let fixture = try PreviewFixture()
        let preview = try await RunningPreview.start(content: fixture.content, templates: fixture.templates) {
            $0.idleTimeout = .milliseconds(500)
        }
        let closed = try await onOwnThread { () throws -> Bool in
            let socket = try Socket(port: preview.port, receiveTimeoutMilliseconds: 200)
            defer { socket.closeConnection() }
            try socket.sendText("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if socket.receive() == nil { return true }
            }
            return false
        }
        #expect(closed)
        // Others are still served.
        #expect(try await fetch(preview.base + "/").status == 200)
        await preview.stop()
    }

    @Test func pagesAskedForBeforeTheFirstBuildIsReadyWaitInsteadOf404() async throws {
        let fixture = try PreviewFixture()
        // More plans, so that the first build takes a while.
        let plan = try fixture.read("content/dalarna/vagen-in-2015-2020.md")
        for copy in 0..<60 { try fixture.write("content/dalarna/kopia-\(copy).md", plan) }
        let port = try Self.freePort()
        let starting = Task { try await RunningPreview.start(content: fixture.content, templates: fixture.templates, port: port) }
        var statuses: [Int] = []
        var building = ""
        while statuses.last != 200 {
            if let reply = try? await RawHTTP.get("/dalarna/", port: port) {
                statuses.append(reply.status)
                if reply.status == 503 { building = reply.body }
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        let preview = try await starting.value
        #expect(!statuses.contains(404), "\(statuses)")
        #expect(Set(statuses).isSubset(of: [200, 503]), "\(statuses)")
        if statuses.contains(503) {
            #expect(building.contains(PreviewMessages.buildingText))
            #expect(building.contains("reload.js"))
        }
        await preview.stop()
    }

    @Test func theWatcherNeverFollowsALinkToAFolder() throws {
        let fixture = try PreviewFixture()
        for index in 0..<6 {
            try FileManager.default.createSymbolicLink(atPath: fixture.path("content/upp-\(index)"), withDestinationPath: "..")
        }
        try FileManager.default.createSymbolicLink(atPath: fixture.path("content/dalarna/lank-till-rot"),
                                                   withDestinationPath: "/")
        try FileManager.default.createSymbolicLink(atPath: fixture.path("content/dalarna/lankad.md"),
                                                   withDestinationPath: fixture.path("content/dalarna/vagen-in-2015-2020.md"))
        var watcher = FileWatcher(content: fixture.content, templates: fixture.templates)
        #expect(watcher.directories.allSatisfy { !$0.contains("upp-") && !$0.contains("lank-till-rot") })
        #expect(watcher.directories.count < 40)
        try fixture.write("content/dalarna/vagen-in-2015-2020.md", "---\ntitle: Ny\n---\n")
        let changes = watcher.changes().map(\.path)
        #expect(changes.contains("dalarna/vagen-in-2015-2020.md"))
        #expect(changes.contains("dalarna/lankad.md"))
    }
}
