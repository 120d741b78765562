import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folders a build keeps beside the output, `.public.planpress-new-PID` (the site being
/// written) and `.public.planpress-old-PID` (the old site while the fallback swap runs), and
/// what a later build does with those a killed build left behind.
enum StagingLeftovers {
    /// Put in a staging folder when it is made and taken out just before the swap, when the
    /// manifest is in: either one proves the folder is PlanPress's.
    static let markerName = ".planpress-staging"
    static let markerText = "planpress staging folder\n"

    static func newName(_ target: URL, pid: Int32 = getpid()) -> URL { named(target, "new", pid) }
    static func oldName(_ target: URL, pid: Int32 = getpid()) -> URL { named(target, "old", pid) }

    private static func named(_ target: URL, _ kind: String, _ pid: Int32) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).planpress-\(kind)-\(pid)")
    }

    /// Removes the staging folders of builds that are no longer running, and only those that
    /// carry the marker or hold nothing but what their manifest lists. When the output itself is
    /// missing because a fallback swap was cut short, the old site it left aside is put back.
    static func clean(_ target: URL) {
        let parent = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent).planpress-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names.sorted() where name.hasPrefix(prefix) {
            let suffix = name.dropFirst(prefix.count)
            let kind = suffix.prefix(4)
            guard kind == "new-" || kind == "old-", let pid = Int32(suffix.dropFirst(4)), !isRunning(pid) else {
                continue
            }
            let folder = parent.appendingPathComponent(name)
            guard isOurs(folder) else { continue }
            var info = stat()
            if kind == "old-", lstat(target.path, &info) != 0, errno == ENOENT,
               rename(folder.path, target.path) == 0 {
                continue
            }
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// A process that still runs (or that we may not signal) may still be writing its folder.
    private static func isRunning(_ pid: Int32) -> Bool {
        pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
    }

    private static func isOurs(_ folder: URL) -> Bool {
        var info = stat()
        guard lstat(folder.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
        let marker = folder.appendingPathComponent(markerName)
        if lstat(marker.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
           (try? String(contentsOf: marker, encoding: .utf8)) == markerText {
            return true
        }
        return (try? OutputFolderCheck.ensureOwned(folder, shownAs: folder.path)) != nil
    }
}
