import Foundation
import PlanModel
@testable import Site
import Testing

/// `build --formats all,pdf`: each plan's large-print page printed by the real Chromium into a
/// tagged A4 PDF with an outline, listed on the plan's pages with its size, the same bytes each
/// build; and without Chromium one warning and the rest of the site.
@Suite(.serialized) struct PDFFormatTests {
    static let plan = "exempellan/handlingsplan-integration-2024-2026"
    static let pdf = "\(plan)/handlingsplan-integration-2024-2026.pdf"

    static func pdfOptions(_ workspace: SiteBuildTests.Workspace, output: String) -> BuildOptions {
        var options = workspace.options(output: workspace.output(output))
        options.pdf = true
        return options
    }

    @Test(.enabled(if: PDFPrinter.findBrowser() != nil, "needs Chromium"))
    func eachPlanGetsATaggedPDFWithAnOutlineListedWithItsSizeAndTheSameBytesEachBuild() throws {
        let workspace = try EasyReadTests.exampleWorkspace()
        defer { workspace.remove() }
        let first = SiteBuilder.build(Self.pdfOptions(workspace, output: "first"))
        #expect(first.diagnostics.isEmpty && first.writtenFiles != nil, "\(first) \(first.diagnostics)")
        #expect(SiteBuilder.build(Self.pdfOptions(workspace, output: "second")).writtenFiles != nil)
        let files = try SiteBuildTests.tree(workspace.output("first"))
        let bytes = [UInt8](try #require(files[Self.pdf]))
        #expect(try SiteBuildTests.tree(workspace.output("second"))[Self.pdf] == files[Self.pdf])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        for key in ["/StructTreeRoot", "/MarkInfo", "/Outlines", "/Lang (sv)", "/MediaBox [0 0 594.95996 841.91998]"] {
            #expect(text.contains(key), "no \(key)")
        }
        // The site's date, not the time of printing; no path of the build machine.
        #expect(text.contains("/CreationDate (D:20261123000000+00'00')"))
        #expect(text.contains("/ModDate (D:20261123000000+00'00')"))
        #expect(!text.contains("file://"))
        #expect(text.contains("/URI (../../teman/arbete/index.html)"))
        Self.expectCrossReferencesHold(bytes)
        let page = try EasyReadTests.page(files, "\(Self.plan)/index.html")
        #expect(page.contains("<a href=\"handlingsplan-integration-2024-2026.pdf\">Utskrift i storstil (PDF, A4, "))
        let largePrint = try EasyReadTests.page(files, "\(Self.plan)/storstil/index.html")
        #expect(largePrint.contains("<a href=\"../handlingsplan-integration-2024-2026.pdf\">Utskrift i storstil (PDF, A4, "))
        // Nothing of the printing is left in the site.
        #expect(!files.keys.contains { $0.contains(".planpress-print") })
    }

    /// Every object the cross-reference table lists starts where it says, after the links were
    /// rewritten (and the offsets moved).
    static func expectCrossReferencesHold(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let startxref = text.range(of: "startxref\n", options: .backwards),
              let table = Int(text[startxref.upperBound...].prefix { $0.isNumber }) else {
            Issue.record("no startxref")
            return
        }
        let tail = Array(bytes[table...])
        let lines = String(decoding: tail, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "xref")
        let count = Int(lines[1].split(separator: " ")[1]) ?? 0
        #expect(count > 10)
        for number in 1..<count {
            let entry = lines[2 + number]
            guard entry.hasSuffix(" n "), let offset = Int(entry.prefix(10)) else { continue }
            let found = String(decoding: bytes[offset..<min(bytes.count, offset + 20)], as: UTF8.self)
            #expect(found.hasPrefix("\(number) 0 obj"), "object \(number) is not at \(offset)")
        }
    }

    @Test func withoutChromiumTheBuildSaysSoOnceAndMakesEverythingElse() throws {
        let workspace = try EasyReadTests.exampleWorkspace()
        defer { workspace.remove() }
        setenv("PLANPRESS_CHROMIUM", "/nonexistent/chromium", 1)
        defer { unsetenv("PLANPRESS_CHROMIUM") }
        let report = SiteBuilder.build(Self.pdfOptions(workspace, output: "public"))
        #expect(report.writtenFiles != nil)
        #expect(report.diagnostics.count == 1)
        #expect(report.diagnostics.first?.severity == .warning)
        #expect(report.diagnostics.first?.message.contains("Chromium") == true)
        let files = try SiteBuildTests.tree(workspace.output())
        #expect(files[Self.pdf] == nil)
        #expect(files["\(Self.plan)/handlingsplan-integration-2024-2026.epub"] != nil)
        #expect(try !EasyReadTests.page(files, "\(Self.plan)/index.html").contains(".pdf"))
    }
}
