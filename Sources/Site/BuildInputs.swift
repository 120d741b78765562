import Catalog
import Foundation
import PlanModel
import PlanParser
import Synchronization

/// Everything a build is made from, to tell whether anything changed since the last build: the
/// content files (each hashed), the options, `SOURCE_DATE_EPOCH` and the program itself (whose
/// templates are compiled in).
struct BuildInputs: Sendable {
    var listing: ContentListing
    var listingDiagnostics: [Diagnostic]
    /// Every content file, in the listing's order.
    var files: [ContentListing.File]
    /// As read now, by the path shown in messages (an unreadable file has none).
    var digests: [String: FileDigest]
    /// The options, the environment and the program, one line each.
    var settings: [String]

    /// Lists the content folder and reads and hashes every file, on every core; without
    /// `hashing` (a check, which compares nothing with a last build), lists it only.
    static func read(_ options: BuildOptions, hashing: Bool = true) -> BuildInputs {
        let root = URL(fileURLWithPath: options.contentDirectory).standardizedFileURL
        var listingDiagnostics: [Diagnostic] = []
        let listing = ContentListing(root: root, shown: options.contentDirectory, diagnostics: &listingDiagnostics)
        let files = [listing.siteFile].compactMap { $0 } + listing.dataFiles.map(\.1) + listing.countyFiles.map(\.1)
            + listing.planFiles.map(\.location) + listing.planFiles.flatMap { $0.followUps.map(\.location) }
            + listing.easyReadFiles.map(\.location) + listing.assetFiles.map(\.1)
        let read = Parallel.map(hashing ? files.count : 0) { index in
            FileManager.default.contents(atPath: files[index].url.path).map(FileDigest.init)
        }
        var digests: [String: FileDigest] = [:]
        for (file, digest) in zip(files, read) { digests[file.shown] = digest }
        let settings = [
            "planpress-build 1",
            "program \(programIdentity())",
            "content \(options.contentDirectory)",
            "drafts \(options.includeDrafts) formats \(options.formats.rawValue) preview \(options.preview)",
            // The browser that prints the PDFs, or none: one installed since makes them.
            "pdf \(options.pdf ? PDFPrinter.findBrowser() ?? "none" : "off")",
            "epoch \(ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] ?? "-")",
        ] + listingDiagnostics.map { "listing \($0)" }
        return BuildInputs(listing: listing, listingDiagnostics: listingDiagnostics, files: files, digests: digests,
                           settings: settings)
    }

    /// The fingerprint of these inputs with the content files as `digests` has them.
    func fingerprint(_ digests: [String: FileDigest]) -> String {
        var lines = settings
        for file in files {
            if let digest = digests[file.shown] {
                lines.append("file \(digest.size) \(String(digest.hash, radix: 16)) \(file.shown)")
            } else {
                lines.append("unreadable \(file.shown)")
            }
        }
        let text = lines.joined(separator: "\n")
        return String(ContentHash.hash(text), radix: 16) + "-" + String(ContentHash.hash(text + "\n"), radix: 16)
            + "-" + String(text.utf8.count)
    }

    /// The fingerprint of the inputs as they are now.
    var fingerprint: String { fingerprint(digests) }

    /// The running program's file, its size and its modification time: a new build of PlanPress
    /// may render differently.
    private static func programIdentity() -> String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "?"
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return path }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified)"
    }
}
