import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether PlanPress may write the site to a path: only into a folder that is empty or that it
/// wrote itself, never into the project's own sources. Every refusal comes before anything is
/// touched, so a refused build leaves the path exactly as it was.
enum OutputFolderCheck {
    /// Refuses what is at the output path (its place is `checkPlace`'s), or returns whether a
    /// folder is there (to be replaced).
    static func check(_ target: URL, shownAs shown: String) throws -> Bool {
        var info = stat()
        guard lstat(target.path, &info) == 0 else {
            if errno == ENOENT { return false }
            throw refusal(SiteMessages.unreadableOutput(shown))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: throw refusal(SiteMessages.linkOutput(shown), hint: SiteMessages.linkOutputHint)
        default: throw refusal(SiteMessages.notAFolder(shown))
        }
        try ensureOwned(target, shownAs: shown)
        return true
    }

    /// Refuses an output inside the content folder or a `templates/` folder, or one that holds
    /// the content folder: the site would be written over the sources it is made from.
    static func checkPlace(_ target: URL, shownAs shown: String, content: String?) throws {
        let output = realPath(target.path)
        guard let content else { return }
        let contentPath = realPath(URL(fileURLWithPath: content).standardizedFileURL.path)
        if output == contentPath || isInside(output, contentPath) {
            throw refusal(SiteMessages.outputInside(shown, content))
        }
        if isInside(contentPath, output) {
            throw refusal(SiteMessages.outputHoldsContent(shown, content))
        }
        let projects = [URL(fileURLWithPath: contentPath).deletingLastPathComponent().path,
                        realPath(FileManager.default.currentDirectoryPath)]
        for project in projects {
            let templates = project == "/" ? "/templates" : project + "/templates"
            if output == templates || isInside(output, templates) {
                throw refusal(SiteMessages.outputInside(shown, "templates"))
            }
        }
    }

    /// Refuses a folder holding anything no build wrote: a file the manifest does not list, a
    /// symbolic link, an empty folder, anything that is not a plain file, or a folder it cannot
    /// read. An `--output .` must never wipe a project, and nothing is lost without a word.
    static func ensureOwned(_ folder: URL, shownAs shown: String) throws {
        let listed = OutputWriter.listedFiles(folder)
        try walk(folder.path, relative: "", shown: shown) { path in
            path == OutputWriter.manifestName || OutputWriter.keptFiles.contains(path) || listed.contains(path)
        }
    }

    /// Returns how many entries the folder holds; throws at the first that is not the build's.
    @discardableResult
    private static func walk(_ folder: String, relative: String, shown: String,
                             _ isListed: (String) -> Bool) throws -> Int {
        guard let directory = opendir(folder) else {
            throw refusal(SiteMessages.unreadableOutput(relative.isEmpty ? shown : shown + "/" + relative))
        }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var count = 0
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            count += 1
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { throw foreign(shown, path) }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                // A build makes folders only for the files it writes: an empty one is not its own.
                if try walk(folder + "/" + name, relative: path, shown: shown, isListed) == 0 {
                    throw foreign(shown, path + "/")
                }
            case S_IFREG where isListed(path): break
            default: throw foreign(shown, path)
            }
        }
        return count
    }

    private static func foreign(_ shown: String, _ path: String) -> OutputError {
        OutputError(message: SiteMessages.foreignOutput(shown, path), hint: SiteMessages.foreignOutputHint)
    }

    private static func refusal(_ message: String, hint: String = SiteMessages.foreignOutputHint) -> OutputError {
        OutputError(message: message, hint: hint)
    }

    /// `inner` lies below `outer` (both absolute, without a trailing slash).
    static func isInside(_ inner: String, _ outer: String) -> Bool {
        inner.hasPrefix(outer == "/" ? "/" : outer + "/") && inner != outer
    }

    /// The path with every symbolic link in its existing part resolved; the missing rest is kept.
    static func realPath(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing.path, nil) {
                defer { free(resolved) }
                var result = URL(fileURLWithPath: String(cString: resolved))
                for part in rest.reversed() { result.appendPathComponent(part) }
                return result.path
            }
            if existing.path == "/" { return path }
            rest.append(existing.lastPathComponent)
            existing.deleteLastPathComponent()
        }
    }
}
