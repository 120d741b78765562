import PlanModel
import PlanParser

/// Ids handed out on one page, so that the page's own anchors never clash with the plan's.
public struct HTMLIds: Sendable {
    private var names: UniqueNames

    public init(reserved: Set<String>) { names = UniqueNames(reserved: reserved) }

    /// `base` itself when it is free, else `base-2`, `base-3`…
    public mutating func unique(_ base: String) -> String { names.claim(base) }

    /// An anchor made from Swedish text, like the plan's own: `Nyanländ invandrare` → `nyanland-invandrare`.
    public static func slug(_ text: String) -> String { Slug.make(text) }
}
