import Foundation
import PlanModel
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file being written with plain POSIX calls: no copies, no extra look-ups per file.
struct OutputFileHandle: Sendable {
    let path: String
    let descriptor: Int32

    init(_ url: URL) throws {
        path = url.path
        // The staging folder may hold a hard link to the old site's file here (`StagedOutput`):
        // unlinked first, so that writing never changes the old site.
        _ = unlink(path)
        descriptor = systemOpen(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Self.error(path) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #else
            let count = Darwin.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.error(path)
            }
            offset += count
        }
    }

    /// Closes the file and tells its size.
    func close() throws -> WrittenFile {
        let size = lseek(descriptor, 0, SEEK_CUR)
        guard systemClose(descriptor) == 0, size >= 0 else { throw Self.error(path) }
        return WrittenFile(size: Int(size))
    }

    static func error(_ path: String) -> any Error {
        let code = errno
        return CocoaError(.fileWriteUnknown, userInfo: [
            NSFilePathErrorKey: path,
            NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code)),
        ])
    }
}

/// `open(2)` and `close(2)`, by names no type here shadows.
func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
    #if canImport(Glibc)
    Glibc.open(path, flags, mode)
    #else
    Darwin.open(path, flags, mode)
    #endif
}

func systemClose(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.close(descriptor)
    #else
    Darwin.close(descriptor)
    #endif
}
