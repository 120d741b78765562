import PlanModel
import Synchronization
import ViewModel

/// What the server serves at one moment.
struct SiteSnapshot: Sendable {
    /// The last site built without errors, by path (`dalarna/index.html`); empty before the first.
    var files: [String: [UInt8]]
    /// While there are errors here, every page is the list of these problems.
    var problems: [Diagnostic]
    /// Counts rebuilds, so that a page can tell whether it is out of date.
    var generation: Int

    var hasErrors: Bool { problems.hasErrors }

    /// What a browser shows for a page key: the page, or the 404 page.
    func shown(_ page: String) -> [UInt8]? { files[page] ?? files[SiteAddress.notFound] }
}

/// The one place the watcher and the request handlers share: the current site, swapped whole
/// under a lock, and the open event streams that hear about each swap.
final class PreviewState: Sendable {
    private struct Listener {
        var continuation: AsyncStream<Int>.Continuation
        /// The page the listening tab shows (`dalarna/index.html`), or nil to hear every change.
        var page: String?
    }

    private struct Shared {
        var snapshot = SiteSnapshot(files: [:], problems: [], generation: 0)
        var listeners: [Int: Listener] = [:]
        var nextListener = 0
        var isClosed = false
    }

    private let shared = Mutex(Shared())

    var snapshot: SiteSnapshot { shared.withLock { $0.snapshot } }

    /// Swaps in a new site (or new problems) and tells each open page that changed to reload.
    func publish(files: [String: [UInt8]], problems: [Diagnostic]) {
        let (generation, reloads) = shared.withLock { shared in
            let old = shared.snapshot
            let new = SiteSnapshot(files: files, problems: problems, generation: old.generation + 1)
            shared.snapshot = new
            let assetsChanged = Self.assetsDiffer(old, new)
            let reloads = shared.listeners.values
                .filter { assetsChanged || Self.pageDiffers($0.page, old, new) }
                .map(\.continuation)
            return (new.generation, reloads)
        }
        // Outside the lock: a stream that ends calls back into `shared`.
        for listener in reloads { listener.yield(generation) }
    }

    /// A tab whose page is unchanged need not reload: after a plan is saved its page reloads as
    /// soon as it is ready, and the home page only when it, too, has been made again.
    private static func pageDiffers(_ page: String?, _ old: SiteSnapshot, _ new: SiteSnapshot) -> Bool {
        guard let page else { return true }
        if old.hasErrors || new.hasErrors { return old.problems != new.problems }
        // Unchanged files are the same arrays, so this compares only what was made again.
        return old.shown(page) != new.shown(page)
    }

    /// Every page uses the stylesheet and scripts, so a change there reloads every tab.
    private static func assetsDiffer(_ old: SiteSnapshot, _ new: SiteSnapshot) -> Bool {
        let paths = Set(old.files.keys).union(new.files.keys).filter { $0.hasPrefix("assets/") }
        return paths.contains { old.files[$0] != new.files[$0] }
    }

    /// A stream of the generations published from now on that change `page` (every one when
    /// it is nil), and the current generation.
    func listen(page: String? = nil) -> (generations: AsyncStream<Int>, current: Int) {
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
            if !shared.isClosed { shared.listeners[id] = Listener(continuation: continuation, page: page) }
            return (shared.snapshot.generation, shared.isClosed)
        }
        if isClosed { continuation.finish() }
        return (stream, current)
    }

    /// Ends every event stream, so that open connections do not hold the server up when it stops.
    func close() {
        let listeners = shared.withLock { shared in
            shared.isClosed = true
            defer { shared.listeners.removeAll() }
            return shared.listeners.values.map(\.continuation)
        }
        for listener in listeners { listener.finish() }
    }
}
