import Catalog
import Foundation
import PlanModel
import PlanParser
import Site

/// The real content folder, loaded and catalogued once for all tests.
struct RealContent: Sendable {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let shared = RealContent()

    let content: LoadedContent
    let registry: OrganisationRegistry
    let registryDiagnostics: [Diagnostic]
    let themes: ThemeVocabulary
    let themeDiagnostics: [Diagnostic]
    let catalog: Catalog
    let diagnostics: [Diagnostic]

    init() {
        content = ContentLoader.load(
            contentDirectory: Self.repositoryRoot.appendingPathComponent("content").path, displayRoot: "content")
        let organisations = content.dataFiles["organisations.yml"] ?? (text: "", file: "content/organisations.yml")
        (registry, registryDiagnostics) = OrganisationRegistry.load(
            organisations.text, file: organisations.file, countySlugs: content.counties.map(\.slug))
        let themeFile = content.dataFiles["themes.yml"] ?? (text: "", file: "content/themes.yml")
        (themes, themeDiagnostics) = ThemeVocabulary.load(themeFile.text, file: themeFile.file)
        (catalog, diagnostics) = Catalog.build(plans: content.plans, counties: content.counties,
                                               registry: registry, themes: themes)
    }

    func plan(_ county: String, _ slug: String) -> Plan? {
        content.plans.first { $0.countySlug == county && $0.slug == slug }
    }
}

/// A small plan in a county, parsed from Markdown, catalogued with the real registry and themes.
func catalogue(_ body: String, county: String = "dalarna", slug: String = "test")
    -> (catalog: Catalog, diagnostics: [Diagnostic])
{
    let real = RealContent.shared
    let text = """
        ---
        title: Testplan
        kind: handlingsplan
        publisher: Länsstyrelsen Dalarna
        period: 2016
        ---

        """ + body
    let parsed = PlanParser.parsePlan(text, file: "content/\(county)/\(slug).md", countySlug: county, slug: slug)
    guard let plan = parsed.value else {
        fatalError("test plan does not parse: \(parsed.diagnostics.map(\.description))")
    }
    return Catalog.build(plans: [plan], counties: real.content.counties, registry: real.registry, themes: real.themes)
}
