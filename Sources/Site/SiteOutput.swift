import Foundation
import Render
import Synchronization

/// Where the one render (`SitePipeline.render`) puts the site: the staged folder that
/// `planpress build` swaps in, or memory (the preview, `SiteBuilder.render`). Written from any
/// thread.
protocol SiteOutput: Sendable {
    func write(_ file: OutputFile) throws
    /// A file made in pieces, one after the other (the search index, the site-wide data files).
    func append(_ path: String) throws -> any OutputAppender
    /// Every path written so far, in the order written.
    var paths: [String] { get }
}

/// A file being written piece by piece; `close()` it when done.
protocol OutputAppender: Sendable {
    func write(_ bytes: UnsafeRawBufferPointer) throws
    func close() throws
}

extension OutputAppender {
    func write(_ bytes: ArraySlice<UInt8>) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}

extension StagedOutput: SiteOutput {
    func append(_ path: String) throws -> any OutputAppender {
        StagedAppender(output: self, path: path, handle: try open(path))
    }
}

private struct StagedAppender: OutputAppender {
    let output: StagedOutput
    let path: String
    let handle: OutputFileHandle

    func write(_ bytes: UnsafeRawBufferPointer) throws { try handle.write(bytes) }
    func close() throws { try output.close(handle, path: path) }
}

/// The site in memory, by path.
final class MemoryOutput: SiteOutput {
    private struct State {
        var files: [String: [UInt8]] = [:]
        var paths: [String] = []
    }
    private let state = Mutex(State())

    func write(_ file: OutputFile) throws {
        state.withLock {
            $0.files[file.path] = file.bytes
            $0.paths.append(file.path)
        }
    }

    func append(_ path: String) throws -> any OutputAppender { MemoryAppender(output: self, path: path) }

    var paths: [String] { state.withLock { $0.paths } }

    /// Every file, by path.
    var files: [String: [UInt8]] { state.withLock { $0.files } }

    /// Every file, in the order of their paths.
    var sortedFiles: [OutputFile] {
        let files = self.files
        return files.keys.sorted().map { OutputFile(path: $0, bytes: files[$0]!) }
    }
}

private final class MemoryAppender: OutputAppender {
    private let output: MemoryOutput
    private let path: String
    private let bytes = Mutex([UInt8]())

    init(output: MemoryOutput, path: String) {
        self.output = output
        self.path = path
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.withLock { $0.append(contentsOf: bytes) }
    }

    func close() throws {
        try output.write(OutputFile(path: path, bytes: bytes.withLock { $0 }))
    }
}
