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

    /// ASCII letters and digits, and accented letters as plain ones; anything else is a separator.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "a"..."z", "0"..."9": String(scalar)
        default: SwedishFolding.plainLetters(scalar)
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
