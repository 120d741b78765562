/// Text helpers for matching and ordering Swedish names without locale data.
enum SwedishText {
    /// Trimmed, lower-cased, runs of whitespace as one space: the form names are compared in.
    static func matchKey(_ text: some StringProtocol) -> String {
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

    /// Lower case with å, ä and ö (and other accented letters) folded to plain letters:
    /// `Västernorrland` → `vasternorrland`. Everything else is kept.
    static func folded(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "å", "ä", "á", "à", "â", "ã": result.append("a")
            case "ö", "ó", "ò", "ô", "õ", "ø": result.append("o")
            case "é", "è", "ê", "ë": result.append("e")
            case "ü", "ú", "ù", "û": result.append("u")
            case "í", "ì", "î", "ï": result.append("i")
            case "ç": result.append("c")
            case "ñ": result.append("n")
            case "æ": result.append("ae")
            case "ß": result.append("ss")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The Levenshtein distance between two texts, counted in characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Text cut to at most `limit` characters at a word boundary, with `…` when cut.
    static func shortened(_ text: String, limit: Int) -> String {
        let collapsed = matchKeyPreservingCase(text)
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
