import Foundation
import Render

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints large-print pages to tagged A4 PDFs with an outline, with headless Chromium (Debian's
/// `chromium`), from the staged site on disk (a `file://` address: no server), so that the
/// page's stylesheet (its `@page` rule gives A4) and images are found as in the browser.
///
/// At most `parallel` browsers run at once (each starts several processes), each for at most
/// `timeout` seconds. Chromium writes the time of printing into the PDF; those two dates are
/// set to the site's date, so that the same input gives the same bytes.
final class PDFPrinter: Sendable {
    static let timeout: TimeInterval = 120
    /// The names tried on the PATH, in order.
    static let browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    let browser: String
    let staging: URL
    /// `D:YYYYMMDD000000`: what CreationDate and ModDate say.
    let pdfDate: [UInt8]
    private let slots: DispatchSemaphore

    init(browser: String, staging: URL, siteDate: String?, parallel: Int = 2) {
        self.browser = browser
        self.staging = staging
        let digits = (siteDate ?? "1970-01-01").filter(\.isNumber)
        pdfDate = Array(("D:" + (digits.count == 8 ? digits : "19700101") + "000000").utf8)
        slots = DispatchSemaphore(value: max(1, parallel))
    }

    /// The first of `browserNames` on the PATH (`PLANPRESS_CHROMIUM` names another), or nil.
    static func findBrowser() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["PLANPRESS_CHROMIUM"], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in browserNames {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// The page printed to PDF. The page is written beside itself under a scratch name (its
    /// relative addresses then hold) and removed again, with the PDF, whatever happens.
    func print(_ page: OutputFile) throws -> [UInt8] {
        let folder = staging.appendingPathComponent(page.path).deletingLastPathComponent()
        let scratch = folder.appendingPathComponent(".planpress-print.html")
        let pdf = folder.appendingPathComponent(".planpress-print.pdf")
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-chromium-\(UUID().uuidString)")
        defer {
            for url in [scratch, pdf, profile] { try? FileManager.default.removeItem(at: url) }
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(page.bytes).write(to: scratch)
        slots.wait()
        defer { slots.signal() }
        try run(arguments: [
            "--headless", "--disable-gpu", "--no-first-run", "--disable-extensions", "--user-data-dir=\(profile.path)",
            "--no-pdf-header-footer", "--generate-pdf-document-outline", "--export-tagged-pdf",
            "--print-to-pdf=\(pdf.path)",
        ] + (getuid() == 0 ? ["--no-sandbox"] : []) + [scratch.absoluteString], page: page.path)
        guard let data = FileManager.default.contents(atPath: pdf.path), data.starts(with: Array("%PDF".utf8)) else {
            throw OutputError(message: SiteMessages.pdfNotWritten(page.path), hint: SiteMessages.pdfHint)
        }
        return fixingDates([UInt8](data))
    }

    private func run(arguments: [String], page: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + Self.timeout) == .timedOut {
            process.terminate()
            done.wait()
            throw OutputError(message: SiteMessages.pdfTimeout(page, seconds: Int(Self.timeout)), hint: SiteMessages.pdfHint)
        }
        guard process.terminationStatus == 0 else {
            throw OutputError(message: SiteMessages.pdfFailed(page, status: process.terminationStatus), hint: SiteMessages.pdfHint)
        }
    }

    /// `/CreationDate (D:20261203145147+00'00')` and `/ModDate (…)` with the site's date at
    /// midnight UTC: the same number of bytes, so the file's cross-reference offsets still hold.
    func fixingDates(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        for key in ["/CreationDate (", "/ModDate ("].map({ Array($0.utf8) }) {
            var index = 0
            while let found = Self.find(key, in: bytes, from: index) {
                let start = found + key.count
                // D: and 14 digits, then a zone as +HH'MM' (or Z): only that shape is rewritten.
                let digits = start + 2..<start + 16
                guard start + 16 <= bytes.count, bytes[start] == UInt8(ascii: "D"), bytes[start + 1] == UInt8(ascii: ":"),
                      digits.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) else { index = start; continue }
                bytes.replaceSubrange(start..<start + 16, with: pdfDate)
                let zone = Array("+00'00'".utf8)
                if start + 16 + zone.count <= bytes.count, [UInt8(ascii: "+"), UInt8(ascii: "-")].contains(bytes[start + 16]),
                   bytes[start + 19] == UInt8(ascii: "'"), bytes[start + 22] == UInt8(ascii: "'") {
                    bytes.replaceSubrange(start + 16..<start + 16 + zone.count, with: zone)
                }
                index = start + 16
            }
        }
        return bytes
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
