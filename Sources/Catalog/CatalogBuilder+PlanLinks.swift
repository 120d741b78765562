import PlanModel

/// What a link between plans says: a link in the text, `implements:` or `replaces:`.
enum PlanLinkKind: Sendable {
    case text, implements, replaces
}

/// Links between plans: each plan's `implements:`, `replaces:` and its links to other plans'
/// files, checked once every plan is in (plans come one at a time), and the strategy → action
/// plan and earlier → later version relations.
extension CatalogBuilder {
    /// Remembers the plan's links and the anchors others may link to.
    mutating func addPlanLinks(_ plan: Plan, planIndex: Int) {
        anchorsByPlan[PlanKey(plan)] = Set(plan.allSections.map(\.id) + plan.activities.map(\.activity.id))
        if let link = plan.implements { pendingPlanLinks.append((planIndex, link, .implements)) }
        if let link = plan.replaces { pendingPlanLinks.append((planIndex, link, .replaces)) }
        for link in plan.planLinks { pendingPlanLinks.append((planIndex, link, .text)) }
    }

    /// Every link's target must be a plan (and its anchor a part of it): an error that names the
    /// closest plan or anchor otherwise. Sets `implements` and `implementedBy` of the plans, and
    /// `replaces` and `replacedBy` (see `finishVersions` for what else a version must be).
    mutating func finishPlanLinks() {
        // Hints are made only for broken links, each from candidates ordered once (bounded work).
        var planHints: (texts: [String], hints: HintCandidates)?
        var anchorHints: [PlanKey: (texts: [String], hints: HintCandidates)] = [:]
        for (from, link, kind) in pendingPlanLinks {
            let key = PlanKey(countySlug: link.countySlug, planSlug: link.planSlug)
            guard let target = planIndexByKey[key] else {
                if planHints == nil {
                    let keys = plans.map(\.key.description).sorted()
                    planHints = (keys, HintCandidates(keys))
                }
                // An earlier version is in the plan's own county: the hint looks there only.
                let county = link.countySlug + "/"
                let closest = planHints.flatMap { hints in
                    Self.closest(to: key.description, in: hints,
                                 accepts: kind == .replaces ? { hints.texts[$0].hasPrefix(county) } : { _ in true })
                }
                diagnostics.append(kind == .replaces
                    ? Diagnostic(.error, at: link.location, CatalogMessages.missingReplaced(link.destination),
                                 hint: CatalogMessages.missingReplacedHint(closest.map { $0.split(separator: "/").last.map(String.init) ?? $0 }))
                    : Diagnostic(.error, at: link.location, CatalogMessages.missingPlan(link.destination),
                                 hint: CatalogMessages.missingPlanHint(closest)))
                continue
            }
            if let anchor = link.anchor, anchorsByPlan[key]?.contains(anchor) != true {
                if anchorHints[key] == nil, let anchors = anchorsByPlan[key] {
                    let sorted = anchors.sorted()
                    anchorHints[key] = (sorted, HintCandidates(sorted))
                }
                let closest = anchorHints[key].flatMap { Self.closest(to: anchor, in: $0) }
                diagnostics.append(Diagnostic(.error, at: link.location,
                    CatalogMessages.missingPlanAnchor(anchor, plan: plans[target].title),
                    hint: CatalogMessages.missingPlanAnchorHint(closest)))
                continue
            }
            switch kind {
            case .text: break
            case .implements where target != from:
                plans[from].implements = target
                plans[target].implementedBy.append(from)
            case .implements: break
            case .replaces: addVersion(from: from, replacing: target, link: link)
            }
        }
        pendingPlanLinks = []
    }

    /// The candidate closest to `text`, the first in order among equals.
    private static func closest(to text: String, in candidates: (texts: [String], hints: HintCandidates),
                                accepts: (Int) -> Bool = { _ in true }) -> String? {
        candidates.hints.closest(to: text, limit: 1, accepts: accepts).first.map { candidates.texts[$0.candidate] }
    }
}
