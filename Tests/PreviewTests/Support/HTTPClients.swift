import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Reply: Sendable {
    var status: Int
    var headers: [String: String]
    var body: String

    var contentType: String? { headers["content-type"] }
}

/// An ordinary browser-like request through URLSession.
func fetch(_ url: String) async throws -> Reply {
    var request = URLRequest(url: try #require(URL(string: url)))
    request.timeoutInterval = 15
    let session = URLSession(configuration: .ephemeral)
    defer { session.finishTasksAndInvalidate() }
    let (data, response) = try await session.data(for: request)
    let http = try #require(response as? HTTPURLResponse)
    var headers: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
        if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
    }
    return Reply(status: http.statusCode, headers: headers, body: String(decoding: data, as: UTF8.self))
}

/// Requests sent byte for byte over a socket, for what URLSession would tidy up first
/// (`/../`, encoded slashes) and for redirects it would follow.
enum RawHTTP {
    static func get(_ target: String, port: Int) async throws -> Reply {
        try await onOwnThread {
            let socket = try Socket(port: port, receiveTimeoutMilliseconds: 10_000)
            defer { socket.closeConnection() }
            try socket.sendText("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            return try parse(socket.readToEnd())
        }
    }

    private static func parse(_ bytes: [UInt8]) throws -> Reply {
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let lines = try #require(parts.first).components(separatedBy: "\r\n")
        let statusLine = try #require(lines.first)
        let status = try #require(Int(statusLine.split(separator: " ").dropFirst().first ?? ""))
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Reply(status: status, headers: headers, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}

/// An open `/_planpress/events` connection, read on a thread of its own, as a browser tab holds it.
final class EventStreamClient: Sendable {
    private let received = Mutex("")
    private let stopRequested = Atomic<Bool>(false)

    init(port: Int) throws {
        let socket = try Socket(port: port, receiveTimeoutMilliseconds: 100)
        try socket.sendText("GET /_planpress/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        Thread { [self] in
            defer { socket.closeConnection() }
            while !stopRequested.load(ordering: .relaxed) {
                guard let chunk = socket.receive() else { return }
                received.withLock { $0 += String(decoding: chunk, as: UTF8.self) }
            }
        }.start()
    }

    deinit { close() }

    var text: String { received.withLock { $0 } }

    /// Waits until `needle` arrives after the first `offset` characters received.
    func waitFor(_ needle: String, after offset: Int = 0, timeout: Duration = .seconds(10)) async throws {
        _ = try await waitUntil("\"\(needle)\" arrives on the event stream", timeout: timeout) { () -> Bool? in
            let text = self.text
            return text.count > offset && text.dropFirst(offset).contains(needle) ? true : nil
        }
    }

    func close() { stopRequested.store(true, ordering: .relaxed) }
}

/// Blocking socket work must not hold up the threads the server's own tasks run on.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

/// A TCP connection to 127.0.0.1.
struct Socket: Sendable {
    struct Failure: Error { var what: String }

    let descriptor: Int32

    init(port: Int, receiveTimeoutMilliseconds: Int) throws {
        #if canImport(Glibc)
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(what: "socket") }
        var timeout = timeval(tv_sec: receiveTimeoutMilliseconds / 1000,
                              tv_usec: .init((receiveTimeoutMilliseconds % 1000) * 1000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            throw Failure(what: "connect to port \(port)")
        }
    }

    func sendText(_ text: String) throws {
        let bytes = Array(text.utf8)
        let sent = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
        guard sent == bytes.count else { throw Failure(what: "send") }
    }

    /// The next bytes; empty on a receive timeout, nil once the server has closed the connection.
    func receive() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        if count > 0 { return Array(buffer.prefix(count)) }
        if count < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return [] }
        return nil
    }

    func readToEnd() throws -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            var buffer = [UInt8](repeating: 0, count: 16_384)
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count == 0 { return bytes }
            guard count > 0 else { throw Failure(what: "receive (timed out?)") }
            bytes += buffer.prefix(count)
        }
    }

    func closeConnection() { _ = close(descriptor) }
}
