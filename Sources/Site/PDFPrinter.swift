import Foundation
import Render
import ViewModel

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
/// `timeout` seconds. Chromium writes the time of printing and the staged folder's path into
/// the PDF; the dates are set to the site's date and the links to the site's addresses
/// (`PDFBytes`), so that the same input gives the same bytes.
final class PDFPrinter: Sendable {
    static let timeout: TimeInterval = 120
    /// The names tried on the PATH, in order.
    static let browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    let browser: String
    let staging: URL
    /// `D:YYYYMMDD000000`: what CreationDate and ModDate say.
    let pdfDate: [UInt8]
    /// The site's base URL, which links into the site lead to.
    let baseURL: String?
    private let slots: DispatchSemaphore

    init(browser: String, staging: URL, siteDate: String?, baseURL: String?, parallel: Int = 2) {
        self.browser = browser
        self.staging = staging
        self.baseURL = baseURL
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

    /// The page printed to PDF, for `pdfPath`. The page is written beside itself under a
    /// scratch name (its relative addresses then hold) and removed again, with the PDF, whatever
    /// happens. Its links into the site, which Chromium makes absolute `file://` addresses in the
    /// staged folder, lead to the site's base URL, or without one relative to the PDF's folder.
    func print(_ page: OutputFile, pdfPath: String) throws -> [UInt8] {
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
        let dated = PDFBytes.fixingDates([UInt8](data), date: pdfDate)
        let root = SiteAddress.absoluteRoot(base: baseURL) ?? SiteAddress.rootPrefix(of: pdfPath)
        let staged = staging.absoluteString.hasSuffix("/") ? staging.absoluteString : staging.absoluteString + "/"
        guard let linked = PDFBytes.replacingLinkPrefix(dated, staged, with: root) else {
            throw OutputError(message: SiteMessages.pdfUnexpected(page.path), hint: SiteMessages.pdfHint)
        }
        return linked
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
            // A browser that does not stop when asked is stopped.
            if done.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                done.wait()
            }
            throw OutputError(message: SiteMessages.pdfTimeout(page, seconds: Int(Self.timeout)), hint: SiteMessages.pdfHint)
        }
        guard process.terminationStatus == 0 else {
            throw OutputError(message: SiteMessages.pdfFailed(page, status: process.terminationStatus), hint: SiteMessages.pdfHint)
        }
    }
}
