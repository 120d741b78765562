import Foundation
import Mustache
import PlanModel
import Render
import Site
import Testing

/// Throwaway: renders the real content into /tmp/render-try when RENDER_TRY=1.
@Test(.enabled(if: ProcessInfo.processInfo.environment["RENDER_TRY"] == "1"))
func renderTryOut() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let content = ContentLoader.load(contentDirectory: root.appendingPathComponent("content").path)
    var site = try #require(content.site)
    if let base = ProcessInfo.processInfo.environment["RENDER_BASE"] { site.baseURL = base }
    let templates = root.appendingPathComponent("templates").path
    let renderer = try SiteRenderer(templatesDirectory: templates, site: site)
    var library = MustacheLibrary()
    let epubDir = root.appendingPathComponent("templates/epub")
    for name in try FileManager.default.contentsOfDirectory(atPath: epubDir.path) where name.hasSuffix(".mustache") {
        try library.register(String(contentsOf: epubDir.appendingPathComponent(name), encoding: .utf8),
                             named: "epub/" + name.dropLast(9))
    }
    let strings = try FormatStrings.parse(String(contentsOf: root.appendingPathComponent("templates/format-strings.sv.yml"), encoding: .utf8))
    var files: [OutputFile] = []
    let preview = ProcessInfo.processInfo.environment["RENDER_PREVIEW"] == "1"
    var plans = content.plans
    if ProcessInfo.processInfo.environment["RENDER_DRAFT"] == "1" { plans[0].isDraft = true }
    for plan in plans {
        let county = try #require(content.counties.first { $0.slug == plan.countySlug })
        let formats = try PlanFormats.render(plan, county: county, site: site, library: library, strings: strings)
        files += formats
        files += try renderer.planPages(plan, county: county, formats: formats, preview: preview)
    }
    files += try renderer.sitePages(counties: content.counties, plans: plans, preview: preview)
    let out = URL(fileURLWithPath: ProcessInfo.processInfo.environment["RENDER_OUT"] ?? "/tmp/render-try")
    try? FileManager.default.removeItem(at: out)
    for file in files {
        let url = out.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.bytes).write(to: url)
    }
}
