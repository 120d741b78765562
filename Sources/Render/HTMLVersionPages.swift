import Catalog
import Templates
import ViewModel

extension HTMLCatalogPages {
    /// "Versioner och ändringar": one page per plan with more than one version, in the folder of
    /// its first version (`SiteAddress.versions`). Each comparison reads two plans' activities
    /// and areas from the catalogue: linear in their number.
    func versionJobs() -> [Job] {
        catalog.versionChains.map { chain in
            { [self] in
                let first = catalog.plans[chain[0]], current = catalog.plans[chain[chain.count - 1]]
                let path = SiteAddress.versions(first.key)
                let county = catalog.counties[current.countyIndex]
                let frame = frames.frame(path: path, breadcrumbs: [
                    (county.name, SiteAddress.county(county.slug)), (current.title, SiteAddress.plan(current.key)),
                    (t.versions.title, nil),
                ])
                let page = VersionsPage(frame: frame, chain: chain, catalog: catalog, t: t)
                return OutputFile(path: path, text: page.html(t).text)
            }
        }
    }
}
