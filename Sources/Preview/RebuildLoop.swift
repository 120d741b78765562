import Foundation
import PlanModel
import Synchronization

/// Looks for changes, rebuilds and publishes, on a thread of its own: rendering is synchronous
/// work that would otherwise hold up the threads that answer requests.
final class RebuildLoop: Sendable {
    private let configuration: PreviewConfiguration
    private let state: PreviewState
    private let log: PreviewLog
    private let stopRequested = Atomic<Bool>(false)
    private let started = Atomic<Bool>(false)
    private let finished = AsyncStream.makeStream(of: Never.self)

    init(configuration: PreviewConfiguration, state: PreviewState, log: PreviewLog) {
        self.configuration = configuration
        self.state = state
        self.log = log
    }

    /// Starts the thread and returns once the first build is published.
    func start() async {
        started.store(true, ordering: .relaxed)
        await withCheckedContinuation { (ready: CheckedContinuation<Void, Never>) in
            let thread = Thread { [self] in
                run(ready: ready)
                finished.continuation.finish()
            }
            thread.name = "planpress-preview"
            thread.start()
        }
    }

    /// Asks the thread to stop and waits until it has (within one poll interval).
    func stop() async {
        stopRequested.store(true, ordering: .relaxed)
        guard started.load(ordering: .relaxed) else { return }
        for await _ in finished.stream {}
    }

    private func run(ready: CheckedContinuation<Void, Never>) {
        let clock = ContinuousClock()
        var started = clock.now
        // The first look comes before the first build, so a save during that build is seen.
        var watcher = FileWatcher(content: configuration.contentDirectory, templates: configuration.templatesDirectory)
        let signal = ChangeSignal()
        signal.watch(watcher.directories)
        var rebuilder = SiteRebuilder(contentDirectory: configuration.contentDirectory,
                                      templatesDirectory: configuration.templatesDirectory)
        rebuilder.render()
        publish(rebuilder, after: [], since: started, clock: clock, previous: [])
        ready.resume()

        while !stopRequested.load(ordering: .relaxed) {
            signal.wait(milliseconds: configuration.pollMilliseconds)
            let changes = watcher.changes()
            signal.watch(watcher.directories)
            guard !changes.isEmpty else { continue }
            started = clock.now
            let previous = state.snapshot.problems
            guard rebuilder.read(changes) else { continue }
            rebuilder.render()
            publish(rebuilder, after: changes, since: started, clock: clock, previous: previous)
        }
    }

    /// Swaps in the new site, then tells the editor what happened: the problems that are new
    /// since the last build (fixed ones just disappear), and how long it took.
    private func publish(_ rebuilder: SiteRebuilder, after changes: [FileWatcher.Change],
                         since started: ContinuousClock.Instant, clock: ContinuousClock, previous: [Diagnostic]) {
        let problems = rebuilder.problems
        state.publish(files: rebuilder.files, problems: problems)
        let milliseconds = Int((clock.now - started) / .milliseconds(1))
        let known = Set(previous)
        for problem in problems.sorted() where !known.contains(problem) {
            log.problem(problem.description)
        }
        if problems.hasErrors {
            log.problem(PreviewMessages.failed(errors: problems.errors.count))
        } else if changes.isEmpty {
            log.info(PreviewMessages.built(files: rebuilder.files.count, milliseconds: milliseconds))
        } else {
            let names = changes.map { change in
                let root = change.root == .content ? configuration.contentDirectory : configuration.templatesDirectory
                return (root.hasSuffix("/") ? root : root + "/") + change.path
            }
            log.info(PreviewMessages.rebuilt(PreviewMessages.changedFiles(names), milliseconds: milliseconds))
        }
    }
}
