import Foundation
import PlanModel
import Site
import Testing

/// The example county's revised plan (`examples/content/`, fictional) built as a site: every
/// version keeps its address, the earlier one says so, the comparison page shows the five kinds
/// of change, and every format and the feed and sitemap know the versions.
@Suite(.serialized) struct PlanVersionSiteTests {
    static let earlier = "exempellan/handlingsplan-integration-2024-2026"
    static let current = "exempellan/handlingsplan-integration-2024-2026-reviderad-2025"

    /// The example content built once into a temporary folder.
    static func build() throws -> (files: [String: Data], remove: () -> Void) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-versions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: SiteBuildTests.repository.appendingPathComponent("examples/content"), to: content)
        let report = SiteBuilder.build(BuildOptions(contentDirectory: content.path,
                                                    outputDirectory: root.appendingPathComponent("public").path))
        #expect(!report.diagnostics.hasErrors && report.diagnostics.warnings.isEmpty, "\(report.diagnostics)")
        return (try SiteBuildTests.tree(root.appendingPathComponent("public").path),
                { try? FileManager.default.removeItem(at: root) })
    }

    @Test func everyVersionKeepsItsAddressAndTheEarlierOneLinksTheCurrent() throws {
        let (files, remove) = try Self.build()
        defer { remove() }
        func page(_ path: String) throws -> String { String(decoding: try #require(files[path], "\(path)"), as: UTF8.self) }
        let earlier = try page("\(Self.earlier)/index.html")
        #expect(earlier.contains("<p><strong>Det här är en tidigare version av planen."))
        #expect(earlier.contains("<p>Gällande version: <a href=\"../../\(Self.current)/index.html\">"))
        #expect(earlier.contains("<li aria-current=\"page\">Handlingsplan för integration 2024–2026 (påhittat exempel) (februari 2024) (den här versionen)</li>"))
        let current = try page("\(Self.current)/index.html")
        #expect(!current.contains("tidigare version av planen"))
        #expect(current.contains("<a href=\"../../\(Self.earlier)/versioner/index.html\">Versioner och ändringar</a>"))
        let largePrint = try page("\(Self.earlier)/storstil/index.html")
        #expect(largePrint.contains("<a href=\"../../../\(Self.current)/index.html\">"))
    }

    @Test func theComparisonPageShowsEachKindOfChangeInWordsAndWithInsAndDel() throws {
        let (files, remove) = try Self.build()
        defer { remove() }
        let page = String(decoding: try #require(files["\(Self.earlier)/versioner/index.html"]), as: UTF8.self)
        #expect(page.contains("<strong class=\"change-label\">Nytt namn:</strong> <del><span class=\"visually-hidden\">borttaget: </span>Språk</del> <ins><span class=\"visually-hidden\">tillagt: </span>Svenska</ins> och utbildning"))
        #expect(page.contains("<strong class=\"change-label\">Tillagt:</strong> <ins><span class=\"visually-hidden\">tillagt: </span>Ordna mentorskap där yrkesverksamma stöttar nyanlända.</ins>"))
        #expect(page.contains("<strong class=\"change-label\">Borttaget:</strong> <del><span class=\"visually-hidden\">borttaget: </span>Ta fram en gemensam bild av behovet av bostäder för nyanlända.</del>"))
        #expect(page.contains("<strong class=\"change-label\">Omformulerad:</strong> <del><span class=\"visually-hidden\">borttaget: </span>Starta</del> <ins><span class=\"visually-hidden\">tillagt: </span>Driva</ins> språkcaféer"))
        #expect(page.contains("<strong class=\"change-label\">Nytt ansvar:</strong> Validera yrkeskunskaper inom vård och bygg.</p>\n<p>Ansvar: Före <del><span class=\"visually-hidden\">borttaget: </span>Region Exempellän</del>, Efter <ins><span class=\"visually-hidden\">tillagt: </span>Arbetsförmedlingen</ins></p>"))
    }

    @Test func theFormatsTheFeedAndTheSitemapKnowTheVersions() throws {
        let (files, remove) = try Self.build()
        defer { remove() }
        func text(_ path: String) throws -> String { String(decoding: try #require(files[path], "\(path)"), as: UTF8.self) }
        let slug = Self.current.split(separator: "/").last!
        let data = try #require(files["\(Self.current)/\(slug).json"])
        let object = try JSONSerialization.jsonObject(with: data)
        let json = try #require(object as? [String: Any])
        let versions = try #require(json["versions"] as? [[String: Any]])
        #expect(versions.map { $0["planSlug"] as? String } == ["handlingsplan-integration-2024-2026", String(slug)])
        #expect(versions.map { $0["current"] as? Bool } == [false, true] && versions.map { $0["this"] as? Bool } == [false, true])
        #expect((json["replaces"] as? [String: Any])?["planSlug"] as? String == "handlingsplan-integration-2024-2026")
        #expect(json["versionsPage"] as? String == "../handlingsplan-integration-2024-2026/versioner/index.html")
        let earlierText = try text("\(Self.earlier)/handlingsplan-integration-2024-2026.txt")
        #expect(earlierText.contains("Det här är en tidigare version av planen."))
        #expect(earlierText.contains("Versioner:\n  Handlingsplan för integration 2024–2026 (påhittat exempel) (februari\n    2024) – den här versionen"))
        #expect(try text("planer.atom").contains("<title>Ny version: Handlingsplan för integration 2024–2026, reviderad 2025 (påhittat exempel)</title>"))
        let sitemap = try text("sitemap.xml")
        #expect(sitemap.contains("<loc>\(Self.earlier)/index.html</loc>") && sitemap.contains("<loc>\(Self.earlier)/versioner/index.html</loc>"))
        #expect(try text("data/planer.json").contains("\"versionsPage\""))
    }
}
