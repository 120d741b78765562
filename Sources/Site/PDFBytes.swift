/// Byte-level edits of a PDF that Chromium (Skia) wrote, which has a classic cross-reference
/// table (`xref`, one 20-byte line per object) and `startxref`: the edits move the offsets.
enum PDFBytes {
    /// `/CreationDate (D:20261203145147+00'00')` and `/ModDate (…)` with `date` (`D:` and 14
    /// digits) and the zone `+00'00'`: the same number of bytes, so no offset moves.
    static func fixingDates(_ bytes: [UInt8], date: [UInt8]) -> [UInt8] {
        var bytes = bytes
        for key in ["/CreationDate (", "/ModDate ("].map({ Array($0.utf8) }) {
            var index = 0
            while let found = find(key, in: bytes, from: index) {
                let start = found + key.count
                index = start
                // D: and 14 digits, then perhaps a zone as +HH'MM': only that shape is rewritten.
                guard date.count == 16, start + 16 <= bytes.count, bytes[start] == UInt8(ascii: "D"),
                      bytes[start + 1] == UInt8(ascii: ":"),
                      (start + 2..<start + 16).allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) else { continue }
                bytes.replaceSubrange(start..<start + 16, with: date)
                let zone = Array("+00'00'".utf8)
                if start + 16 + zone.count <= bytes.count, [UInt8(ascii: "+"), UInt8(ascii: "-")].contains(bytes[start + 16]),
                   bytes[start + 19] == UInt8(ascii: "'"), bytes[start + 22] == UInt8(ascii: "'") {
                    bytes.replaceSubrange(start + 16..<start + 16 + zone.count, with: zone)
                }
                index = start + 16
            }
        }
        return bytes
    }

    /// Every link (`/URI (…)`) that starts with `prefix` made to start with `replacement`
    /// instead, and the cross-reference table moved to match. Nil when the file has no classic
    /// table to move (then no link can be changed safely).
    static func replacingLinkPrefix(_ bytes: [UInt8], _ prefix: String, with replacement: String) -> [UInt8]? {
        let needle = Array("/URI (\(prefix)".utf8)
        let insert = Array("/URI (\(replacement)".utf8)
        let delta = insert.count - needle.count
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        /// Old positions of the replacements, in order: an offset past k of them moves k × delta.
        var positions: [Int] = []
        var index = 0
        while let found = find(needle, in: bytes, from: index) {
            out += bytes[index..<found]
            out += insert
            positions.append(found)
            index = found + needle.count
        }
        guard !positions.isEmpty else { return bytes }
        out += bytes[index...]
        func moved(_ offset: Int) -> Int {
            var low = 0, high = positions.count
            while low < high {
                let middle = (low + high) / 2
                if positions[middle] < offset { low = middle + 1 } else { high = middle }
            }
            return offset + low * delta
        }
        // startxref, its old offset and where that number stands in `out`.
        let startKey = Array("startxref\n".utf8)
        guard let start = lastIndex(of: startKey, in: out) else { return nil }
        let numberStart = start + startKey.count
        var numberEnd = numberStart
        while numberEnd < out.count, (0x30...0x39).contains(out[numberEnd]) { numberEnd += 1 }
        guard let oldTable = Int(String(decoding: out[numberStart..<numberEnd], as: UTF8.self)) else { return nil }
        let table = moved(oldTable)
        // xref, then "0 N", then N lines of "oooooooooo ggggg n \n".
        guard table + 5 < out.count, out[table..<table + 5].elementsEqual(Array("xref\n".utf8)) else { return nil }
        var line = table + 5
        var header = line
        while header < out.count, out[header] != 0x0A { header += 1 }
        let counts = String(decoding: out[line..<header], as: UTF8.self).split(separator: " ")
        guard counts.count == 2, let count = Int(counts[1]) else { return nil }
        line = header + 1
        for _ in 0..<count {
            guard line + 20 <= out.count, out[line + 17] == UInt8(ascii: "n") || out[line + 17] == UInt8(ascii: "f"),
                  let old = Int(String(decoding: out[line..<line + 10], as: UTF8.self)) else { return nil }
            if out[line + 17] == UInt8(ascii: "n") {
                out.replaceSubrange(line..<line + 10, with: Array(String(moved(old)).leftPadded(to: 10).utf8))
            }
            line += 20
        }
        out.replaceSubrange(numberStart..<numberEnd, with: Array(String(table).utf8))
        return out
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = bytes.count - needle.count
        while index >= 0 {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
