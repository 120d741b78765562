/// A link from one plan to another: `[strategin](../jamtland-harjedalen/regional-strategi….md)`
/// in the text, or the plan the front matter's `implements:` names. The catalogue checks that
/// the plan (and the anchor) exists; the pages link to the plan's page.
public struct PlanLink: Codable, Sendable, Hashable {
    /// The target's county folder and file name without `.md`.
    public var countySlug: String
    public var planSlug: String
    /// `arbete` in `….md#arbete`, if the link goes to a part of the plan.
    public var anchor: String?
    /// The destination as written.
    public var destination: String
    public var location: SourceLocation

    public init(countySlug: String, planSlug: String, anchor: String?, destination: String, location: SourceLocation) {
        self.countySlug = countySlug
        self.planSlug = planSlug
        self.anchor = anchor
        self.destination = destination
        self.location = location
    }

    /// The link a destination makes from a plan in `fromCounty`: `annan-plan.md`,
    /// `./annan-plan.md`, `../lan/plan.md`, each with `#anker` or not. Nil for anything else.
    public static func parse(_ destination: String, fromCounty: String, at location: SourceLocation) -> PlanLink? {
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = parts[0]
        let anchor = parts.count > 1 && !parts[1].isEmpty ? String(parts[1]) : nil
        guard path.hasSuffix(".md") else { return nil }
        var segments = path.dropLast(3).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if segments.first == "." { segments.removeFirst() }
        let county: String
        switch segments.count {
        case 1: county = fromCounty
        case 3 where segments[0] == "..": county = segments[1]
        default: return nil
        }
        guard let slug = segments.last, !slug.isEmpty, !county.isEmpty, slug != "_index" else { return nil }
        return PlanLink(countySlug: county, planSlug: slug, anchor: anchor, destination: destination, location: location)
    }
}
