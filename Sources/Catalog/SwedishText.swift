import PlanModel

/// Text helpers for matching and ordering Swedish names without locale data.
///
/// `matchKey`, `matchKeyPreservingCase`, `folded` and `shortened` work scalar by scalar on
/// "simple" text (see `SimpleText`): every scalar a character of its own, lower case one scalar
/// too. There they give exactly what the character-based reference versions (`…ByCharacters`)
/// give, many times faster; any other text goes to the reference versions.
enum SwedishText {
    /// Trimmed, lower-cased, runs of whitespace as one space: the form names are compared in.
    static func matchKey(_ text: some StringProtocol) -> String {
        SimpleText.collapse(text, lowercase: true) ?? matchKeyByCharacters(text)
    }

    static func matchKeyByCharacters(_ text: some StringProtocol) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// `matchKey` without a final full stop, so that `Organisationer m.fl.` matches the mention
    /// `Organisationer m.fl` (the parser drops a mention's last full stop).
    static func nameKey(_ text: some StringProtocol) -> String {
        var key = matchKey(text)
        while key.hasSuffix(".") {
            key.removeLast()
            while key.last == " " { key.removeLast() }
        }
        return key
    }

    static func trimmed(_ text: some StringProtocol) -> Substring {
        var s = Substring(text)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return s
    }

    /// `SwedishFolding.folded`, scalar by scalar without allocating a `String` per step.
    static func folded(_ text: some StringProtocol) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            // `lowercased()` is each scalar's lower-case mapping, one after the other.
            if let lower = SimpleText.lowercase(scalar) {
                foldLowercased(lower, into: &result)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { foldLowercased(lower, into: &result) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func foldLowercased(_ scalar: Unicode.Scalar, into result: inout [UInt8]) {
        if let plain = SwedishFolding.plainLetters(scalar) {
            result.append(contentsOf: plain.utf8)
        } else {
            SimpleText.append(scalar, to: &result)
        }
    }

    /// Text cut to at most `limit` characters at a word boundary, with `…` when cut.
    static func shortened(_ text: String, limit: Int) -> String {
        guard let collapsed = SimpleText.collapse(text, lowercase: false) else {
            return shortenedByCharacters(text, limit: limit)
        }
        // Simple text: characters are scalars.
        let scalars = collapsed.unicodeScalars
        guard scalars.count > limit else { return collapsed }
        var cut = scalars[..<scalars.index(scalars.startIndex, offsetBy: limit)]
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = cut[..<space]
        }
        while let last = cut.last, last == "," || last == ";" || last == ":" || last == " " { cut = cut.dropLast() }
        return String(cut) + "…"
    }

    /// The reference version of `shortened`.
    static func shortenedByCharacters(_ text: String, limit: Int) -> String {
        let collapsed = matchKeyPreservingCaseByCharacters(text)
        guard collapsed.count > limit else { return collapsed }
        var cut = collapsed.prefix(limit)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = cut[..<space]
        }
        while let last = cut.last, last == "," || last == ";" || last == ":" || last == " " { cut = cut.dropLast() }
        return cut + "…"
    }

    /// Whitespace collapsed, case kept.
    static func matchKeyPreservingCase(_ text: some StringProtocol) -> String {
        SimpleText.collapse(text, lowercase: false) ?? matchKeyPreservingCaseByCharacters(text)
    }

    static func matchKeyPreservingCaseByCharacters(_ text: some StringProtocol) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}

/// Text in which every Unicode scalar is a character of its own and lower-cases to one scalar
/// of the same kind: Latin letters with their accents (U+0000–U+02FF, but for İ, Ⱥ and Ⱦ),
/// and general punctuation (dashes, quotation marks, `…`, U+2000–U+205F, but for the zero-width
/// joiners). Nothing there combines with its neighbours into one character (a CR LF pair
/// aside, which is white space either way), so scalar-by-scalar work equals character-by-
/// character work. Swedish plans are written in it almost always.
enum SimpleText {
    @inline(__always)
    static func isSimple(_ value: UInt32) -> Bool {
        if value < 0x300 { return value != 0x130 && value != 0x23A && value != 0x23E }
        return (0x2000...0x200B).contains(value) || (0x200E...0x205F).contains(value)
    }

    /// `Character.isWhitespace` of a simple scalar (the White_Space property).
    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F: return true
        default: return false
        }
    }

    /// Lower case of simple scalars below U+0300 (where it is one scalar), by table.
    private static let lowerTable: [UInt32] = (0..<0x300).map { value -> UInt32 in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return UInt32(value) }
        let mapped = Array(scalar.properties.lowercaseMapping.unicodeScalars)
        return mapped.count == 1 ? mapped[0].value : UInt32(value)
    }

    /// The lower case of a simple scalar; nil for any other.
    @inline(__always)
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 { return (0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar }
        guard isSimple(value) else { return nil }
        return value < 0x300 ? Unicode.Scalar(lowerTable[Int(value)])! : scalar
    }

    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// Runs of white space as one space, none at either end, lower-cased if asked; nil when the
    /// text is not simple.
    static func collapse(_ text: some StringProtocol, lowercase: Bool) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value < 0x80 || isSimple(value) else { return nil }
            if isWhitespace(value) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(0x20) }
            pendingSpace = false
            append(lowercase ? self.lowercase(scalar)! : scalar, to: &result)
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// Swedish alphabetical order without locale data: a–z, then å, ä, ö; accented letters sort
/// with their base letter (é as e, ü as y, æ as ä, ø as ö); case and accents only break ties.
public enum SwedishOrder {
    /// The primary sort key of a text.
    public static func key(_ text: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.lowercased().unicodeScalars {
            key.append(weight(scalar))
        }
        return key
    }

    /// Whether `a` comes before `b`. Total and deterministic: equal keys fall back to the
    /// texts' Unicode scalar values.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars, by: { $0.value < $1.value })
    }

    static func weight(_ scalar: Unicode.Scalar) -> UInt32 {
        let letters: UInt32 = 2_000
        func letter(_ c: Unicode.Scalar) -> UInt32 { letters + (c.value - ("a" as Unicode.Scalar).value) }
        switch scalar {
        case "a"..."z": return letter(scalar)
        case "å": return letters + 26
        case "ä", "æ": return letters + 27
        case "ö", "ø": return letters + 28
        case "á", "à", "â", "ã": return letter("a")
        case "é", "è", "ê", "ë": return letter("e")
        case "í", "ì", "î", "ï": return letter("i")
        case "ó", "ò", "ô", "õ": return letter("o")
        case "ú", "ù", "û": return letter("u")
        case "ü": return letter("y")
        case "ç": return letter("c")
        case "ñ": return letter("n")
        case "0"..."9": return 1_000 + scalar.value
        default:
            // Spaces and punctuation before digits and letters; other letters after ö.
            if scalar.properties.isAlphabetic { return 3_000 + scalar.value }
            return scalar.value < 1_000 ? scalar.value : 999
        }
    }
}
