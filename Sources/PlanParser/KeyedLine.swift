import Markdown

/// A paragraph that starts with a word and a colon: `Ansvar: Länets kommuner`.
struct KeyedLine {
    /// The word(s) before the colon, as written.
    var key: String
    var valueText: String
    var valueHTML: String
    /// Columns from the paragraph's start to the value, for precise messages.
    var valueOffset: Int

    /// Keys are short; a longer text before a colon is an ordinary sentence.
    static let maximumKeyLength = 40

    init?(_ paragraph: Paragraph) {
        guard case .text(let first, _) = paragraph.inlines.first,
              let colon = Self.firstColon(first) else { return nil }
        let key = first[..<colon].trimmingWhitespace
        guard !key.isEmpty, key.count <= Self.maximumKeyLength, !key.contains("\n") else { return nil }
        let prefix = first[...colon]
        self.key = key
        let plain = paragraph.plainText
        valueText = String(plain.dropFirst(prefix.count)).trimmingWhitespace
        // cmark escapes only <, >, & and " in text, none of which a key contains, so the
        // prefix stands in the HTML exactly as in the text.
        var html = Substring(paragraph.inlineHTML)
        if html.hasPrefix(prefix) { html = html.dropFirst(prefix.count) }
        valueHTML = String(html).trimmingWhitespace
        let afterColon = first[first.index(after: colon)...]
        valueOffset = prefix.utf8.count + afterColon.prefix(while: { $0 == " " }).utf8.count
    }

    /// `text.firstIndex(of: ":")`, found on the UTF-8 bytes: no `:` byte, no colon; a `:` byte
    /// between two ASCII bytes is a character of its own. Otherwise the characters decide.
    static func firstColon(_ text: String) -> String.Index? {
        let utf8 = text.utf8
        guard let index = utf8.firstIndex(of: 0x3A) else { return nil }
        let next = utf8.index(after: index)
        let before: UInt8 = index > utf8.startIndex ? utf8[utf8.index(before: index)] : 0
        let after: UInt8 = next < utf8.endIndex ? utf8[next] : 0
        if before < 0x80 && after < 0x80 { return index }
        return text.firstIndex(of: ":")
    }
}
