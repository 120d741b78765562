extension SwedishFolding {
    /// Lower case with accented letters as plain ones: `Västernorrland` → `vasternorrland`.
    /// Everything else is kept. The reference the catalogue's fast path (`SwedishText.folded`)
    /// is tested against.
    public static func folded(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            if let plain = plainLetters(scalar) {
                result.append(plain)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `folded`, with white space runs as one space and the ends trimmed, so that
    /// `Övriga  parter` folds like `övriga parter`. For comparing short words (labels, keys,
    /// column headings).
    public static func fold(_ text: some StringProtocol) -> String {
        collapsingWhitespace(folded(text))
    }

    /// White space runs as one space, the ends trimmed: `Övriga  parter ` → `Övriga parter`.
    /// The parser asks this of every heading and key; `split(whereSeparator: \.isWhitespace)`
    /// looked up each character's Unicode properties. Below U+0300 (no combining marks) every
    /// scalar is a character of its own, so a table of the white space there says the same.
    public static func collapsingWhitespace(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy({ $0.value < 0x300 }) else { return collapsingByCharacters(text) }
        var result = String.UnicodeScalarView()
        var spaceBefore = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09...0x0D, 0x20, 0x85, 0xA0:
                spaceBefore = !result.isEmpty
            default:
                if spaceBefore { result.append(" ") }
                spaceBefore = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The reference `collapsingWhitespace` is tested against, and its way for other text.
    public static func collapsingByCharacters(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
