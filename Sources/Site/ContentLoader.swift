import Catalog
import Foundation
import PlanModel
import PlanParser
import Render
import Synchronization

/// Everything read from the content folder, with every problem found.
public struct LoadedContent: Sendable {
    public var site: SiteConfig?
    public var counties: [County]
    /// Sorted by county, then by file name.
    public var plans: [Plan]
    /// Raw texts of the data files, for the catalogue.
    public var dataFiles: [String: (text: String, file: String)]
    /// content/assets/, by path under the output root (`assets/logo.svg`).
    public var assets: [ContentAsset] = []
    /// The lättläst versions of plans, each with a plan file beside it; at most one per plan.
    public var easyReads: [EasyRead] = []
    public var diagnostics: [Diagnostic]
    public var fileCount: Int
    /// The joins across counties, once the plans are checked.
    public var catalog: Catalog? = nil
}

/// A file of the county's own under content/assets/, copied to the output's assets/.
public struct ContentAsset: Sendable, Hashable {
    /// Under the output root: `assets/logo.svg`.
    public var path: String
    public var bytes: [UInt8]
}

/// Reads `content/`: site.yml, the data files, one folder per county with `_index.md` and plans.
public enum ContentLoader {
    public static let dataFileNames = ["organisations.yml", "themes.yml"]

    /// `displayRoot` is how the content folder is named in messages (the path the editor typed).
    public static func load(contentDirectory: String, displayRoot: String? = nil) -> LoadedContent {
        let root = URL(fileURLWithPath: contentDirectory).standardizedFileURL
        let shown = displayRoot ?? contentDirectory
        var diagnostics: [Diagnostic] = []
        let listing = ContentListing(root: root, shown: shown, diagnostics: &diagnostics)
        let front = readFront(listing, diagnostics: &diagnostics)
        let parsed = parsePlans(listing.planFiles)
        diagnostics += parsed.diagnostics
        let easyRead = EasyReadCheck.read(listing, published: [], strict: false)
        diagnostics += easyRead.diagnostics
        let assets = readAssets(listing, diagnostics: &diagnostics)
        return LoadedContent(
            site: front.site, counties: front.counties, plans: parsed.plans, dataFiles: front.dataFiles,
            assets: assets, easyReads: easyRead.easyReads, diagnostics: diagnostics.sorted(), fileCount: listing.fileCount)
    }

    /// The files of content/assets/, as they are. `record` hears of every file read, with its bytes.
    static func readAssets(_ listing: ContentListing, diagnostics: inout [Diagnostic],
                           record: (ContentListing.File, [UInt8]) -> Void = { _, _ in }) -> [ContentAsset] {
        listing.assetFiles.compactMap { path, file in
            guard let bytes = readBytes(file, diagnostics: &diagnostics) else { return nil }
            record(file, bytes)
            return ContentAsset(path: "assets/" + path, bytes: bytes)
        }
    }

    /// Everything but the plans: site.yml, the data files and the county pages, in that order.
    /// `record` hears of every file read, with its bytes.
    static func readFront(_ listing: ContentListing, diagnostics: inout [Diagnostic],
                          record: (ContentListing.File, [UInt8]) -> Void = { _, _ in })
        -> (site: SiteConfig?, dataFiles: [String: (text: String, file: String)], counties: [County])
    {
        func read(_ file: ContentListing.File?, diagnostics: inout [Diagnostic]) -> (text: String, file: String)? {
            guard let file, let bytes = readBytes(file, diagnostics: &diagnostics) else { return nil }
            record(file, bytes)
            return decode(bytes, file, diagnostics: &diagnostics)
        }
        var site: SiteConfig?
        if let source = read(listing.siteFile, diagnostics: &diagnostics) {
            let result = SiteConfigReader.read(source.text, file: source.file)
            site = result.value
            if let raw = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !raw.isEmpty {
                if let epoch = sourceDateEpoch(raw) { site?.date = isoDate(epoch) } else {
                    diagnostics.append(Diagnostic(.error, at: SourceLocation(file: "SOURCE_DATE_EPOCH", line: 1, column: 1),
                                                  SiteMessages.badEpoch(raw), hint: SiteMessages.badEpochHint))
                }
            }
            diagnostics += result.diagnostics
        }
        var dataFiles: [String: (text: String, file: String)] = [:]
        for (name, file) in listing.dataFiles {
            if let source = read(file, diagnostics: &diagnostics) { dataFiles[name] = source }
        }
        var counties: [County] = []
        for (slug, file) in listing.countyFiles {
            guard let source = read(file, diagnostics: &diagnostics) else { continue }
            let result = PlanParser.parseCounty(source.text, file: source.file, slug: slug)
            diagnostics += result.diagnostics
            if let county = result.value { counties.append(county) }
        }
        return (site, dataFiles, counties)
    }

    /// Plans are independent of each other, so they are read and parsed on every core.
    static func parsePlans(_ files: [ContentListing.PlanFile]) -> (plans: [Plan], diagnostics: [Diagnostic]) {
        let all = Parallel.map(files.count) { parsePlan(files[$0]).result }
        return (all.compactMap(\.value), all.flatMap(\.diagnostics))
    }

    typealias ParsedPlan = (result: ParseResult<Plan>, digest: FileDigest?, sources: [FileDigest])

    /// One plan file read and parsed, with its follow-up reports checked against it, and the
    /// digest of the bytes it was made from, follow-ups included (nil when a file could not be
    /// read); `sources` has each file's own digest, the plan's first.
    static func parsePlan(_ file: ContentListing.PlanFile) -> ParsedPlan {
        var diagnostics: [Diagnostic] = []
        var result = ParseResult<Plan>(value: nil, diagnostics: [])
        var read: [UInt8]?
        var sources: [FileDigest] = []
        if let bytes = readBytes(file.location, diagnostics: &diagnostics) {
            read = bytes
            sources.append(FileDigest(bytes))
            if let source = decode(bytes, file.location, diagnostics: &diagnostics) {
                result = PlanParser.parsePlan(source.text, file: source.file, countySlug: file.countySlug, slug: file.slug)
            }
        }
        var drafts: [FollowUpDraft] = []
        for followUp in file.followUps {
            guard let bytes = readBytes(followUp.location, diagnostics: &diagnostics) else { read = nil; continue }
            sources.append(FileDigest(bytes))
            // A separator no UTF-8 text holds, so that moving bytes between files changes the digest.
            if read != nil { read! += [0xFF] + bytes }
            guard let source = decode(bytes, followUp.location, diagnostics: &diagnostics) else { continue }
            let parsed = PlanParser.parseFollowUp(source.text, file: source.file, slug: followUp.slug,
                                                  planFile: file.slug + ".md")
            diagnostics += parsed.diagnostics
            if let draft = parsed.value { drafts.append(draft) }
        }
        if var plan = result.value {
            let resolved = PlanParser.resolveFollowUps(drafts, in: plan)
            plan.followUps = resolved.followUps
            diagnostics += resolved.diagnostics
            result.value = resolved.diagnostics.hasErrors || diagnostics.hasErrors ? nil : plan
        }
        result.diagnostics = diagnostics + result.diagnostics
        return (result, read.map(FileDigest.init), sources)
    }

    /// `SOURCE_DATE_EPOCH` as the reproducible-builds specification has it: a whole number of
    /// seconds since 1970, UTC, here at most the end of year 9999. Nil for anything else (`nan`,
    /// `inf`, `1e9`, `abc`, `-5`), which is an error rather than a strange year.
    static func sourceDateEpoch(_ raw: String) -> TimeInterval? {
        guard raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let seconds = Int64(raw),
              seconds <= 253_402_300_799 else { return nil }
        return TimeInterval(seconds)
    }

    /// `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) as `YYYY-MM-DD`, for reproducible builds.
    static func isoDate(_ epoch: TimeInterval) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: epoch))
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    static func read(_ file: ContentListing.File?, diagnostics: inout [Diagnostic]) -> (text: String, file: String)? {
        guard let file, let bytes = readBytes(file, diagnostics: &diagnostics) else { return nil }
        return decode(bytes, file, diagnostics: &diagnostics)
    }

    static func readBytes(_ file: ContentListing.File, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: file.url.path) else {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file.shown, line: 1, column: 1),
                SiteMessages.unreadable, hint: SiteMessages.unreadableHint))
            return nil
        }
        return [UInt8](data)
    }

    static func decode(_ bytes: [UInt8], _ file: ContentListing.File, diagnostics: inout [Diagnostic])
        -> (text: String, file: String)?
    {
        let decoded = SourceText.decode(bytes, file: file.shown)
        diagnostics += decoded.diagnostics
        return decoded.text.map { ($0, file.shown) }
    }
}

extension SiteRenderer {
    /// The renderer for the content's site, with the county's own assets.
    public convenience init(site: SiteConfig, content: LoadedContent) {
        self.init(site: site, contentAssets: content.assets.map { (path: $0.path, bytes: $0.bytes) },
                  easyReads: content.easyReads)
    }
}
