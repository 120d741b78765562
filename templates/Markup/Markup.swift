/// Markup built by the templates: HTML for the pages, XML for the EPUB's package files, the
/// feed and the sitemap. The two are kept apart by type so that one is never pasted into the
/// other by accident.
///
/// A template is a string literal; what it interpolates is escaped unless it is markup already:
///
///     let row: HTML = "<td>\(organisation.name)</td>"      // the name is escaped
///     let table: HTML = "<table>\(rows)</table>"           // [HTML]: placed as it is
///
/// Markup from elsewhere (cmark's output in safe mode) enters through `trusted(_:)` alone, so a
/// search for `trusted(` finds every place where unescaped text reaches a page.
public struct Markup<Dialect: MarkupDialect>: Sendable, Equatable, ExpressibleByStringInterpolation {
    /// The markup as text.
    public private(set) var text: String

    private init(text: String) { self.text = text }

    /// A literal in a template is markup written by us.
    public init(stringLiteral literal: String) { text = literal }

    public init(stringInterpolation interpolation: Interpolation) { text = interpolation.text }

    /// Markup that is already safe: cmark-gfm's output in safe mode, or an asset we ship.
    /// The one way to place text unescaped.
    public static func trusted(_ markup: String) -> Markup { Markup(text: markup) }

    public static var empty: Markup { Markup(text: "") }

    public var isEmpty: Bool { text.isEmpty }

    /// The parts one after another, with `separator` between them.
    public static func joined(_ parts: [Markup], separator: Markup = .empty) -> Markup {
        var result = ""
        result.reserveCapacity(parts.reduce(0) { $0 + $1.text.utf8.count + separator.text.utf8.count })
        for (index, part) in parts.enumerated() {
            if index > 0 { result += separator.text }
            result += part.text
        }
        return Markup(text: result)
    }

    public struct Interpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { text += literal }

        /// Text: escaped, straight into the markup (no escaped copy made first).
        public mutating func appendInterpolation(_ value: String) { MarkupEscape.append(value, to: &text) }

        public mutating func appendInterpolation(_ value: Substring) { MarkupEscape.append(String(value), to: &text) }

        public mutating func appendInterpolation(_ number: Int) { text += String(number) }

        /// Markup of the same kind: placed as it is.
        public mutating func appendInterpolation(_ markup: Markup) { text += markup.text }

        /// An optional part: nothing when it is absent.
        public mutating func appendInterpolation(_ markup: Markup?) {
            if let markup { text += markup.text }
        }

        /// A list of parts, one after another.
        public mutating func appendInterpolation(_ parts: [Markup]) {
            for part in parts { text += part.text }
        }

        /// A part shown only when `condition` holds: `\(if: plan.isDraft, "<p>…</p>")`.
        public mutating func appendInterpolation(if condition: Bool, _ markup: @autoclosure () -> Markup) {
            if condition { text += markup().text }
        }

        /// One part or the other: `\(if: largePrint, "<a>…</a>", else: "<a>…</a>")`.
        public mutating func appendInterpolation(if condition: Bool, _ markup: @autoclosure () -> Markup,
                                                 else other: @autoclosure () -> Markup) {
            text += condition ? markup().text : other().text
        }
    }
}

/// What kind of markup a `Markup` value is.
public protocol MarkupDialect: Sendable {}

public enum HTMLDialect: MarkupDialect {}
public enum XMLDialect: MarkupDialect {}

/// A web page, or a part of one.
public typealias HTML = Markup<HTMLDialect>
/// An XML document (EPUB package files, XHTML chapters, the Atom feed, the sitemap), or a part of one.
public typealias XML = Markup<XMLDialect>

/// The one escaper for text placed in HTML or XML, as element content or attribute value.
public enum MarkupEscape {
    /// Works on the UTF-8 bytes: the five characters it replaces are ASCII, and no byte of a
    /// multi-byte character is ASCII, so a byte-wise replacement is a character-wise one.
    public static func text(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ $0.contains(where: needsEscape) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        append(text, to: &result)
        return result
    }

    /// `text` escaped, appended to `result`: what a template does with every text it places,
    /// so without an escaped copy in between. The runs between the characters to replace are
    /// appended as slices of `text`; they start and end at ASCII bytes, so at whole characters
    /// of the bytes, and the bytes appended are exactly the text's.
    public static func append(_ text: String, to result: inout String) {
        var bytesOf = text
        bytesOf.withUTF8 { bytes in
            // Over the bytes in memory; most text has nothing to escape: one scan, one append.
            guard var offset = bytes.firstIndex(where: needsEscape) else {
                result += text
                return
            }
            let utf8 = text.utf8
            var start = 0
            while offset < bytes.count {
                let replacement: String
                switch bytes[offset] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default:
                    offset += 1
                    continue
                }
                if offset > start {
                    result += Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: offset)])
                }
                result += replacement
                offset += 1
                start = offset
            }
            if start < bytes.count { result += Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)...]) }
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}

