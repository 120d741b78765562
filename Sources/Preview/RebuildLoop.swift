import Foundation
import PlanModel
import Synchronization

/// Looks for changes, rebuilds and publishes, on a thread of its own: rendering is synchronous
/// work that would otherwise hold up the threads that answer requests. The slow half of each
/// rebuild (`SiteWideWork`) runs on one more thread, so that a save is shown at once even while
/// the pages that list every plan are still being made for the one before.
final class RebuildLoop: Sendable {
    private let configuration: PreviewConfiguration
    private let state: PreviewState
    private let log: PreviewLog
    private let stopRequested = Atomic<Bool>(false)
    private let started = Atomic<Bool>(false)
    private let finished = AsyncStream.makeStream(of: Never.self)
    /// The slow half's result, handed from its thread to the loop.
    private let finishedWork = Mutex<SiteWideWork.Result?>(nil)

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
        var report = RebuildReport(log: log, configuration: configuration)
        // The first look comes before the first build, so a save during that build is seen.
        var watcher = FileWatcher(content: configuration.contentDirectory, templates: configuration.templateSourceDirectory)
        let signal = ChangeSignal()
        signal.watch(watcher.directories)
        var rebuilder = SiteRebuilder(contentDirectory: configuration.contentDirectory)
        rebuilder.render { files, problems in state.publish(files: files, problems: problems) }
        report.built(rebuilder)
        ready.resume()

        var working = false
        while !stopRequested.load(ordering: .relaxed) {
            signal.wait(milliseconds: configuration.pollMilliseconds)
            if let result = finishedWork.withLock({ $0.take() }) {
                working = false
                rebuilder.merge(result)
                publish(rebuilder)
                report.merged(rebuilder, upToDate: result.version == rebuilder.version)
            }
            var changes = watcher.changes()
            signal.watch(watcher.directories)
            // The templates are compiled into the program: an edit shows only in a new build.
            let templateEdits = changes.filter { $0.root == .templates && $0.path.hasSuffix(".swift") }
            if !templateEdits.isEmpty { report.templatesEdited(templateEdits) }
            changes.removeAll { $0.root == .templates }
            if !changes.isEmpty, rebuilder.read(changes) {
                report.read(changes)
                if rebuilder.renderChangedPlans() {
                    publish(rebuilder)
                    report.plansShown(rebuilder)
                }
            }
            if !working, let work = rebuilder.takeWork() {
                working = true
                // The thread holds the wake-up, so its pipe outlives a loop that stopped meanwhile.
                let wakeup = signal.wakeup
                Thread { [self] in
                    let result = work.run()
                    finishedWork.withLock { $0 = result }
                    wakeup.wake()
                }.start()
            }
        }
    }

    private func publish(_ rebuilder: SiteRebuilder) {
        state.publish(files: rebuilder.files, problems: rebuilder.problems)
    }
}

/// What the terminal says about rebuilds: the problems not reported yet (fixed ones just
/// disappear), and for each save how soon its plan's pages and the whole site were ready.
private struct RebuildReport {
    let log: PreviewLog
    let configuration: PreviewConfiguration
    private let clock = ContinuousClock()
    private var reported: Set<Diagnostic> = []
    /// The files changed since the site was last up to date, and when the latest was read.
    private var changed: [String] = []
    private var lastRead: ContinuousClock.Instant?
    private var plansShownAfter: Int?

    init(log: PreviewLog, configuration: PreviewConfiguration) {
        self.log = log
        self.configuration = configuration
    }

    mutating func built(_ rebuilder: SiteRebuilder) {
        if problems(rebuilder) { return }
        log.info(PreviewMessages.built(files: rebuilder.files.count, milliseconds: milliseconds(since: nil)))
    }

    /// Templates were edited: say what it takes to see the change.
    func templatesEdited(_ changes: [FileWatcher.Change]) {
        let root = configuration.templateSourceDirectory
        let names = changes.map { (root.hasSuffix("/") ? root : root + "/") + $0.path }
        log.problem(PreviewMessages.templatesAreCompiled(PreviewMessages.changedFiles(names)))
    }

    mutating func read(_ changes: [FileWatcher.Change]) {
        for change in changes {
            let root = change.root == .content ? configuration.contentDirectory : configuration.templateSourceDirectory
            let name = (root.hasSuffix("/") ? root : root + "/") + change.path
            if !changed.contains(name) { changed.append(name) }
        }
        lastRead = clock.now
        plansShownAfter = nil
    }

    mutating func plansShown(_ rebuilder: SiteRebuilder) {
        if problems(rebuilder) { return }
        plansShownAfter = milliseconds(since: lastRead)
    }

    mutating func merged(_ rebuilder: SiteRebuilder, upToDate: Bool) {
        if problems(rebuilder) || !upToDate || changed.isEmpty { return }
        let names = PreviewMessages.changedFiles(changed)
        let total = milliseconds(since: lastRead)
        if let plansShownAfter {
            log.info(PreviewMessages.rebuiltInSteps(names, planMilliseconds: plansShownAfter, siteMilliseconds: total))
        } else {
            log.info(PreviewMessages.rebuilt(names, milliseconds: total))
        }
        changed = []
    }

    /// Reports the problems not reported yet; true while there are errors.
    private mutating func problems(_ rebuilder: SiteRebuilder) -> Bool {
        let problems = rebuilder.problems
        let new = problems.sorted().filter { !reported.contains($0) }
        for problem in new { log.problem(problem.description) }
        reported = Set(problems)
        guard problems.hasErrors else { return false }
        if !new.isEmpty { log.problem(PreviewMessages.failed(errors: problems.errors.count)) }
        changed = []
        return true
    }

    private let startedAt = ContinuousClock.now

    private func milliseconds(since start: ContinuousClock.Instant?) -> Int {
        Int((clock.now - (start ?? startedAt)) / .milliseconds(1))
    }
}
