import PlanModel

/// Links inside a plan must lead somewhere: `#anchor` to a section or activity of the same plan.
enum LinkCheck {
    static func check(_ links: [(destination: String, location: SourceLocation)], in plan: Plan) -> [Diagnostic] {
        guard !links.isEmpty else { return [] }
        let anchors = Set(plan.allSections.map(\.id) + plan.activities.map(\.activity.id))
        return links.compactMap { link in
            guard link.destination.hasPrefix("#") else {
                return Diagnostic(.error, at: link.location, Messages.relativeLink(link.destination),
                                  hint: Messages.relativeLinkHint)
            }
            let anchor = String(link.destination.dropFirst())
            guard !anchors.contains(anchor) else { return nil }
            let closest = anchors.sorted().min { distance($0, anchor) < distance($1, anchor) }
            return Diagnostic(.error, at: link.location, Messages.missingAnchor(anchor),
                              hint: Messages.missingAnchorHint(closest))
        }
    }

    /// Edit distance, to suggest the anchor the editor probably meant.
    static func distance(_ a: String, _ b: String) -> Int { SwedishFolding.editDistance(a, b) }
}
