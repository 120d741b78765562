import PlanModel

/// Addresses and anchors made from Swedish text: `Fokusområde: Boende` → `fokusomrade-boende`.
public enum Slug {
    public static func make(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            let folded = fold(scalar)
            if let folded {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(folded)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "a"..."z", "0"..."9": return String(scalar)
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
}

/// Hands out slugs that are unique within one document.
struct SlugRegistry {
    /// Ids the page around a plan uses itself (`<main id="innehall">`).
    static let reservedOnPage: Set<String> = ["innehall"]

    private var names = UniqueNames(reserved: SlugRegistry.reservedOnPage)

    mutating func unique(_ text: String, fallback: String) -> String {
        let slug = Slug.make(text)
        return names.claim(slug.isEmpty ? fallback : slug)
    }
}
