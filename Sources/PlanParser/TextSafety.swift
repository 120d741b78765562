import Foundation
import PlanModel

/// What every text from the content folder must be before anything else reads it: free of
/// control characters, and in Unicode NFC, so that å typed as a + ring (as macOS and PDF copies
/// give) makes the same address, anchor and name as å typed whole.
public enum TextSafety {
    /// A control character other than tab, line feed and carriage return (C0, DEL and C1): they
    /// make the Atom feed and the EPUB's XHTML ill-formed and are never meant.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
    }

    /// The first control character in a text (in YAML: escapes like "\x01" or "\0").
    public static func firstControl(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isControl)
    }

    /// The byte offset of the first control character in UTF-8 bytes.
    static func firstControlByte(_ bytes: ArraySlice<UInt8>) -> Int? {
        var previous: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return index }
            // U+0080–U+009F are C2 80 … C2 9F.
            if previous == 0xC2 && (0x80...0x9F).contains(byte) { return index - 1 }
            previous = byte
        }
        return nil
    }

    /// The text in NFC. Normalising 50 MB takes seconds, so it is done only when the text holds
    /// a scalar that NFC could change (see `mayChange`): plain Swedish text never does.
    public static func nfc(_ text: String) -> String {
        mayChange(text.utf8) ? text.precomposedStringWithCanonicalMapping : text
    }

    /// False only when NFC certainly leaves the text as it is: every scalar is below U+0300
    /// (no combining marks, no singletons there) or one of the common punctuation and symbols
    /// U+2000–U+21FF that NFC keeps (dashes, quotes, bullets, €, arrows), or the byte order mark.
    static func mayChange(_ utf8: String.UTF8View) -> Bool {
        var iterator = utf8.makeIterator()
        while let lead = iterator.next() {
            guard lead >= 0xCC else { continue }
            guard lead == 0xE2 || lead == 0xEF, let second = iterator.next(), let third = iterator.next() else {
                return true
            }
            if lead == 0xEF {
                if second == 0xBB && third == 0xBF { continue }
                return true
            }
            switch second {
            case 0x80: if third == 0x80 || third == 0x81 { return true }  // U+2000, U+2001
            case 0x81, 0x82, 0x85, 0x86, 0x87: break
            case 0x84: if third == 0xA6 || third == 0xAA || third == 0xAB { return true }  // Ω, K, Å signs
            default: return true  // U+20C0–U+20FF combining marks, and everything above U+21FF
            }
        }
        return false
    }

    /// Whether a URL from a data file (an organisation's `url:`, the contact `url:` in site.yml)
    /// may be a link on every page: http, https, mailto, tel, or relative. Read as a browser
    /// reads it, which first drops tabs and line breaks and ignores case: `Java\tScript:` is a
    /// scheme too. A colon before any `/`, `?` or `#` makes a scheme.
    public static func isAllowedURL(_ url: String) -> Bool {
        let cleaned = String(url.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        guard let colon = cleaned.firstIndex(of: ":"),
              !cleaned[..<colon].contains(where: { "/?#".contains($0) }) else { return !cleaned.isEmpty }
        return ["http", "https", "mailto", "tel"].contains(String(cleaned[..<colon]))
    }

    /// Whether the text is one plain e-mail address, `namn@example.se`: it becomes a `mailto:`
    /// link and a vCard address, so nothing that would start a second address or a header.
    public static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !text.unicodeScalars.contains { $0.value <= 0x20 || "<>()[]\\,;:\"?#&%/".unicodeScalars.contains($0) }
    }

    /// Whether the text is an absolute http or https IRI with a host and nothing that would
    /// break out of an XML attribute or an RDF IRI: `http://creativecommons.org/publicdomain/zero/1.0/`.
    public static func isAbsoluteWebIRI(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let rest = ["http://", "https://"].first(where: lower.hasPrefix).map({ lower.dropFirst($0.count) }),
              let host = rest.split(separator: "/", omittingEmptySubsequences: false).first, !host.isEmpty
        else { return false }
        return !text.unicodeScalars.contains { $0.value <= 0x20 || "<>\"{}|\\^`".unicodeScalars.contains($0) }
    }
}
