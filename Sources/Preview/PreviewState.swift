import PlanModel
import Synchronization

/// What the server serves at one moment.
struct SiteSnapshot: Sendable {
    /// The last site built without errors, by path (`dalarna/index.html`); empty before the first.
    var files: [String: [UInt8]]
    /// While there are errors here, every page is the list of these problems.
    var problems: [Diagnostic]
    /// Counts rebuilds, so that a page can tell whether it is out of date.
    var generation: Int

    var hasErrors: Bool { problems.hasErrors }
}

/// The one place the watcher and the request handlers share: the current site, swapped whole
/// under a lock, and the open event streams that hear about each swap.
final class PreviewState: Sendable {
    private struct Shared {
        var snapshot = SiteSnapshot(files: [:], problems: [], generation: 0)
        var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
        var nextListener = 0
        var isClosed = false
    }

    private let shared = Mutex(Shared())

    var snapshot: SiteSnapshot { shared.withLock { $0.snapshot } }

    /// Swaps in a new site (or new problems) and tells every open page to reload.
    func publish(files: [String: [UInt8]], problems: [Diagnostic]) {
        let (generation, listeners) = shared.withLock { shared in
            shared.snapshot = SiteSnapshot(files: files, problems: problems, generation: shared.snapshot.generation + 1)
            return (shared.snapshot.generation, Array(shared.listeners.values))
        }
        // Outside the lock: a stream that ends calls back into `shared`.
        for listener in listeners { listener.yield(generation) }
    }

    /// A stream of the generations published from now on, and the current one.
    func listen() -> (generations: AsyncStream<Int>, current: Int) {
        // Only the newest generation matters to a page that has not reloaded yet.
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        let id = shared.withLock { shared in
            shared.nextListener += 1
            return shared.nextListener
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.shared.withLock { $0.listeners.removeValue(forKey: id) }
        }
        let (current, isClosed) = shared.withLock { shared in
            if !shared.isClosed { shared.listeners[id] = continuation }
            return (shared.snapshot.generation, shared.isClosed)
        }
        if isClosed { continuation.finish() }
        return (stream, current)
    }

    var listenerCount: Int { shared.withLock { $0.listeners.count } }

    /// Ends every event stream, so that open connections do not hold the server up when it stops.
    func close() {
        let listeners = shared.withLock { shared in
            shared.isClosed = true
            defer { shared.listeners.removeAll() }
            return Array(shared.listeners.values)
        }
        for listener in listeners { listener.finish() }
    }
}
