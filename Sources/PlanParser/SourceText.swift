import PlanModel

/// Turns the bytes of a content file into text, refusing what is not a plain UTF-8 text file.
public enum SourceText {
    /// Larger files are refused before parsing: nothing a county writes comes near it.
    public static let maximumBytes = 64 * 1024 * 1024

    public static func decode(_ bytes: [UInt8], file: String) -> (text: String?, diagnostics: [Diagnostic]) {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if bytes.count > maximumBytes {
            return (nil, [Diagnostic(.error, at: start,
                Messages.tooLarge(bytes.count / (1024 * 1024), limit: maximumBytes / (1024 * 1024)),
                hint: Messages.tooLargeHint)])
        }
        if let nul = bytes.firstIndex(of: 0) {
            return (nil, [Diagnostic(.error, at: location(ofByte: nul, in: bytes, file: file),
                Messages.nulByte, hint: Messages.nulByteHint)])
        }
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        if let control = TextSafety.firstControlByte(content) {
            return (nil, [Diagnostic(.error, at: location(ofByte: control, in: bytes, file: file),
                Messages.controlCharacter, hint: Messages.controlCharacterHint)])
        }
        guard let text = String(validating: content, as: UTF8.self) else {
            let bad = firstInvalidByte(content) ?? 0
            return (nil, [Diagnostic(.error, at: location(ofByte: bad, in: bytes, file: file),
                Messages.notUTF8, hint: Messages.notUTF8Hint)])
        }
        // Windows line ends would otherwise leave \r in every line. Without a carriage return
        // anywhere there is nothing to look for.
        // And text is NFC from here on: this is the one place content is read.
        return (TextSafety.nfc(content.contains(0x0D) && text.contains("\r\n") ? text.replacingCRLF() : text), [])
    }

    static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 10).map { $0 + 1 } ?? 0
        return SourceLocation(file: file, line: line, column: offset - lineStart + 1)
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    private static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex,
                  bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }),
                  String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil else {
                return index
            }
            index += length
        }
        return nil
    }
}

extension String {
    func replacingCRLF() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if previousWasCR && scalar != "\n" { result.unicodeScalars.append("\r") }
            previousWasCR = scalar == "\r"
            if !previousWasCR { result.unicodeScalars.append(scalar) }
        }
        if previousWasCR { result.append("\r") }
        return result
    }
}
