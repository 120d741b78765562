import Catalog
import PlanModel

/// Builds the cross-county catalogue from the loaded content and its two data files.
enum CatalogLoader {
    static func build(_ content: LoadedContent, plans: [Plan]) -> (catalog: Catalog?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let organisations = content.dataFiles["organisations.yml"],
              let themes = content.dataFiles["themes.yml"] else {
            for name in ContentLoader.dataFileNames where content.dataFiles[name] == nil {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: name, line: 1, column: 1),
                    SiteMessages.missingDataFile(name), hint: SiteMessages.missingDataFileHint))
            }
            return (nil, diagnostics)
        }
        let registry = OrganisationRegistry.load(
            organisations.text, file: organisations.file, countySlugs: content.counties.map(\.slug))
        let vocabulary = ThemeVocabulary.load(themes.text, file: themes.file)
        let catalog = Catalog.build(plans: plans, counties: content.counties,
                                    registry: registry.registry, themes: vocabulary.vocabulary)
        return (catalog.0, registry.diagnostics + vocabulary.diagnostics + catalog.1)
    }
}
