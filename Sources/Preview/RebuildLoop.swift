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
        var steps = rebuild(&rebuilder, since: started, clock: clock)
        report(rebuilder, after: [], steps: steps, previous: [])
        ready.resume()

        while !stopRequested.load(ordering: .relaxed) {
            signal.wait(milliseconds: configuration.pollMilliseconds)
            let changes = watcher.changes()
            signal.watch(watcher.directories)
            guard !changes.isEmpty else { continue }
            started = clock.now
            let previous = state.snapshot.problems
            guard rebuilder.read(changes) else { continue }
            steps = rebuild(&rebuilder, since: started, clock: clock)
            report(rebuilder, after: changes, steps: steps, previous: previous)
        }
    }

    /// Renders and publishes each step; returns how long after `started` each was published.
    private func rebuild(_ rebuilder: inout SiteRebuilder, since started: ContinuousClock.Instant,
                         clock: ContinuousClock) -> [Int] {
        var steps: [Int] = []
        rebuilder.render { files, problems in
            state.publish(files: files, problems: problems)
            steps.append(Int((clock.now - started) / .milliseconds(1)))
        }
        return steps
    }

    /// Tells the editor what happened: the problems that are new since the last build (fixed
    /// ones just disappear), and how long it took.
    private func report(_ rebuilder: SiteRebuilder, after changes: [FileWatcher.Change], steps: [Int],
                        previous: [Diagnostic]) {
        let problems = rebuilder.problems
        let known = Set(previous)
        for problem in problems.sorted() where !known.contains(problem) {
            log.problem(problem.description)
        }
        let total = steps.last ?? 0
        if problems.hasErrors {
            log.problem(PreviewMessages.failed(errors: problems.errors.count))
        } else if changes.isEmpty {
            log.info(PreviewMessages.built(files: rebuilder.files.count, milliseconds: total))
        } else {
            let names = PreviewMessages.changedFiles(changes.map { change in
                let root = change.root == .content ? configuration.contentDirectory : configuration.templatesDirectory
                return (root.hasSuffix("/") ? root : root + "/") + change.path
            })
            if case .plans = rebuilder.lastRender, steps.count == 2 {
                log.info(PreviewMessages.rebuiltInSteps(names, planMilliseconds: steps[0], siteMilliseconds: total))
            } else {
                log.info(PreviewMessages.rebuilt(names, milliseconds: total))
            }
        }
    }
}
