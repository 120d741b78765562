import Foundation
import Synchronization

/// Where the time goes: `PLANPRESS_TRACE=1 planpress build …` prints each step of a build
/// with its time, the process's CPU time and its memory (now and at most) to standard error.
enum Trace {
    static let on = ProcessInfo.processInfo.environment["PLANPRESS_TRACE"] != nil
    private static let last = Mutex(Date())

    static func mark(_ step: String) {
        guard on else { return }
        let now = Date()
        let elapsed = last.withLock { last in
            defer { last = now }
            return now.timeIntervalSince(last)
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let rss = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
            .map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) } ?? "?"
        let line = String(format: "trace %-14@ %8.3f s   cpu %8.2f s   rss %@   peak %ld MiB\n",
                          step as NSString, elapsed, cpu, rss as NSString, Int(usage.ru_maxrss) / 1024)
        FileHandle.standardError.write(Data(line.utf8))
    }
}

#if canImport(Glibc)
import Glibc
private let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
#elseif canImport(Darwin)
import Darwin
private let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif
