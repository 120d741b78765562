import Foundation
import PlanModel
import Render
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file as a build wrote it.
struct WrittenFile: Sendable, Hashable {
    var size: Int
}

/// The new site, written file by file (from any thread) into a folder beside the output, then
/// swapped in whole by `commit`, or thrown away by `discard`: the output folder is only ever the
/// old site or the complete new one.
final class StagedOutput: Sendable {
    let target: URL
    let staging: URL
    private let parent: URL
    private let exists: Bool

    private struct State {
        var madeFolders: Set<String> = []
        var written: [String: WrittenFile] = [:]
        /// Every write's path; a path written twice is here twice, and in the manifest, as ever.
        var paths: [String] = []
    }
    private let state = Mutex(State())

    /// Checks that the output folder, if there is one, is a PlanPress build (see
    /// `OutputFolderCheck`: refused before anything is touched), clears away what killed builds
    /// left beside it, and makes the (empty) folder the new site goes into.
    init(output: String, content: String? = nil) throws {
        let manager = FileManager.default
        target = URL(fileURLWithPath: output).standardizedFileURL
        parent = target.deletingLastPathComponent()
        try OutputFolderCheck.checkPlace(target, shownAs: output, content: content)
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        StagingLeftovers.clean(target)
        exists = try OutputFolderCheck.check(target, shownAs: output)
        staging = StagingLeftovers.newName(target)
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data(StagingLeftovers.markerText.utf8).write(to: staging.appendingPathComponent(StagingLeftovers.markerName))
    }

    /// How many files have been written.
    var writes: Int { state.withLock { $0.paths.count } }

    /// Every path written, in the order written.
    var paths: [String] { state.withLock { $0.paths } }

    func write(_ file: OutputFile) throws {
        try write(file.path, file.bytes)
    }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { bytes in
            if exists, let linked = linkUnchanged(path, to: try prepare(path), bytes: bytes) {
                record(path, linked)
            } else {
                try write(path) { write in try write(bytes) }
            }
        }
    }

    /// Writes a file from pieces made one after the other (`produce` hands each piece to `write`).
    func write(_ path: String, streaming produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let file = try open(path)
        do {
            try produce { try file.write($0) }
            try close(file, path: path)
        } catch {
            _ = try? file.close()
            throw error
        }
    }

    /// A file to write bit by bit; `close(_:path:)` it when done.
    func open(_ path: String) throws -> OutputFileHandle {
        try OutputFileHandle(prepare(path))
    }

    func close(_ file: OutputFileHandle, path: String) throws {
        record(path, try file.close())
    }

    /// Links the old site's file at `path` into the new site as it is, when it is a regular file
    /// of `size` bytes: how an incremental build keeps a file it did not make again (see
    /// `BuildCache`). False when it is not, and nothing is written.
    func carry(_ path: String, size: Int) throws -> Bool {
        let old = target.appendingPathComponent(path).path
        var info = stat()
        guard exists, lstat(old, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == size,
              link(old, try prepare(path).path) == 0 else { return false }
        record(path, WrittenFile(size: size))
        return true
    }

    /// When the old site has this very file, byte for byte, the new site gets it as a hard link
    /// instead of a copy: nothing to write now, and nothing for the file system to free when the
    /// old site is removed. PlanPress never writes into an existing file, so sharing is safe.
    private func linkUnchanged(_ path: String, to url: URL, bytes: UnsafeRawBufferPointer) -> WrittenFile? {
        let old = target.appendingPathComponent(path).path
        var info = stat()
        guard lstat(old, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else {
            return nil
        }
        let descriptor = systemOpen(old, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { _ = systemClose(descriptor) }
        let same = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = 0
            while count < bytes.count {
                let got = read(descriptor, buffer.baseAddress! + count, bytes.count - count)
                if got <= 0 { break }
                count += got
            }
        }.withUnsafeBytes { old in
            old.count == bytes.count && (bytes.isEmpty || memcmp(old.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        guard same, link(old, url.path) == 0 else { return nil }
        return WrittenFile(size: bytes.count)
    }

    private func prepare(_ path: String) throws -> URL {
        let url = staging.appendingPathComponent(path)
        let folder = url.deletingLastPathComponent().path
        if !state.withLock({ $0.madeFolders.contains(folder) }) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            state.withLock { _ = $0.madeFolders.insert(folder) }
        }
        return url
    }

    private func record(_ path: String, _ file: WrittenFile) {
        state.withLock {
            $0.written[path] = file
            $0.paths.append(path)
        }
    }

    /// Adds the kept files and the manifest, swaps the new site in, then writes the stamp, if any.
    func commit(stamp: BuildStamp?) throws {
        let manager = FileManager.default
        let (paths, written) = state.withLock { ($0.paths, $0.written) }
        for name in OutputWriter.keptFiles.sorted() where written[name] == nil {
            let old = target.appendingPathComponent(name)
            if manager.fileExists(atPath: old.path) {
                try manager.copyItem(at: old, to: staging.appendingPathComponent(name))
            }
        }
        let manifest = paths.sorted().joined(separator: "\n") + "\n"
        try Data(manifest.utf8).write(to: staging.appendingPathComponent(OutputWriter.manifestName))
        try? manager.removeItem(at: staging.appendingPathComponent(StagingLeftovers.markerName))
        // No stamp while the folders are swapped: a build cut short there is never taken as done.
        let stampURL = OutputWriter.stampURL(of: target)
        try? manager.removeItem(at: stampURL)
        try swapIn()
        // The new site is in place: nothing below may fail the build, or the message would say
        // the old site is untouched. Without a stamp the next build simply builds again.
        if var stamp {
            stamp.outputs = written.keys.sorted().map { ($0, written[$0]!) }
            try? Data(stamp.encoded().utf8).write(to: stampURL)
        }
    }

    /// Puts the staging folder at the output's name. On Linux one atomic exchange, then the old
    /// tree (now at the staging name) is removed. Where there is no exchange, two renames: the
    /// old site is moved aside, the new one in, and the old one moved back if that fails; a
    /// build killed between the two leaves the old site aside, and the next build puts it back
    /// (`StagingLeftovers.clean`). Every throw leaves the old site at its name.
    private func swapIn() throws {
        let manager = FileManager.default
        guard exists else {
            try manager.moveItem(at: staging, to: target)
            return
        }
        if try FolderSwap.exchange(staging.path, target.path) == .swapped {
            try? manager.removeItem(at: staging)
            return
        }
        let retired = StagingLeftovers.oldName(target)
        try? manager.removeItem(at: retired)
        try manager.moveItem(at: target, to: retired)
        do {
            try manager.moveItem(at: staging, to: target)
        } catch {
            if (try? manager.moveItem(at: retired, to: target)) == nil {
                throw OutputError(message: SiteMessages.oldSiteAside(target.path, retired.lastPathComponent),
                                  hint: SiteMessages.oldSiteAsideHint)
            }
            throw error
        }
        try? manager.removeItem(at: retired)
    }

    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
