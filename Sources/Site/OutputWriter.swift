import Foundation
import Render

public struct OutputError: Error, CustomStringConvertible {
    public var message: String
    public var hint: String
    public var description: String { "\(message) \(hint)" }
}

/// Writes the site so that the output folder is either the old site or the whole new one:
/// the new site goes into a folder beside it and is swapped in only when every file is written.
public enum OutputWriter {
    /// Lists the files a build wrote, so a later build knows the folder is its own.
    public static let manifestName = ".planpress-manifest"
    /// The output folder's own note (kept in git), carried over from build to build.
    static let keptFiles: Set<String> = ["README.md"]

    public static func write(_ files: [OutputFile], to output: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let exists = manager.fileExists(atPath: target.path)
        if exists { try ensureOwned(target, shownAs: output) }

        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).planpress-new-\(getpid())")
        try? manager.removeItem(at: staging)
        do {
            try writeAll(files, into: staging)
            for name in keptFiles.sorted() where !files.contains(where: { $0.path == name }) {
                let old = target.appendingPathComponent(name)
                if manager.fileExists(atPath: old.path) {
                    try manager.copyItem(at: old, to: staging.appendingPathComponent(name))
                }
            }
            let manifest = files.map(\.path).sorted().joined(separator: "\n") + "\n"
            try Data(manifest.utf8).write(to: staging.appendingPathComponent(manifestName))
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        if exists {
            let retired = parent.appendingPathComponent(".\(target.lastPathComponent).planpress-old-\(getpid())")
            try? manager.removeItem(at: retired)
            try manager.moveItem(at: target, to: retired)
            try manager.moveItem(at: staging, to: target)
            try? manager.removeItem(at: retired)
        } else {
            try manager.moveItem(at: staging, to: target)
        }
    }

    static func writeAll(_ files: [OutputFile], into folder: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        var made: Set<String> = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            let url = folder.appendingPathComponent(file.path)
            let directory = url.deletingLastPathComponent().path
            if !made.contains(directory) {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                made.insert(directory)
            }
            try Data(file.bytes).write(to: url)
        }
    }

    /// Refuses a folder holding files that no build wrote: an `--output .` must never wipe a project.
    static func ensureOwned(_ folder: URL, shownAs shown: String) throws {
        let manager = FileManager.default
        let manifestURL = folder.appendingPathComponent(manifestName)
        let listed = (try? String(contentsOf: manifestURL, encoding: .utf8))
            .map { Set($0.split(separator: "\n").map(String.init)) } ?? []
        guard let enumerator = manager.enumerator(atPath: folder.path) else { return }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if isDirectory.boolValue || path == manifestName || keptFiles.contains(path) || listed.contains(path) {
                continue
            }
            throw OutputError(message: SiteMessages.foreignOutput(shown, path), hint: SiteMessages.foreignOutputHint)
        }
    }
}
