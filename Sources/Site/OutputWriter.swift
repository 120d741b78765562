import Foundation
import PlanModel
import Render
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// What the build was made from (see `BuildStamp`), so that a build of unchanged content can
    /// leave the folder as it is. It lies beside the output folder, not in it: it names this
    /// machine's program, and the published tree must be the same on every machine.
    static func stampURL(of target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).planpress-build")
    }
    /// The output folder's own note (kept in git), carried over from build to build.
    static let keptFiles: Set<String> = ["README.md"]

    public static func write(_ files: [OutputFile], to output: String, content: String? = nil) throws {
        let staged = try StagedOutput(output: output, content: content)
        do {
            for file in files { try staged.write(file) }
            try staged.commit(stamp: nil)
        } catch {
            staged.discard()
            throw error
        }
    }

    /// The paths the folder's manifest lists.
    static func listedFiles(_ folder: URL) -> Set<String> {
        let manifestURL = folder.appendingPathComponent(manifestName)
        return (try? String(contentsOf: manifestURL, encoding: .utf8))
            .map { Set($0.split(separator: "\n").map(String.init)) } ?? []
    }

    /// Whether a failed build of this process left the old site aside (see `StagedOutput`), so
    /// that the message says where it is instead of claiming the output is untouched.
    public static func oldSiteAside(_ output: String) -> String? {
        let aside = StagingLeftovers.oldName(URL(fileURLWithPath: output).standardizedFileURL)
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: aside.path, isDirectory: &isFolder) && isFolder.boolValue
            ? aside.path : nil
    }
}
