extension SwedishFolding {
    /// Lower case with accented letters as plain ones: `Fokusområde` → `fokusomrade`. White space
    /// runs become one space and the ends are trimmed, so that `Övriga  parter` folds like
    /// `övriga parter`. For comparing short words (labels, keys, column headings).
    public static func fold(_ text: some StringProtocol) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            if let plain = plainLetters(scalar) {
                result.append(plain)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
