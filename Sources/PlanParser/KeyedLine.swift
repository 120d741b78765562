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
        switch paragraph.inlines.first {
        case .text(let first, _):
            guard let colon = Self.firstColon(first) else { return nil }
            self.init(paragraph, prefix: String(first[...colon]), sourcePrefixBytes: nil)
        case .strong(let children, _), .emphasis(let children, _):
            self.init(emphasised: paragraph, children: children)
        default:
            return nil
        }
    }

    /// `**Ansvar:** …`, `**Ansvar**: …`, `*Ansvar:* …`: editors set keys in bold or italics.
    private init?(emphasised paragraph: Paragraph, children: [Inline]) {
        guard children.allSatisfy({ if case .text = $0 { true } else { false } }) else { return nil }
        let inner = children.plainText
        let isStrong: Bool
        if case .strong = paragraph.inlines.first { isStrong = true } else { isStrong = false }
        let tag = isStrong ? "strong" : "em"
        let delimiter = isStrong ? 4 : 2
        let rest = paragraph.inlines.dropFirst().first
        if inner.trimmingWhitespace.hasSuffix(":") {
            self.init(paragraph, prefix: inner, htmlPrefix: "<\(tag)>\(inner)</\(tag)>", sourcePrefixBytes: delimiter)
        } else if case .text(let after, _) = rest, after.hasPrefix(":") {
            self.init(paragraph, prefix: inner + ":", htmlPrefix: "<\(tag)>\(inner)</\(tag)>:",
                      sourcePrefixBytes: delimiter)
        } else {
            return nil
        }
    }

    /// A key line whose text starts with `prefix` (the key and its colon) and whose HTML starts
    /// with `htmlPrefix`; `sourcePrefixBytes` counts the markup characters around the key.
    private init?(_ paragraph: Paragraph, prefix: String, htmlPrefix: String? = nil, sourcePrefixBytes: Int?) {
        let key = prefix.dropLast().trimmingWhitespace
        // A line feed looked for as a byte: `contains("\n")` went through Foundation's search.
        guard !key.isEmpty, key.count <= Self.maximumKeyLength, !key.utf8.contains(0x0A) else { return nil }
        self.key = key
        let plain = paragraph.plainText
        let afterPrefix = plain.dropFirst(prefix.count)
        valueText = String(afterPrefix).trimmingWhitespace
        // cmark escapes only <, >, & and " in text, none of which a key contains, so the
        // prefix stands in the HTML exactly as in the text.
        var html = Substring(paragraph.inlineHTML)
        let htmlPrefix = htmlPrefix ?? prefix
        if html.hasPrefix(htmlPrefix) { html = html.dropFirst(htmlPrefix.count) }
        valueHTML = String(html).trimmingWhitespace
        valueOffset = prefix.utf8.count + (sourcePrefixBytes ?? 0) + afterPrefix.prefix(while: { $0 == " " }).utf8.count
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
