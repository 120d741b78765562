import Foundation
import PlanModel
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a build was made from and what it wrote, kept beside the output folder
/// (`.public.planpress-build` for `public/`),
/// so that a build of unchanged inputs can leave the folder as it is and only say again what
/// the last one said.
///
/// The fingerprint covers every content file (its hash, content/assets/ included),
/// the options, `SOURCE_DATE_EPOCH` and the program (its path, size and time): anything a page
/// is made from. The folder must also still hold exactly the files the build wrote, each of the
/// size it was written with and none changed after the stamp was written (the stamp is the
/// build's last file), and nothing else; otherwise the site is built anew. The stamp itself
/// holds nothing that differs between two builds of the same inputs.
struct BuildStamp: Sendable {
    static let header = "planpress-build 1"

    var fingerprint: String
    var fileCount: Int
    var writtenFiles: Int
    var diagnostics: [Diagnostic]
    /// Every file written, by path.
    var outputs: [(String, WrittenFile)] = []

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines = [
            Self.header,
            "fingerprint \(fingerprint)",
            "files \(fileCount)",
            "written \(writtenFiles)",
            "diagnostics " + String(decoding: try encoder.encode(diagnostics), as: UTF8.self),
            "outputs \(outputs.count)",
        ]
        for (path, file) in outputs { lines.append("\(file.size) \(path)") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func read(_ folder: URL) -> BuildStamp? {
        guard let data = FileManager.default.contents(atPath: OutputWriter.stampURL(of: folder).path)
        else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        func field(_ name: String) -> Substring? {
            guard let line = lines.popFirst(), line.hasPrefix(name + " ") else { return nil }
            return line.dropFirst(name.count + 1)
        }
        guard lines.popFirst().map(String.init) == header,
              let fingerprint = field("fingerprint"), let files = field("files").flatMap({ Int($0) }),
              let written = field("written").flatMap({ Int($0) }), let diagnosticsJSON = field("diagnostics"),
              let diagnostics = try? JSONDecoder().decode([Diagnostic].self, from: Data(diagnosticsJSON.utf8)),
              let count = field("outputs").flatMap({ Int($0) }) else { return nil }
        var outputs: [(String, WrittenFile)] = []
        outputs.reserveCapacity(count)
        for _ in 0..<count {
            guard let line = lines.popFirst() else { return nil }
            let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let size = Int(parts[0]) else { return nil }
            outputs.append((String(parts[1]), WrittenFile(size: size)))
        }
        return BuildStamp(fingerprint: String(fingerprint), fileCount: files, writtenFiles: written,
                          diagnostics: diagnostics, outputs: outputs)
    }

    /// Whether `folder` holds exactly the files written, of their sizes and none changed since
    /// the stamp was written, besides the manifest and the kept files: one walk, one
    /// `lstat` per file.
    func matches(_ folder: URL) -> Bool {
        var info = stat()
        guard lstat(OutputWriter.stampURL(of: folder).path, &info) == 0 else { return false }
        let stamped = OutputTree.modified(info)
        var expected: [String: WrittenFile] = [:]
        for (path, file) in outputs { expected[path] = file }
        var seen = 0
        struct Mismatch: Error {}
        do {
            try OutputTree.walk(folder.path) { path, info in
                if let file = expected[path] {
                    guard (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == file.size,
                          OutputTree.modified(info) <= stamped else { throw Mismatch() }
                    seen += 1
                } else if path != OutputWriter.manifestName && !OutputWriter.keptFiles.contains(path) {
                    throw Mismatch()
                }
            }
        } catch {
            return false
        }
        return seen == expected.count
    }
}
