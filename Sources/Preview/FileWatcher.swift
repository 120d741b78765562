#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds what changed under the watched folders by comparing each file's modification time,
/// size and inode with the previous look. Plain polling is portable and needs no dependency;
/// `ChangeSignal` only wakes it early.
struct FileWatcher {
    enum Root: Int, Sendable { case content, templates }

    struct Change: Hashable, Sendable {
        enum Kind: Sendable { case added, modified, removed }
        var root: Root
        /// Relative to the root, with `/`: `dalarna/vagen-in-2015-2020.md`.
        var path: String
        var kind: Kind
    }

    private struct Stamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    private struct Key: Hashable {
        var root: Root
        var path: String
    }

    /// Entries looked at in one look, at most: a content folder holds tens of files, and a
    /// look runs ten times a second.
    static let maximumEntries = 20_000
    /// Folders deeper than this are not entered.
    static let maximumDepth = 16

    let roots: [(root: Root, directory: String)]
    private var stamps: [Key: Stamp] = [:]
    /// Every folder seen in the last look, for `ChangeSignal` to watch.
    private(set) var directories: [String] = []

    /// Takes the first look; changes are reported from then on.
    init(content: String, templates: String) {
        roots = [(.content, content), (.templates, templates)]
        stamps = look()
    }

    /// What changed since the previous call, in a stable order.
    mutating func changes() -> [Change] {
        let now = look()
        defer { stamps = now }
        var found: [Change] = []
        for (key, stamp) in now where stamps[key] != stamp {
            found.append(Change(root: key.root, path: key.path, kind: stamps[key] == nil ? .added : .modified))
        }
        for key in stamps.keys where now[key] == nil {
            found.append(Change(root: key.root, path: key.path, kind: .removed))
        }
        return found.sorted { ($0.root.rawValue, $0.path) < ($1.root.rawValue, $1.path) }
    }

    private mutating func look() -> [Key: Stamp] {
        var found: [Key: Stamp] = [:]
        var folders: [String] = []
        var budget = Self.maximumEntries
        for (root, directory) in roots {
            walk(directory, relative: "", depth: 0, budget: &budget) { path, stamp in
                found[Key(root: root, path: path)] = stamp
            } folder: { folders.append($0) }
        }
        directories = folders
        return found
    }

    /// Depth-first through one folder, within `budget` entries in all. A link to a file is
    /// followed (a linked template is still a template; the build itself refuses a plan linked
    /// from outside), a link to a folder never: six links to `..` would otherwise make the
    /// same folders again and again, and a link to a large folder would be walked ten times a
    /// second.
    private func walk(_ directory: String, relative: String, depth: Int, budget: inout Int,
                      file: (String, Stamp) -> Void, folder: (String) -> Void) {
        guard depth < Self.maximumDepth, budget > 0, let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        folder(directory)
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            // Hidden files and editor leftovers (`.x.md.swp`, `x.md~`) are no part of the site;
            // reacting to them would reload the browser while the editor merely autosaves.
            if name.hasPrefix(".") || name.hasSuffix("~") { continue }
            budget -= 1
            if budget < 0 { return }
            let path = directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                guard stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { continue }
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, relative: relativePath, depth: depth + 1, budget: &budget, file: file, folder: folder)
            } else if (info.st_mode & S_IFMT) == S_IFREG {
                file(relativePath, Self.stamp(info))
            }
        }
    }

    private static func stamp(_ info: stat) -> Stamp {
        #if os(Linux)
        let modified = info.st_mtim
        #else
        let modified = info.st_mtimespec
        #endif
        return Stamp(seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec),
                     size: Int64(info.st_size), inode: UInt64(info.st_ino))
    }
}
