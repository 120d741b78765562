/// A request path as a key into the in-memory site.
///
/// The server never touches the disk for a request, so `..` could not escape anyway; the path is
/// still decoded once and checked strictly, so that no spelling of a parent folder, a backslash or
/// a NUL ever names a file, whatever a later change to the server does with the key.
struct SitePath: Equatable {
    /// Folders and file name, decoded: `dalarna/vagen-in-2015-2020/index.html`; empty for the root.
    var segments: [String]
    /// The request named a folder (`/dalarna/`), so its `index.html` is meant.
    var isFolder: Bool

    /// nil for anything that must get a 404: bad percent-encoding, `..`, `\`, NUL, invalid UTF-8.
    init?(rawPath: String) {
        guard let decoded = Self.percentDecoded(rawPath),
              !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.contains("..") else { return nil }
        segments = parts.filter { $0 != "." }
        isFolder = segments.isEmpty || decoded.hasSuffix("/") || parts.last == "."
    }

    /// The key of the file the request asks for.
    var fileKey: String {
        isFolder ? (segments + ["index.html"]).joined(separator: "/") : segments.joined(separator: "/")
    }

    /// The key of the folder's index page, for `/dalarna` without the slash.
    var indexKeyIfFolder: String? {
        isFolder || segments.isEmpty ? nil : (segments + ["index.html"]).joined(separator: "/")
    }

    /// The path to redirect `/dalarna` to, so that the page's relative links resolve.
    var folderLocation: String {
        "/" + segments.map(Self.percentEncoded).joined(separator: "/") + "/"
    }

    /// Decodes `%XX` escapes once. Returns nil for a malformed escape or bytes that are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Everything but unreserved characters escaped, so a Location header is plain ASCII.
    private static func percentEncoded(_ segment: String) -> String {
        var result = ""
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
