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
        folded(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
