import InterfaceText
import ViewModel

extension SearchPage {
    /// The search page. `assets/sok.js` reads the index and lists what matches; without the
    /// script, or opened from disk, the page says so and links the indexes instead. The form
    /// carries the script's texts.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: "\(t.search.title) – \(frame.siteTitle)", description: t.search.description, main: """
        <h1>\(t.search.title)</h1>
        <p class="lead">\(t.search.intro)</p>
        <form role="search" class="search-form" id="sokform" action="\(formAction)" method="get" hidden data-index="\(indexHref)" data-root="\(frame.root)" data-counties="\(countyNamesJSON)" data-type-plan="\(t.search.typePlan)" data-type-area="\(t.search.typeArea)" data-type-activity="\(t.search.typeActivity)" data-type-organisation="\(t.search.typeOrganisation)" data-type-term="\(t.search.typeTerm)" data-hits-one="\(t.search.hitsOne)" data-hits-many="\(t.search.hitsMany)" data-summary="\(t.search.summary)" data-none="\(t.search.none)" data-too-short="\(t.search.tooShort)" data-more="\(t.search.more)">
        <label for="sokfalt">\(t.search.label)</label>
        <div class="search-row">
        <input type="search" id="sokfalt" name="q" autocomplete="off" spellcheck="false">
        <button type="submit">\(t.search.button)</button>
        </div>
        </form>
        <div id="sokresultat" class="search-results" aria-live="polite" aria-label="\(t.search.resultsLabel)" role="region"></div>
        <div id="sok-utan-skript" class="search-fallback">
        <p id="sok-meddelande" class="note">\(t.search.noScript)</p>
        <p id="sok-fil" class="note" hidden>\(t.search.fileNote)</p>
        <h2>\(t.search.linksHeading)</h2>
        \(ExploreLinks.list(from: frame.path, t))
        </div>
        """)
    }
}
