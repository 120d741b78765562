extension Glossary {
    /// The words of `text` as the glossary sees them: runs of letters and digits, each with the
    /// marks that combine with it (`SFI-utbildning` holds `SFI` and `utbildning`). The one word
    /// split for abbreviations and the plan's own terms, made once per text. Scalar by scalar
    /// (text is NFC when read), ASCII by table: it runs on every text of every plan.
    public static func words(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if start == nil {
                if startsWord(scalar) { start = index }
            } else if !startsWord(scalar) && !combines(scalar), let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begun = start { ranges.append(begun..<scalars.endIndex) }
        return ranges
    }

    /// A letter or digit: what `Character.isLetter || isNumber` sees in a character's first scalar.
    @inline(__always)
    private static func startsWord(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// A scalar that joins the character before it (a combining mark, a joiner), so a word keeps it.
    @inline(__always)
    private static func combines(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.value == 0x200D
        }
    }
}
