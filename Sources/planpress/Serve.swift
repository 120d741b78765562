import ArgumentParser
import Dispatch
import Foundation
import Preview
import Synchronization

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Visar webbplatsen med utkast i webbläsaren och laddar om sidan när du sparar en fil.")

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "Adressen servern lyssnar på. Med 127.0.0.1 når bara den här datorn förhandsvisningen.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Porten servern lyssnar på.")
    var port = 8000

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port ska vara ett tal mellan 0 och 65535.")
        }
    }

    func run() throws {
        let configuration = PreviewConfiguration(
            contentDirectory: options.content, host: host, port: port)
        if !configuration.isLoopback {
            Terminal.error(PreviewMessages.notLoopback(host) + "\n")
        }
        let server = PreviewServer(configuration: configuration, log: PreviewLog(
            info: { Terminal.out($0 + "\n") }, problem: { Terminal.error($0 + "\n") }))

        // Ctrl-C stops the server cleanly: the signals are taken out of normal delivery before
        // any server thread exists (threads inherit the mask) and waited for on a thread of their own.
        let interrupts = Interrupts([SIGINT, SIGTERM])

        // The root command is synchronous, so the server runs in a task and this thread waits.
        let outcome = Outcome()
        let task = Task {
            do {
                try await server.run { url, _ in Terminal.out(PreviewMessages.listening(url) + "\n") }
            } catch {
                outcome.failure.withLock { $0 = error }
            }
            outcome.done.signal()
        }
        interrupts.onEach { count in
            // A second Ctrl-C leaves at once, should stopping ever hang.
            if count > 1 { Foundation.exit(130) }
            Terminal.out(PreviewMessages.stopping + "\n")
            task.cancel()
        }
        outcome.done.wait()
        if let failure = outcome.failure.withLock({ $0 }) {
            Terminal.error("\(failure)\n")
            throw ExitCode.failure
        }
    }
}

/// Signals received by waiting for them (sigwait) rather than by a handler, so that reacting
/// to them can do anything a thread can, like cancelling a task.
private struct Interrupts: Sendable {
    private let numbers: [Int32]

    init(_ numbers: [Int32]) {
        self.numbers = numbers
        var set = Self.set(numbers)
        // A shell starts background jobs with SIGINT ignored; an ignored signal cannot be waited for.
        for number in numbers { signal(number, SIG_DFL) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Calls `action` on a thread of its own for each signal, with how many have come so far.
    func onEach(_ action: @escaping @Sendable (Int) -> Void) {
        let numbers = numbers
        Thread {
            var set = Self.set(numbers)
            var count = 0
            while true {
                var received: Int32 = 0
                guard sigwait(&set, &received) == 0 else { continue }
                count += 1
                action(count)
            }
        }.start()
    }

    private static func set(_ numbers: [Int32]) -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for number in numbers { sigaddset(&set, number) }
        return set
    }
}

/// How the server's task ended, handed to the waiting thread.
private final class Outcome: Sendable {
    let failure = Mutex<(any Error)?>(nil)
    let done = DispatchSemaphore(value: 0)
}
