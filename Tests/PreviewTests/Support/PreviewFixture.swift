import Foundation
import Synchronization
import Testing
@testable import Preview

/// A copy of the real content/ and templates/ in a temporary folder, so tests can edit files.
struct PreviewFixture: ~Copyable {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL
    var content: String { root.appendingPathComponent("content").path }
    var templates: String { root.appendingPathComponent("templates").path }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(folder),
                                             to: root.appendingPathComponent(folder))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// Writes as an editor saves: the whole file at once.
    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func replace(_ relative: String, _ old: String, with new: String) throws {
        let text = try read(relative)
        try #require(text.contains(old), "\(relative) should contain \(old)")
        try write(relative, text.replacingOccurrences(of: old, with: new))
    }
}

/// What the server said to the terminal.
final class LogCollector: Sendable {
    private let lines = Mutex<[String]>([])

    var log: PreviewLog {
        PreviewLog(info: { line in self.lines.withLock { $0.append(line) } },
                   problem: { line in self.lines.withLock { $0.append(line) } })
    }

    var all: [String] { lines.withLock { $0 } }
}

/// A value shared between a test and the tasks it starts.
final class Shared<Value: Sendable>: Sendable {
    private let storage: Mutex<Value>
    init(_ value: Value) { storage = Mutex(value) }
    var value: Value {
        get { storage.withLock { $0 } }
        set { storage.withLock { $0 = newValue } }
    }
}

/// A preview server running in this process on a free loopback port.
struct RunningPreview: Sendable {
    let port: Int
    let log: LogCollector
    private let task: Task<Void, any Error>

    var base: String { "http://127.0.0.1:\(port)" }

    /// Starts a server, runs `body` with it, and stops it whatever happens.
    static func with<T: Sendable>(
        content: String, templates: String, _ body: (RunningPreview) async throws -> T
    ) async throws -> T {
        let preview = try await start(content: content, templates: templates)
        do {
            let result = try await body(preview)
            await preview.stop()
            return result
        } catch {
            await preview.stop()
            throw error
        }
    }

    static func start(content: String, templates: String, port: Int = 0,
                      configure: (inout PreviewConfiguration) -> Void = { _ in }) async throws -> RunningPreview {
        let log = LogCollector()
        var configuration = PreviewConfiguration(contentDirectory: content, templateSourceDirectory: templates,
                                                 host: "127.0.0.1", port: port)
        configure(&configuration)
        let server = PreviewServer(configuration: configuration, log: log.log)
        let bound = Shared<Int?>(nil)
        let failure = Shared<String?>(nil)
        let task = Task {
            do {
                try await server.run { _, port in bound.value = port }
            } catch {
                failure.value = "\(error)"
                throw error
            }
        }
        do {
            let port = try await waitUntil("the server listens", timeout: .seconds(120)) { () throws -> Int? in
                if let reason = failure.value { throw ServerFailed(reason: reason) }
                return bound.value
            }
            return RunningPreview(port: port, log: log, task: task)
        } catch {
            task.cancel()
            throw error
        }
    }

    /// What starting a server on `port` throws, or nil if it started (it is stopped again).
    static func startError(content: String, templates: String, port: Int) async -> (any Error)? {
        let server = PreviewServer(
            configuration: PreviewConfiguration(contentDirectory: content, templateSourceDirectory: templates, port: port),
            log: LogCollector().log)
        let task = Task { try await server.run { _, _ in } }
        // A server that does start would run for ever.
        let watchdog = Task {
            try await Task.sleep(for: .seconds(30))
            task.cancel()
        }
        defer { watchdog.cancel() }
        do {
            try await task.value
            return nil
        } catch {
            return error
        }
    }

    func stop() async {
        task.cancel()
        _ = await task.result
    }
}

struct ServerFailed: Error {
    var reason: String
}

struct TimedOut: Error, CustomStringConvertible {
    var what: String
    var description: String { "Timed out waiting until \(what)" }
}

/// Polls `condition` every 20 ms until it gives a value, or fails after `timeout`.
func waitUntil<T: Sendable>(
    _ what: String, timeout: Duration, _ condition: () async throws -> T?
) async throws -> T {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if let value = try await condition() { return value }
        try await Task.sleep(for: .milliseconds(20))
    }
    throw TimedOut(what: what)
}
