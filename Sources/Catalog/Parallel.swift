import Foundation

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
}
