import Catalog

/// Finds the glossary's abbreviations (`SFI`, `EKB`) in a plan's HTML that link to their entries
/// in the merged glossary. The result is `LinkedHTML`: the HTML in pieces, the abbreviations
/// apart with their target, so that the templates make the links.
///
/// The HTML is cmark's output, so it is well formed and simple: tags, text and the entities
/// cmark writes. Only text outside tags is changed, never text inside an `<a>` (a link inside a
/// link is invalid) or inside `<code>` and `<pre>`; only whole words (`SFI-utbildning` links its
/// `SFI`, `SFIX` links nothing); and only the first occurrence of each abbreviation per section
/// (`startSection()`), so that a paragraph is not a wall of links. An entity is never split and
/// counts as a word boundary only when it stands for punctuation. One pass, linear in the HTML.
public struct AbbreviationLinker {
    public let glossary: Glossary
    /// The address of a term's entry: relative to the site root for a plan's page
    /// (`ordlista/index.html#term-sfi`), `#term-sfi` on the glossary page itself.
    let target: (GlossaryTerm) -> String
    /// Terms (indices into `glossary.terms`) already linked in the current section.
    private var linked: Set<Int> = []
    /// The plan's own terms that are not abbreviations, linked too (`PlanBody`).
    var phrases = GlossaryPhrases()

    public init(glossary: Glossary, target: @escaping (GlossaryTerm) -> String) {
        self.glossary = glossary
        self.target = target
    }

    /// A new section: each abbreviation may be linked once more (except `excluding`, a term's
    /// own entry, which needs no link to itself).
    public mutating func startSection(excluding term: Int? = nil) {
        linked.removeAll(keepingCapacity: true)
        if let term { linked.insert(term) }
    }

    /// The HTML with the first occurrence of each abbreviation not yet linked in this section
    /// set apart as a link. One piece, the input, when there is nothing to link.
    public mutating func link(_ html: String) -> LinkedHTML {
        guard !phrases.isEmpty || Self.mayHoldAbbreviation(html) else { return LinkedHTML(html) }
        var result = LinkedHTML.Builder()
        var changed = false
        // `<` and `&` are ASCII, and cmark writes them only where a tag or an entity starts: the
        // scans look at bytes, and every index they stop at is a character's start.
        let utf8 = html.utf8
        var index = html.startIndex
        var textStart = index
        var anchorDepth = 0
        var codeDepth = 0
        while index < html.endIndex {
            guard utf8[index] == UInt8(ascii: "<") else {
                index = utf8.index(after: index)
                continue
            }
            // Text up to the tag.
            if textStart < index {
                appendText(html[textStart..<index], linkable: anchorDepth == 0 && codeDepth == 0,
                           to: &result, changed: &changed)
            }
            let tagEnd = Self.endOfTag(in: html, from: index)
            let tag = html[index..<tagEnd]
            if let (name, closing) = Self.tagName(tag) {
                switch name {
                case "a": anchorDepth = max(0, anchorDepth + (closing ? -1 : 1))
                case "code", "pre": codeDepth = max(0, codeDepth + (closing ? -1 : 1))
                default: break
                }
            }
            result += tag
            index = tagEnd
            textStart = index
        }
        if textStart < html.endIndex {
            appendText(html[textStart...], linkable: anchorDepth == 0 && codeDepth == 0, to: &result, changed: &changed)
        }
        return changed ? result.finished() : LinkedHTML(html)
    }

    /// Plain text (a responsible organisation's name as written: `AF`) with the first occurrence
    /// of each term not yet linked in this section set apart, as `link` does for HTML.
    public mutating func link(text: String) -> LinkedHTML {
        var pieces: [LinkedHTML.Piece] = []
        var last = text.startIndex
        for match in matches(in: text) where !linked.contains(match.termIndex) {
            linked.insert(match.termIndex)
            if last < match.range.lowerBound { pieces.append(.text(String(text[last..<match.range.lowerBound]))) }
            pieces.append(.textTerm(String(text[match.range]), target: target(glossary.terms[match.termIndex])))
            last = match.range.upperBound
        }
        guard !pieces.isEmpty else { return LinkedHTML(text: text) }
        if last < text.endIndex { pieces.append(.text(String(text[last...]))) }
        return LinkedHTML(pieces: pieces)
    }

    /// Appends a run of text (no tags), linking abbreviations in its plain pieces between entities.
    private mutating func appendText(_ text: Substring, linkable: Bool, to result: inout LinkedHTML.Builder, changed: inout Bool) {
        guard linkable, !phrases.isEmpty || Self.mayHoldAbbreviation(text) else {
            result += text
            return
        }
        var pieceStart = text.startIndex
        var index = text.startIndex
        // Whether the entity before the current piece is a letter or digit (a word goes on through it).
        var wordBefore = false
        while index < text.endIndex {
            if text.utf8[index] == UInt8(ascii: "&"), let entityEnd = Self.endOfEntity(in: text, from: index) {
                let entity = text[index..<entityEnd]
                let isWordEntity = !Self.punctuationEntities.contains(String(entity))
                appendPiece(text[pieceStart..<index], wordBefore: wordBefore, wordAfter: isWordEntity,
                            to: &result, changed: &changed)
                result += entity
                wordBefore = isWordEntity
                index = entityEnd
                pieceStart = index
            } else {
                index = text.utf8.index(after: index)
            }
        }
        appendPiece(text[pieceStart...], wordBefore: wordBefore, wordAfter: false, to: &result, changed: &changed)
    }

    private mutating func appendPiece(_ piece: Substring, wordBefore: Bool, wordAfter: Bool,
                                      to result: inout LinkedHTML.Builder, changed: inout Bool) {
        guard !piece.isEmpty else { return }
        let text = String(piece)
        var last = text.startIndex
        for match in matches(in: text) where !linked.contains(match.termIndex) {
            // A word that runs on into a letter written as an entity is not the abbreviation.
            if wordBefore && match.range.lowerBound == text.startIndex { continue }
            if wordAfter && match.range.upperBound == text.endIndex { continue }
            linked.insert(match.termIndex)
            let term = glossary.terms[match.termIndex]
            result += text[last..<match.range.lowerBound]
            result.append(abbreviation: String(text[match.range]), target: target(term))
            last = match.range.upperBound
            changed = true
        }
        result += text[last...]
    }

    /// The abbreviations (written exactly) and the plan's other terms (case aside) in `text`, in
    /// order; where they overlap, the one that starts first (or is longer) wins.
    private func matches(in text: String) -> [AbbreviationMatch] {
        let mayHoldAbbreviation = glossary.hasAbbreviations && Self.mayHoldAbbreviation(text)
        guard mayHoldAbbreviation || !phrases.isEmpty else { return [] }
        // One word split serves both lookups.
        let words = Glossary.words(in: text)
        let abbreviations = mayHoldAbbreviation ? glossary.abbreviationMatches(in: text, words: words) : []
        guard !phrases.isEmpty else { return abbreviations }
        let all = (abbreviations + phrases.matches(in: text, words: words)).sorted { a, b in
            a.range.lowerBound != b.range.lowerBound ? a.range.lowerBound < b.range.lowerBound
                : a.range.upperBound > b.range.upperBound
        }
        var result: [AbbreviationMatch] = []
        for match in all where result.last.map({ $0.range.upperBound <= match.range.lowerBound }) ?? true {
            result.append(match)
        }
        return result
    }

    /// Whether the text may hold an abbreviation: two capital letters in a row. A fast look at
    /// the bytes that lets most prose through untouched. A–Z and À–Þ count as capitals, a–z and
    /// à–ÿ do not, and any other letter beyond ASCII might be one (so it never misses).
    static func mayHoldAbbreviation(_ text: some StringProtocol) -> Bool {
        var previousCapital = false
        var afterC3 = false
        for byte in text.utf8 {
            let capital: Bool
            if afterC3 {
                // U+00C0–U+00DE as UTF-8: C3 80–C3 9E (× is C3 97).
                capital = byte >= 0x80 && byte <= 0x9E && byte != 0x97
                afterC3 = false
            } else if byte == 0xC3 {
                afterC3 = true
                continue
            } else if byte >= 0x80 && byte <= 0xBF {
                continue  // the rest of a character begun before
            } else if byte >= 0xC0 {
                capital = true  // a character beyond Latin-1: perhaps a capital
            } else {
                capital = byte >= 0x41 && byte <= 0x5A
            }
            if capital && previousCapital { return true }
            previousCapital = capital
        }
        return false
    }

    /// Entities that stand for punctuation, as cmark writes them: a word ends at them.
    static let punctuationEntities: Set<String> = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#x27;", "&nbsp;"]

    /// The index after `>` of the tag (or comment) starting at `start`; the end of the text when
    /// it is not closed.
    static func endOfTag(in html: String, from start: String.Index) -> String.Index {
        if html[start...].hasPrefix("<!--") {
            if let end = html.range(of: "-->", range: start..<html.endIndex) { return end.upperBound }
            return html.endIndex
        }
        let utf8 = html.utf8
        var index = utf8.index(after: start)
        var quote: UInt8?
        while index < html.endIndex {
            let byte = utf8[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        return html.endIndex
    }

    /// `("a", false)` for `<a href="…">`, `("a", true)` for `</a>`; nil for comments and the like.
    static func tagName(_ tag: Substring) -> (String, Bool)? {
        var rest = tag.dropFirst()
        let closing = rest.first == "/"
        if closing { rest = rest.dropFirst() }
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return name.isEmpty ? nil : (name.lowercased(), closing)
    }

    /// The index after `;` of an entity starting at `start` (`&amp;`, `&#228;`, `&#xE4;`), or nil
    /// when the `&` starts none.
    static func endOfEntity(in text: Substring, from start: Substring.Index) -> Substring.Index? {
        var index = text.index(after: start)
        var length = 0
        while index < text.endIndex, length <= 32 {
            let character = text[index]
            if character == ";" { return length > 0 ? text.index(after: index) : nil }
            guard character.isASCII, character.isLetter || character.isNumber || (length == 0 && character == "#")
            else { return nil }
            length += 1
            index = text.index(after: index)
        }
        return nil
    }
}
