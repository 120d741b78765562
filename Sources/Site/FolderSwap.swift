import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a new folder in place of an old one in a single step, so that the name never stands
/// empty: Linux's `renameat2` with `RENAME_EXCHANGE` swaps the two names atomically.
enum FolderSwap {
    private typealias RenameAt2 = @convention(c) (
        Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
    private static let renameExchange: UInt32 = 1 << 1

    /// Looked up at run time: Glibc has had `renameat2` since 2.28, but Swift's Glibc module does
    /// not export it. Nil on other systems, which then take the fallback in `StagedOutput`.
    private static let renameat2: RenameAt2? = {
        #if canImport(Glibc)
        return dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
        #else
        return nil
        #endif
    }()

    enum Outcome { case swapped, unsupported }

    /// Swaps the names `new` and `old` (both must exist). `.unsupported` when the system or the
    /// file system has no atomic exchange (nothing was changed then); any other failure throws,
    /// again with nothing changed.
    static func exchange(_ new: String, _ old: String) throws -> Outcome {
        guard let renameat2 else { return .unsupported }
        if renameat2(AT_FDCWD, new, AT_FDCWD, old, renameExchange) == 0 { return .swapped }
        let code = errno
        if code == ENOSYS || code == EINVAL || code == ENOTSUP { return .unsupported }
        throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
}
