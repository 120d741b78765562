import Hummingbird
import Logging
import NIOCore
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct PreviewConfiguration: Sendable {
    public var contentDirectory: String
    /// PlanPress's own `templates/` (Swift, compiled into the program), watched only to tell
    /// someone who edits a template that it takes `swift build` and a restart to see it.
    public var templateSourceDirectory: String
    /// Loopback unless told otherwise: the preview shows drafts.
    public var host: String
    /// 0 lets the system choose a free port (the tests do that).
    public var port: Int
    /// How often the folders are looked at when no change event wakes the watcher earlier.
    public var pollMilliseconds: Int32
    /// A connection that sends nothing for this long is closed: one that never finishes its
    /// request head, or a kept-alive one left open. Open event streams are not idle.
    public var idleTimeout: Duration = .seconds(10)
    /// How often an open event stream is written to, so that a tab that has gone is noticed.
    public var heartbeat: Duration = defaultHeartbeat
    public static let defaultHeartbeat: Duration = .seconds(5)

    public init(contentDirectory: String = "content", templateSourceDirectory: String = "templates",
                host: String = "127.0.0.1", port: Int = 8000, pollMilliseconds: Int32 = 100) {
        self.contentDirectory = contentDirectory
        self.templateSourceDirectory = templateSourceDirectory
        self.host = host
        self.port = port
        self.pollMilliseconds = pollMilliseconds
    }

    /// Only this machine can reach a server on a loopback address: `localhost`, or any numeric
    /// spelling the system accepts for one (127.1, 0x7f.0.0.1, ::ffff:127.0.0.1, …), read the
    /// way `bind` reads it. Never a DNS lookup: a name like 127.0.0.1.example.se is anywhere.
    public var isLoopback: Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        let lowered = bare.lowercased()
        return lowered == "localhost" || lowered == "localhost." || Self.isNumericLoopback(bare)
    }

    private static func isNumericLoopback(_ address: String) -> Bool {
        var hints = addrinfo()
        hints.ai_flags = AI_NUMERICHOST
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(address, nil, &hints, &found) == 0, let first = found else { return false }
        defer { freeaddrinfo(found) }
        var all = true
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            all = all && isLoopback(current.pointee.ai_addr)
            entry = current.pointee.ai_next
        }
        return all
    }

    /// 127.0.0.0/8, ::1, or 127.0.0.0/8 mapped into IPv6.
    private static func isLoopback(_ address: UnsafeMutablePointer<sockaddr>?) -> Bool {
        guard let address else { return false }
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            return address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                UInt32(bigEndian: $0.pointee.sin_addr.s_addr) >> 24 == 127
            }
        case AF_INET6:
            return address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                let bytes = withUnsafeBytes(of: $0.pointee.sin6_addr) { Array($0) }
                let isOne = bytes[0..<15].allSatisfy { $0 == 0 } && bytes[15] == 1
                let isMapped = bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xff && bytes[11] == 0xff
                return isOne || (isMapped && bytes[12] == 127)
            }
        default:
            return false
        }
    }
}

/// Where the preview's messages go: the terminal, or a test's collector.
public struct PreviewLog: Sendable {
    public var info: @Sendable (String) -> Void
    /// Problems in the content, one `file:line:column: error: …` per call.
    public var problem: @Sendable (String) -> Void

    public init(info: @escaping @Sendable (String) -> Void, problem: @escaping @Sendable (String) -> Void) {
        self.info = info
        self.problem = problem
    }
}

public enum PreviewError: Error, CustomStringConvertible {
    case portInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port): PreviewMessages.portInUse(host, port)
        case .cannotListen(let host, let port, let reason): PreviewMessages.cannotListen(host, port, reason)
        }
    }
}

/// `planpress serve`: builds the site in memory, serves it, and rebuilds it and reloads open
/// pages whenever a file in the content folder changes.
public struct PreviewServer: Sendable {
    public let configuration: PreviewConfiguration
    let log: PreviewLog

    public init(configuration: PreviewConfiguration, log: PreviewLog) {
        self.configuration = configuration
        self.log = log
    }

    /// Runs until the surrounding task is cancelled. Listens first, so that a port in use is
    /// reported at once; then builds the site, and only then calls `onListening` with the
    /// address to open and the port, so that the first page asked for is the built one.
    public func run(onListening: @escaping @Sendable (_ url: String, _ port: Int) -> Void) async throws {
        let state = PreviewState()
        let loop = RebuildLoop(configuration: configuration, state: state, log: log)
        let (bound, bind) = AsyncStream.makeStream(of: Int.self)
        let configuration = configuration
        let app = Application(
            responder: PreviewResponder(state: state, onlyLocalNames: configuration.isLoopback,
                                        heartbeat: configuration.heartbeat),
            server: .http1(configuration: .init(idleTimeout: Self.timeAmount(configuration.idleTimeout))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                bind.yield(channel.localAddress?.port ?? configuration.port)
                bind.finish()
            },
            logger: Self.quietLogger())
        let listening = Flag()
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    // Open event streams would keep a stopping server waiting; close them first.
                    try await withTaskCancellationHandler { try await app.run() } onCancel: { state.close() }
                }
                group.addTask {
                    for await port in bound {
                        listening.set()
                        await loop.start()
                        if !Task.isCancelled { onListening(Self.url(host: configuration.host, port: port), port) }
                    }
                }
                // The first error (a port in use, say) ends the group, which cancels the other task.
                while try await group.next() != nil {}
            }
        } catch {
            state.close()
            await loop.stop()
            if error is CancellationError { return }
            if listening.isSet { throw error }
            throw Self.explain(error, host: configuration.host, port: configuration.port)
        }
        state.close()
        await loop.stop()
    }

    private static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// The address to open in a browser: a wildcard host is reached through loopback here.
    static func url(host: String, port: Int) -> String {
        let shown = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
        return shown.contains(":") && !shown.hasPrefix("[") ? "http://[\(shown)]:\(port)/" : "http://\(shown):\(port)/"
    }

    private static func explain(_ error: any Error, host: String, port: Int) -> PreviewError {
        if let error = error as? IOError, error.errnoCode == EADDRINUSE {
            return .portInUse(host: host, port: port)
        }
        return .cannotListen(host: host, port: port, reason: "\(error)")
    }

    /// The server's own log lines (a start notice, each request) would drown the editor's
    /// messages; the preview reports what matters itself.
    private static func quietLogger() -> Logger {
        var logger = Logger(label: "planpress.preview")
        logger.logLevel = .critical
        return logger
    }
}

/// A one-way switch that tasks can share.
private final class Flag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .relaxed) }
    func set() { value.store(true, ordering: .relaxed) }
}
