import PlanModel

/// Links inside a plan must lead somewhere: `#anchor` to a section or activity of the same plan.
enum LinkCheck {
    static func check(_ links: [(destination: String, location: SourceLocation)], in plan: Plan) -> [Diagnostic] {
        guard !links.isEmpty else { return [] }
        let anchors = Set(plan.allSections.map(\.id) + plan.activities.map(\.activity.id))
        // Made once, at the first broken link: every hint then compares a bounded number.
        var hints: (sorted: [String], candidates: HintCandidates)?
        return links.compactMap { link in
            guard link.destination.hasPrefix("#") else {
                return Diagnostic(.error, at: link.location, Messages.relativeLink(link.destination),
                                  hint: Messages.relativeLinkHint)
            }
            let anchor = String(link.destination.dropFirst())
            guard !anchors.contains(anchor) else { return nil }
            if hints == nil {
                let sorted = anchors.sorted()
                hints = (sorted, HintCandidates(sorted))
            }
            let closest = hints!.candidates.closest(to: anchor, limit: 1).first.map { hints!.sorted[$0.candidate] }
            return Diagnostic(.error, at: link.location, Messages.missingAnchor(anchor),
                              hint: Messages.missingAnchorHint(closest))
        }
    }
}
