import Templates
import ViewModel

extension HTMLCatalogPages {
    /// The activity index and its narrowed pages (`ActivityIndexPages`), one job per page.
    func activityIndexJobs() -> [Job] {
        let pages = ActivityIndexPages(catalog: catalog, frames: frames, t: t)
        return pages.scopes.map { scope in
            { [t] in
                let page = pages.page(scope)
                return OutputFile(path: page.frame.path, text: page.html(t).text)
            }
        }
    }
}
