import PlanModel

/// Ids handed out on one page, so that the page's own anchors never clash with the plan's.
public struct HTMLIds: Sendable {
    private var names: UniqueNames

    public init(reserved: Set<String>) { names = UniqueNames(reserved: reserved) }

    /// `base` itself when it is free, else `base-2`, `base-3`…
    public mutating func unique(_ base: String) -> String { names.claim(base) }

    /// An anchor made from Swedish text, like the plan's own: `Nyanländ invandrare` → `nyanland-invandrare`.
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            let folded: String?
            switch scalar {
            case "a"..."z", "0"..."9": folded = String(scalar)
            case "å", "ä", "á", "à", "â", "ã": folded = "a"
            case "ö", "ó", "ò", "ô", "õ", "ø": folded = "o"
            case "é", "è", "ê", "ë": folded = "e"
            case "ü", "ú", "ù", "û": folded = "u"
            case "í", "ì", "î", "ï": folded = "i"
            case "ç": folded = "c"
            case "ñ": folded = "n"
            case "ß": folded = "ss"
            case "æ": folded = "ae"
            default: folded = nil
            }
            if let folded {
                if pendingHyphen && !result.isEmpty { result += "-" }
                pendingHyphen = false
                result += folded
            } else {
                pendingHyphen = true
            }
        }
        return result
    }
}
