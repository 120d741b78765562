import Foundation
import PlanModel
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walking an output folder with one `lstat` per entry.
enum OutputTree {
    /// Calls `visit` with the path (relative to `root`) of every entry that is not a folder, with
    /// its `stat`. A symbolic link counts as what it points to, as `FileManager.fileExists` has it:
    /// a link to a folder is a folder (not entered), any other is a file.
    static func walk(_ root: String, _ visit: (String, stat) throws -> Void) throws {
        try walk(root, relative: "", visit)
    }

    private static func walk(_ folder: String, relative: String, _ visit: (String, stat) throws -> Void) throws {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            if isDirectory(info) {
                try walk(folder + "/" + name, relative: path, visit)
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                var target = stat()
                if fstatat(descriptor, name, &target, 0) == 0, isDirectory(target) { continue }
            }
            try visit(path, info)
        }
    }

    static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }

    static func modified(_ info: stat) -> Int64 {
        #if canImport(Glibc)
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #else
        return Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #endif
    }
}
