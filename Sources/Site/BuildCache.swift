import Foundation
import PlanModel
import Render
import ViewModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the next build needs to skip rendering the plans that did not change, kept beside the
/// output folder (`.public.planpress-cache` for `public/`) as the build stamp is: per plan, the
/// digest of the file it was made from and the files it wrote, with their sizes; and `key`, a
/// digest of everything else a plan's files are made from (the program, the options, site.yml,
/// the county pages, content/assets/, the lättläst files (a plan's pages link its lättläst page,
/// which is among its files), and what plan pages take from the catalogue and the data
/// files: `SiteBuilder.SharedPlanInputs`; not the data files themselves, so that renaming an
/// organisation makes only the pages that join across counties again).
///
/// A plan whose file and key are unchanged, and whose files are still in the output folder as
/// written (a regular file of the size written, not changed after the cache was written), has
/// its files linked into the new site instead of rendered (`StagedOutput.carry`). A cache that
/// does not read as one, or whose key differs, is not used: every plan is rendered. It holds
/// nothing that differs between two builds of the same inputs.
struct BuildCache: Sendable {
    static let header = "planpress-cache 1"

    struct PlanEntry: Sendable {
        var digest: FileDigest
        var files: [(path: String, size: Int)]
    }

    var key: String
    /// By `county/slug`.
    var plans: [String: PlanEntry] = [:]
    /// When the cache file was written, in nanoseconds; a file changed later is not carried.
    var written: Int64 = 0

    /// The cache of a build of `checked` that wrote `planFiles` (in `checked.published`'s order).
    init(_ checked: CheckedContent, key: String, planFiles: [[(path: String, size: Int)]]) {
        self.key = key
        for (source, files) in zip(checked.published, planFiles) {
            guard let origin = source.origin else { continue }
            plans[Self.name(source.facts)] = PlanEntry(digest: origin.digest, files: files)
        }
    }

    init(key: String, written: Int64) {
        self.key = key
        self.written = written
    }

    static func url(of target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).planpress-cache")
    }

    static func name(_ plan: Plan) -> String { "\(plan.countySlug)/\(plan.slug)" }

    /// The key of the inputs a plan's files are made from besides the plan itself.
    static func key(_ inputs: BuildInputs, _ checked: CheckedContent) -> String {
        // A plan's follow-ups are part of its digest (`ContentLoader.parsePlan`), not of the key.
        let plans = Set(inputs.listing.planFiles.flatMap { [$0.location.shown] + $0.followUps.map(\.location.shown) })
        let dataFiles = Set(inputs.listing.dataFiles.map(\.1.shown))
        var lines = inputs.settings
        for file in inputs.files where !plans.contains(file.shown) && !dataFiles.contains(file.shown) {
            let digest = checked.digests[file.shown]
            lines.append("file \(digest.map { "\($0.size) \(String($0.hash, radix: 16))" } ?? "-") \(file.shown)")
        }
        lines += SiteBuilder.sharedPlanInputs(checked.content).keyLines
        let text = lines.joined(separator: "\n")
        return String(ContentHash.hash(text), radix: 16) + "-" + String(ContentHash.hash(text + "\n"), radix: 16)
    }

    func encoded() -> String {
        var lines = [Self.header, "key \(key)"]
        for name in plans.keys.sorted() {
            let entry = plans[name]!
            lines.append("plan \(entry.files.count) \(entry.digest.size) \(String(entry.digest.hash, radix: 16)) \(name)")
            for file in entry.files { lines.append("\(file.size) \(file.path)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The cache beside `target`, or nil when there is none or it does not read as one.
    static func read(_ target: URL) -> BuildCache? {
        let url = url(of: target)
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst() == Substring(header), let keyLine = lines.popFirst(), keyLine.hasPrefix("key ")
        else { return nil }
        var cache = BuildCache(key: String(keyLine.dropFirst(4)), written: OutputTree.modified(info))
        while let line = lines.popFirst(), !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
            guard parts.count == 5, parts[0] == "plan", let count = Int(parts[1]), let size = Int(parts[2]),
                  let hash = UInt64(parts[3], radix: 16), count >= 0 else { return nil }
            var files: [(path: String, size: Int)] = []
            for _ in 0..<count {
                guard let fileLine = lines.popFirst() else { return nil }
                let file = fileLine.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
                guard file.count == 2, let fileSize = Int(file[0]), !file[1].isEmpty else { return nil }
                files.append((String(file[1]), fileSize))
            }
            cache.plans[String(parts[4])] = PlanEntry(digest: FileDigest(hash: hash, size: size), files: files)
        }
        guard lines.allSatisfy(\.isEmpty) else { return nil }
        return cache
    }

    /// The plan's files from the last build, when the plan is unchanged and they are all still
    /// in the old output as written: every file linked into `output`, except the plan's JSON
    /// and CSV files, which are returned read (the site-wide data files are made from them).
    func reuse(_ source: CheckedContent.PlanSource, target: URL, output: StagedOutput) throws -> SitePipeline.ReusedPlan? {
        guard let origin = source.origin, let entry = plans[Self.name(source.facts)], entry.digest == origin.digest
        else { return nil }
        for file in entry.files {
            var info = stat()
            guard lstat(target.appendingPathComponent(file.path).path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
                  Int(info.st_size) == file.size, OutputTree.modified(info) <= written else { return nil }
        }
        let data = Set(["json", "csv"].map { SiteAddress.planFile(source.facts, extension: $0) })
        var reused = SitePipeline.ReusedPlan(files: [], carried: [])
        for file in entry.files {
            if data.contains(file.path) {
                guard let bytes = FileManager.default.contents(atPath: target.appendingPathComponent(file.path).path),
                      bytes.count == file.size else { throw Self.changed }
                reused.files.append(OutputFile(path: file.path, bytes: [UInt8](bytes)))
            } else {
                // Checked above; a file gone since is the old site changing under the build.
                guard try output.carry(file.path, size: file.size) else { throw Self.changed }
                reused.carried.append(file)
            }
        }
        return reused
    }

    private static var changed: OutputError {
        OutputError(message: SiteMessages.contentChanged, hint: SiteMessages.contentChangedHint)
    }
}
