import Foundation
import PlanModel
import Templates

// MARK: - Facts shared by the formats

enum FormatFacts {
    static func county(_ slug: String, in counties: [County]) -> County {
        counties.first { $0.slug == slug }
            ?? County(slug: slug, name: slug, shortName: slug, descriptionHTML: "", descriptionText: "")
    }

    /// Plans in a fixed order (county, then plan), whatever order the caller has them in.
    static func ordered(_ plans: [Plan]) -> [Plan] {
        plans.sorted { ($0.countySlug, $0.slug) < ($1.countySlug, $1.slug) }
    }
}

// MARK: - XML

enum FormatXML {
    /// Removes characters XML 1.0 does not allow (most C0 controls, U+FFFE, U+FFFF).
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !allowed($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter(allowed))
        return String(scalars)
    }

    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x0..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// Text for an XML element or attribute value.
    static func escape(_ text: String) -> String { MarkupEscape.text(clean(text)) }

    /// cmark's HTML made fit for an XHTML content document: it is already well-formed XHTML
    /// (`<br />`); what remains is HTML 4 table alignment, which EPUB's HTML5 schema rejects,
    /// and header cells without a scope.
    static func fragment(_ html: String) -> String {
        var html = clean(html)
        // Nothing to find without a `<t` (and Foundation's search is slow).
        guard html.utf8.indices.contains(where: { index in
            html.utf8[index] == 0x3C && html.utf8.index(after: index) < html.utf8.endIndex
                && html.utf8[html.utf8.index(after: index)] == 0x74
        }), html.contains("<t") else { return html }
        for align in ["left", "center", "right"] {
            html = html.replacingOccurrences(of: "<th align=\"\(align)\">", with: "<th scope=\"col\" class=\"align-\(align)\">")
            html = html.replacingOccurrences(of: "<td align=\"\(align)\">", with: "<td class=\"align-\(align)\">")
        }
        return html.replacingOccurrences(of: "<th>", with: "<th scope=\"col\">")
    }
}

// MARK: - Plain text

enum FormatWrap {
    /// Breaks `text` into lines of at most `width` characters (grapheme clusters), only at spaces.
    /// The first line starts with `first`, the others with `rest`. A word that does not fit on a
    /// line of its own even without the indent stands alone on its line, unindented.
    static func lines(_ text: String, width: Int = 72, first: String = "", rest: String = "") -> [String] {
        var text = text
        if let lines = text.withUTF8({ simpleLines($0, width: width, first: first, rest: rest) }) { return lines }
        var result: [String] = []
        for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = LineBuilder(indent: index == 0 ? first : rest, rest: rest, width: width)
            for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) {
                line.add(Array(word.utf8)[...], count: word.count, to: &result)
            }
            line.finish(to: &result)
        }
        return result
    }

    /// `lines` for text below U+0300 (no combining marks, joiners or emoji) and without a
    /// carriage return, or nil for other text. There every Unicode scalar is a character of its
    /// own, and no UTF-8 byte is 0xCC or above: the text is cut and counted by bytes (a character
    /// is a byte that does not continue another), many times faster, with the same result.
    private static func simpleLines(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, first: String, rest: String) -> [String]? {
        guard !bytes.contains(where: { $0 >= 0xCC || $0 == UInt8(ascii: "\r") }) else { return nil }
        var result: [String] = []
        var line = LineBuilder(indent: first, rest: rest, width: width)
        var wordStart = 0
        var characters = 0
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "\n")
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
                if characters > 0 { line.add(bytes[wordStart..<index], count: characters, to: &result) }
                characters = 0
                wordStart = index + 1
                if byte == UInt8(ascii: "\n") {
                    line.finish(to: &result)
                    line = LineBuilder(indent: rest, rest: rest, width: width)
                }
            } else if byte & 0xC0 != 0x80 {
                characters += 1
            }
        }
        return result
    }
}

/// One paragraph's lines, word by word.
private struct LineBuilder {
    private let rest: [UInt8]
    private let restCount: Int
    private let width: Int
    private var line: [UInt8]
    private var count: Int
    private var hasWord = false

    init(indent: String, rest: String, width: Int) {
        self.rest = Array(rest.utf8)
        restCount = rest.count
        self.width = width
        line = Array(indent.utf8)
        count = indent.count
    }

    mutating func add(_ word: some Collection<UInt8>, count wordCount: Int, to result: inout [String]) {
        if hasWord && count + 1 + wordCount > width { finish(to: &result) }
        if !hasWord && count + wordCount > width {
            // Too long for an indented line: alone, without the indent.
            result.append(String(decoding: word, as: UTF8.self))
            line = rest
            count = restCount
            return
        }
        if hasWord {
            line.append(UInt8(ascii: " "))
            count += 1
        }
        line.append(contentsOf: word)
        count += wordCount
        hasWord = true
    }

    /// Ends the line (if it has a word) and starts the next with the indent for the rest.
    mutating func finish(to result: inout [String]) {
        if hasWord { result.append(String(decoding: line, as: UTF8.self)) }
        line = rest
        count = restCount
        hasWord = false
    }
}
