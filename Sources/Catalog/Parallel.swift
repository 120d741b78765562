import Foundation
import Synchronization

/// Work spread over every core, results in order.
public enum Parallel {
    /// `(0..<count).map(body)`, in chunks of at least `minimumChunk` on every core.
    public static func map<Result>(_ count: Int, minimumChunk: Int = 1, _ body: (Int) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(minimumChunk, (count + cores * 4 - 1) / (cores * 4))
        let chunks = (count + chunk - 1) / chunk
        guard chunks > 1 else { return (0..<count).map(body) }
        return withoutActuallyEscaping(body) { body in
            // Each chunk writes its own elements only, and the work is done before this returns.
            nonisolated(unsafe) let body = body
            return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
                nonisolated(unsafe) let buffer = buffer
                DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
                    let start = chunkIndex * chunk
                    for index in start..<min(start + chunk, count) {
                        (buffer.baseAddress! + index).initialize(to: body(index))
                    }
                }
                initialized = count
            }
        }
    }

    /// `body` for every index in `0..<count`, on every core. After the first error no more are
    /// started, and that error is thrown once all that started have ended.
    public static func forEach(_ count: Int, _ body: (Int) throws -> Void) throws {
        let failure = Mutex<(any Error)?>(nil)
        withoutActuallyEscaping(body) { body in
            // Only called while concurrentPerform runs, which returns when all calls have.
            nonisolated(unsafe) let body = body
            DispatchQueue.concurrentPerform(iterations: count) { index in
                guard failure.withLock({ $0 == nil }) else { return }
                do {
                    try body(index)
                } catch {
                    failure.withLock { $0 = $0 ?? error }
                }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
    }

    /// Runs `side` on a thread of its own while `main` runs here; throws the first error of
    /// either once both have ended. Work that `side` and `main` spread over the cores (with
    /// `map` or `forEach`) gets every core in each: a concurrentPerform nested in another is
    /// given a share of the cores by the outer job count, even once the other jobs have ended,
    /// so two unlike jobs are better not run as one concurrentPerform of two.
    public static func beside(_ side: @escaping @Sendable () throws -> Void, _ main: () throws -> Void) throws {
        let sideFailure = Mutex<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do { try side() } catch { sideFailure.withLock { $0 = error } }
            done.signal()
        }
        thread.start()
        var mainFailure: (any Error)?
        do { try main() } catch { mainFailure = error }
        done.wait()
        if let error = mainFailure ?? sideFailure.withLock({ $0 }) { throw error }
    }

    /// `try (0..<count).map(body)`, one call per index, on every core: for a few large, unlike
    /// pieces of work. After the first error no more are started, and that error is thrown.
    public static func throwingMap<Result>(_ count: Int, _ body: (Int) throws -> Result) throws -> [Result] {
        var results = [Result?](repeating: nil, count: count)
        try results.withUnsafeMutableBufferPointer { buffer in
            // Each call writes its own element only, and every call has ended when forEach returns.
            nonisolated(unsafe) let buffer = buffer
            try forEach(count) { index in buffer[index] = try body(index) }
        }
        return results.map { $0! }
    }
}
