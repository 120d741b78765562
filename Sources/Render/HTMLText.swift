import PlanModel

/// The one escaper for text placed in HTML or XML, as element content or attribute value.
public enum MarkupEscape {
    /// Works on the UTF-8 bytes: the five characters it replaces are ASCII, and no byte of a
    /// multi-byte character is ASCII, so a byte-wise replacement is a character-wise one.
    public static func text(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): result.append(contentsOf: "&#39;".utf8)
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}

/// Small text helpers for the HTML pages: escaping, sizes and dates; addresses are `SiteAddress`'s.
/// No markup here; the markup is in the templates.
enum HTMLText {
    static func escape(_ text: String) -> String { MarkupEscape.text(text) }

    /// An ISO date as written (`2016`, `2016-02`, `2016-02-23`) in words: `23 februari 2016`.
    /// Anything else is shown as it is.
    static func date(_ iso: String, strings: HTMLStrings) -> String {
        let months = strings.list("months")
        let parts = iso.split(separator: "-").map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }), months.count == 12 else { return iso }
        let numbers = parts.map { $0! }
        switch numbers.count {
        case 1: return "\(numbers[0])"
        case 2 where (1...12).contains(numbers[1]): return "\(months[numbers[1] - 1]) \(numbers[0])"
        case 3 where (1...12).contains(numbers[1]) && (1...31).contains(numbers[2]):
            return "\(numbers[2]) \(months[numbers[1] - 1]) \(numbers[0])"
        default: return iso
        }
    }

    /// Is the text an ISO date that `<time datetime>` accepts?
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let lengths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return false }
        return parts.enumerated().allSatisfy { index, part in
            part.count == lengths[index] && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
        }
    }

    /// `tel:` address from a number as people write it: `010-000 00 00` → `tel:0100000000`.
    static func telephoneHref(_ number: String) -> String {
        "tel:" + number.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
    }

    /// Whitespace collapsed and cut at a word near `limit` characters, for `<meta name="description">`.
    static func shortDescription(_ text: String, limit: Int = 300) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var result = ""
        for word in words {
            if !result.isEmpty && result.count + word.count + 1 > limit { return result + " …" }
            result += (result.isEmpty ? "" : " ") + word
        }
        return result
    }
}
