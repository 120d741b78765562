/// A search entry as JSON, written byte by byte: exactly what `SearchIndex.json` (JSONEncoder,
/// sorted keys, slashes as they are, no white space) writes for it, without the encoder's
/// boxing of every value. The index is the largest file of a site.
enum SearchIndexJSON {
    /// `entry` as one JSON object, appended to `bytes`; its keys in sorted order, `county`
    /// left out when absent, as the synthesized `Encodable` does.
    static func append(_ entry: SearchEntry, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "{"))
        if let county = entry.county {
            member("county", county, to: &bytes)
            bytes.append(UInt8(ascii: ","))
        }
        member("folded", entry.folded, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        member("normalized", entry.normalized, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        member("text", entry.text, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        member("title", entry.title, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        member("type", entry.type.rawValue, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        member("url", entry.url, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    private static func member(_ key: StaticString, _ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(contentsOf: "\":".utf8)
        string(value, to: &bytes)
    }

    /// A JSON string as JSONEncoder writes it: `"` and `\` escaped, the control characters as
    /// `\b`, `\f`, `\n`, `\r`, `\t` or `\u00xx` (lower-case hex), every other byte as it is.
    static func string(_ value: String, to bytes: inout [UInt8]) {
        var value = value
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { utf8 in
            bytes.reserveCapacity(bytes.count + utf8.count + 1)
            var start = 0
            for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<offset]))
                start = offset + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
                case 0x08: bytes.append(contentsOf: "\\b".utf8)
                case 0x0C: bytes.append(contentsOf: "\\f".utf8)
                case 0x0A: bytes.append(contentsOf: "\\n".utf8)
                case 0x0D: bytes.append(contentsOf: "\\r".utf8)
                case 0x09: bytes.append(contentsOf: "\\t".utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
