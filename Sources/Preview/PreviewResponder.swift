import HTTPTypes
import Hummingbird
import ViewModel

/// Answers every request from the in-memory site; nothing a request names is ever read from disk.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    /// Bound to loopback: only requests addressed to this machine by name are answered.
    let onlyLocalNames: Bool
    /// How often an open event stream gets a comment, so that one whose tab has gone is noticed
    /// (the write fails) and released, with its connection.
    var heartbeat: Duration = PreviewConfiguration.defaultHeartbeat

    func respond(to request: Request, context: Context) async throws -> Response {
        // A web page elsewhere could point its own domain name at 127.0.0.1 (DNS rebinding) and
        // read the drafts; its requests still carry its own name in Host, so they are refused.
        if onlyLocalNames, let authority = request.head.authority, !Self.isLocal(authority) {
            return Response(status: .forbidden, headers: headers(ContentTypes.forPath(".txt")),
                            body: body(Array(PreviewMessages.foreignHost.utf8)))
        }
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: headers(ContentTypes.forPath(".txt"), [.allow: "GET, HEAD"]),
                            body: body(Array(PreviewMessages.methodNotAllowed.utf8)))
        }
        let path = request.uri.path
        let response: Response
        if path == ReloadScript.eventsPath {
            let query = request.uri.queryParameters
            response = events(since: query["since"].flatMap { Int($0) },
                              page: query["page"].flatMap { SitePath(rawPath: String($0))?.fileKey })
        } else if path == ReloadScript.path {
            response = Response(status: .ok, headers: headers(ContentTypes.javascript), body: body(Array(ReloadScript.source.utf8)))
        } else if path.hasPrefix("/_planpress/") {
            response = notFound(state.snapshot)
        } else {
            response = page(rawPath: path, snapshot: state.snapshot)
        }
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// `127.0.0.1:8000`, `localhost:8000`, `[::1]:8000`, with or without the port.
    static func isLocal(_ authority: String) -> Bool {
        var host = Substring(authority)
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            host = host[host.index(after: host.startIndex)..<close]
        } else if let colon = host.lastIndex(of: ":") {
            host = host[..<colon]
        }
        return PreviewConfiguration(host: String(host).lowercased()).isLoopback
    }

    private func page(rawPath: String, snapshot: SiteSnapshot) -> Response {
        // Nothing is published before the first build is done: not a 404, a page that waits.
        if snapshot.generation == 0 {
            return Response(status: .serviceUnavailable,
                            headers: headers(ContentTypes.html, [.retryAfter: "1"]),
                            body: body(ReloadScript.inject(into: ErrorPage.building(), generation: 0)))
        }
        guard let path = SitePath(rawPath: rawPath) else { return notFound(snapshot) }
        if let bytes = snapshot.files[path.fileKey] {
            let contentType = ContentTypes.forPath(path.fileKey)
            guard ContentTypes.isHTML(contentType) else {
                // Assets of the last good site go on being served while a page has errors.
                return Response(status: .ok, headers: headers(contentType), body: body(bytes))
            }
            if snapshot.hasErrors { return errorPage(snapshot, status: .internalServerError) }
            return html(bytes, status: .ok, generation: snapshot.generation)
        }
        if let index = path.indexKeyIfFolder, snapshot.files[index] != nil {
            // `/dalarna` → `/dalarna/`, so that the page's relative links resolve from its folder.
            return Response(status: .movedPermanently, headers: headers(ContentTypes.forPath(".txt"), [.location: path.folderLocation]))
        }
        return notFound(snapshot)
    }

    private func notFound(_ snapshot: SiteSnapshot) -> Response {
        if snapshot.hasErrors { return errorPage(snapshot, status: .notFound) }
        return html(snapshot.files[SiteAddress.notFound] ?? ErrorPage.notFound(), status: .notFound, generation: snapshot.generation)
    }

    private func errorPage(_ snapshot: SiteSnapshot, status: HTTPResponse.Status) -> Response {
        html(ErrorPage.problems(snapshot.problems), status: status, generation: snapshot.generation)
    }

    /// Every HTML response carries the reload script; only the preview server adds it.
    private func html(_ bytes: [UInt8], status: HTTPResponse.Status, generation: Int) -> Response {
        Response(status: status, headers: headers(ContentTypes.html),
                 body: body(ReloadScript.inject(into: bytes, generation: generation)))
    }

    /// Server-Sent Events: a comment at once (so the browser knows it is connected), then
    /// `event: reload` after each rebuild that changes `page` (any rebuild without one), until
    /// the page goes away or the server stops.
    private func events(since: Int?, page: String?) -> Response {
        let (generations, current) = state.listen(page: page)
        let heartbeat = heartbeat
        let stream = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: ": PlanPress\nretry: 1000\n\n"))
            if let since, since != current {
                try await writer.write(Self.reloadEvent(current))
            }
            // A reload after each rebuild, and a comment every `heartbeat` in between: when the
            // tab is gone that write fails, which ends this stream and its listener.
            let (events, send) = AsyncStream.makeStream(of: Int?.self)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await generation in generations { send.yield(generation) }
                    send.finish()
                }
                group.addTask {
                    while true {
                        try await Task.sleep(for: heartbeat)
                        send.yield(nil)
                    }
                }
                for await event in events {
                    try await writer.write(event.map(Self.reloadEvent) ?? ByteBuffer(string: ":\n\n"))
                }
                group.cancelAll()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers(ContentTypes.eventStream), body: stream)
    }

    private static func reloadEvent(_ generation: Int) -> ByteBuffer {
        ByteBuffer(string: "event: reload\ndata: \(generation)\n\n")
    }

    private func headers(_ contentType: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var fields: HTTPFields = [
            .contentType: contentType,
            // The preview changes under the browser's feet; a cached page would hide an edit.
            .cacheControl: "no-store",
            .xContentTypeOptions: "nosniff",
        ]
        fields.append(contentsOf: extra)
        return fields
    }

    private func body(_ bytes: [UInt8]) -> ResponseBody {
        ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
    }
}

extension HTTPField.Name {
    fileprivate static var xContentTypeOptions: Self { Self("X-Content-Type-Options")! }
}
