import Foundation
import PlanModel
import Render
import ViewModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the next build needs to skip the work of the plans that did not change, kept beside
/// the output folder (`.public.planpress-cache` for `public/`) as the build stamp is. Per plan
/// file: its `PlanRecord` (the digests of the files it was read from, and what the check and
/// the catalogue need of it, in `PlanFactsCoding`'s bytes), and the files it wrote, with their
/// sizes. Two keys say what the two parts were made under:
/// - `factsKey`, a digest of the program and the options (`BuildInputs.settings`): a plan
///   whose files are unchanged is not parsed again for the check (`ContentLoader.check`). The
///   data files are not in it: the catalogue is joined again from every plan's facts.
/// - `key`, a digest of everything else a plan's files are made from (the program, the options,
///   site.yml, the county pages, content/assets/, the lättläst files (a plan's pages link its
///   lättläst page, which is among its files), and what plan pages take from the catalogue and
///   the data files: `SiteBuilder.SharedPlanInputs`; not the data files themselves, so that
///   renaming an organisation makes only the pages that join across counties again).
///
/// A plan whose file and key are unchanged, and whose files are still in the output folder as
/// written (a regular file of the size written, not changed after the cache was written), has
/// its files linked into the new site instead of rendered (`StagedOutput.carry`). A cache that
/// does not read as one (its bytes end in their own hash), or whose keys differ, is not used.
/// It holds nothing that differs between two builds of the same inputs.
struct BuildCache: Sendable {
    static let magic = Array("planpress-cache 2\n".utf8)

    struct PlanEntry: Sendable {
        var record: PlanRecord
        var files: [(path: String, size: Int)]
    }

    var factsKey: String
    var key: String
    /// By `county/slug`.
    var plans: [String: PlanEntry] = [:]
    /// When the cache file was written, in nanoseconds; a file changed later is not carried.
    var written: Int64 = 0

    /// The cache of a build of `checked` that wrote `planFiles` (in `checked.published`'s order).
    init(_ checked: CheckedContent, factsKey: String, key: String, planFiles: [[(path: String, size: Int)]]) {
        self.factsKey = factsKey
        self.key = key
        var filesByName: [String: [(path: String, size: Int)]] = [:]
        for (source, files) in zip(checked.published, planFiles) { filesByName[Self.name(source.facts)] = files }
        for (name, record) in checked.records {
            plans[name] = PlanEntry(record: record, files: filesByName[name] ?? [])
        }
    }

    init(factsKey: String, key: String, written: Int64) {
        self.factsKey = factsKey
        self.key = key
        self.written = written
    }

    static func url(of target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).planpress-cache")
    }

    static func name(_ plan: Plan) -> String { "\(plan.countySlug)/\(plan.slug)" }
    static func name(_ file: ContentListing.PlanFile) -> String { "\(file.countySlug)/\(file.slug)" }

    /// The key of what a plan's facts are made from besides its own files.
    static func factsKey(_ inputs: BuildInputs) -> String {
        digest(["planpress-facts 1"] + inputs.settings)
    }

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
        return digest(lines)
    }

    private static func digest(_ lines: [String]) -> String {
        let text = lines.joined(separator: "\n")
        return String(ContentHash.hash(text), radix: 16) + "-" + String(ContentHash.hash(text + "\n"), radix: 16)
    }

    /// The plan file's record, when the file and its follow-ups are as the record read them
    /// (`digests`: the build's, as hashed when the inputs were listed).
    func record(_ file: ContentListing.PlanFile, digests: [String: FileDigest]) -> PlanRecord? {
        guard let record = plans[Self.name(file)]?.record else { return nil }
        let paths = [file.location.shown] + file.followUps.map(\.location.shown)
        guard record.sources.count == paths.count else { return nil }
        for (source, path) in zip(record.sources, paths) where source.path != path || digests[path] != source.digest {
            return nil
        }
        return record
    }

    func encoded() -> [UInt8] {
        var writer = FactsWriter()
        writer.string(factsKey)
        writer.string(key)
        writer.array(plans.keys.sorted()) { writer, name in
            let entry = plans[name]!
            writer.string(name)
            writer.digest(entry.record.digest)
            writer.array(entry.record.sources) { $0.string($1.path); $0.digest($1.digest) }
            writer.array(entry.files) { $0.string($1.path); $0.int($1.size) }
            writer.block(entry.record.facts)
        }
        let bytes = Self.magic + writer.bytes
        var hash = FactsWriter()
        hash.word(ContentHash.hash(bytes))
        return bytes + hash.bytes
    }

    /// The cache beside `target`, or nil when there is none or it does not read as one.
    static func read(_ target: URL) -> BuildCache? {
        let url = url(of: target)
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let bytes = [UInt8](data)
        guard bytes.count >= magic.count + 8, bytes[..<magic.count].elementsEqual(magic) else { return nil }
        let end = bytes.count - 8
        var trailer = FactsReader(bytes[end...])
        guard let hash = try? trailer.word(),
              hash == bytes.withUnsafeBytes({ ContentHash.hash(UnsafeRawBufferPointer(rebasing: $0[..<end])) })
        else { return nil }
        var reader = FactsReader(bytes[magic.count..<end])
        do {
            var cache = BuildCache(factsKey: try reader.string(), key: try reader.string(), written: OutputTree.modified(info))
            for _ in 0..<(try reader.count()) {
                let name = try reader.string()
                let digest = try reader.digest()
                let sources = try reader.array { (path: try $0.string(), digest: try $0.digest()) }
                let files = try reader.array { (path: try $0.string(), size: try $0.int()) }
                let facts = bytes[try reader.block()]
                cache.plans[name] = PlanEntry(record: PlanRecord(sources: sources, digest: digest, facts: facts), files: files)
            }
            guard reader.isAtEnd else { return nil }
            return cache
        } catch {
            return nil
        }
    }

    /// The plan's files from the last build, when the plan is unchanged and they are all still
    /// in the old output as written: every file linked into `output`, except the plan's JSON
    /// and CSV files, which are returned read (the site-wide data files are made from them).
    func reuse(_ source: CheckedContent.PlanSource, target: URL, output: StagedOutput) throws -> SitePipeline.ReusedPlan? {
        guard let origin = source.origin, let entry = plans[Self.name(source.facts)], entry.record.digest == origin.digest
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
