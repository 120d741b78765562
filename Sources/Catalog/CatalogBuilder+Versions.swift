import PlanModel

/// Versions of a plan: a file whose `replaces:` names an earlier file of the same county is the
/// next version of that plan. Each plan has at most one earlier and one later version, so the
/// versions of a plan make one chain, oldest first; the checks keep it so.
extension CatalogBuilder {
    /// Records that `from` revises `target`, unless another file already does (an error at
    /// this `replaces:`, naming that file: the first in catalogue order keeps the relation).
    mutating func addVersion(from: Int, replacing target: Int, link: PlanLink) {
        if let first = plans[target].replacedBy {
            let firstSlug = plans[first].key.planSlug
            diagnostics.append(Diagnostic(.error, at: link.location,
                CatalogMessages.replacedTwice(plans[target].key.planSlug, first: firstSlug),
                hint: CatalogMessages.replacedTwiceHint(firstSlug)))
            return
        }
        plans[from].replaces = target
        plans[target].replacedBy = from
        replacesLocations[from] = link.location
    }

    /// The chains of versions, oldest first, in catalogue order of their newest version. A ring
    /// (a plan that through its `replaces:` ends up replacing itself) has no newest version: an
    /// error at each of its `replaces:`, and its plans stand alone. Linear: each plan is walked once.
    mutating func finishVersions() -> [[Int]] {
        var chains: [[Int]] = []
        var seen = [Bool](repeating: false, count: plans.count)
        for newest in plans.indices where plans[newest].replacedBy == nil && plans[newest].replaces != nil {
            var chain = [newest]
            seen[newest] = true
            while let earlier = plans[chain[chain.count - 1]].replaces {
                chain.append(earlier)
                seen[earlier] = true
            }
            chains.append(chain.reversed())
        }
        for start in plans.indices where !seen[start] && plans[start].replaces != nil {
            var ring = [start]
            seen[start] = true
            while let next = plans[ring[ring.count - 1]].replaces, next != start {
                ring.append(next)
                seen[next] = true
            }
            let names = (ring + [start]).map { plans[$0].key.planSlug }
            for member in ring {
                let location = replacesLocations[member] ?? SourceLocation(file: plans[member].sourceFile, line: 1, column: 1)
                diagnostics.append(Diagnostic(.error, at: location, CatalogMessages.versionCycle(names),
                                              hint: CatalogMessages.versionCycleHint))
            }
            for member in ring {
                plans[member].replaces = nil
                plans[member].replacedBy = nil
            }
        }
        return chains
    }
}
