/// The one Swedish text folding and the one edit distance: how addresses, anchors, search and
/// "did you mean" hints see letters. `Västernorrland` folds to `vasternorrland`.
public enum SwedishFolding {
    /// The plain letters for a lower-case accented letter (`å`, `ä` → `a`, `ß` → `ss`), or nil
    /// when the scalar stays as it is.
    @inline(__always)
    public static func plainLetters(_ scalar: Unicode.Scalar) -> String? {
        guard scalar.value >= 0xDF else { return nil }
        switch scalar {
        case "å", "ä", "á", "à", "â", "ã": return "a"
        case "ö", "ó", "ò", "ô", "õ", "ø": return "o"
        case "é", "è", "ê", "ë": return "e"
        case "ü", "ú", "ù", "û": return "u"
        case "í", "ì", "î", "ï": return "i"
        case "ç": return "c"
        case "ñ": return "n"
        case "ß": return "ss"
        case "æ": return "ae"
        default: return nil
        }
    }

    /// The Levenshtein distance between two texts, counted in characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
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
}
