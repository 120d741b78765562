/// A piece of the plan's own HTML (cmark's output, safe) in which some glossary abbreviations
/// are to be links: the HTML as it is, with the abbreviations set apart and their targets.
/// Nearly always one piece of HTML and nothing else.
public struct LinkedHTML: Sendable {
    public enum Piece: Sendable {
        /// cmark's HTML, as it is.
        case html(String)
        /// An abbreviation as written in the HTML (`SFI`), to be a link to `target`: the
        /// glossary entry, relative to the site root or to the page (see `AbbreviationLinker`).
        case abbreviation(String, target: String)
        /// An address relative to the site root, inside an `href` (a link to another plan's page).
        case siteAddress(String)
        /// Plain text (an organisation's name as written), escaped by the template.
        case text(String)
        /// A glossary term in plain text, to be a link to `target` like `abbreviation`.
        case textTerm(String, target: String)
    }

    public var pieces: [Piece]

    /// HTML with no links in it.
    public init(_ html: String) { pieces = [.html(html)] }

    /// Plain text with no links in it.
    public init(text: String) { pieces = [.text(text)] }

    init(pieces: [Piece]) { self.pieces = pieces }

    /// Collects the pieces as the linker goes through the HTML.
    struct Builder {
        private var pieces: [Piece] = []
        private var html = ""

        static func += (builder: inout Builder, text: some StringProtocol) { builder.html += text }

        mutating func append(abbreviation: String, target: String) {
            if !html.isEmpty { pieces.append(.html(html)) }
            html = ""
            pieces.append(.abbreviation(abbreviation, target: target))
        }

        func finished() -> LinkedHTML {
            LinkedHTML(pieces: html.isEmpty ? pieces : pieces + [.html(html)])
        }
    }
}
