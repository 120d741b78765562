import Catalog
import ViewModel

/// The glossary's abbreviations in a piece of HTML linked to their entries, as text: what the
/// glossary page (still a Mustache template) places. The finding is `AbbreviationLinker`'s.
struct HTMLAbbreviationLinker {
    private var linker: AbbreviationLinker

    /// `href`: the address of a term's entry as seen from the page.
    init(glossary: Glossary, href: @escaping (GlossaryTerm) -> String) {
        linker = AbbreviationLinker(glossary: glossary, target: href)
    }

    /// A new section: each abbreviation may be linked once more (except `excluding`, a term's
    /// own entry, which needs no link to itself).
    mutating func startSection(excluding term: Int? = nil) {
        linker.startSection(excluding: term)
    }

    /// The HTML with the first occurrence of each abbreviation not yet linked in this section
    /// wrapped in a link.
    mutating func link(_ html: String) -> String {
        let linked = linker.link(html)
        if linked.pieces.count == 1, case .html(let unchanged) = linked.pieces[0] { return unchanged }
        return linked.pieces.map { piece in
            switch piece {
            case .html(let html): html
            case .abbreviation(let text, let target): "<a href=\"" + HTMLText.escape(target) + "\">" + text + "</a>"
            }
        }.joined()
    }
}
