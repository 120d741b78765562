import PlanModel

/// What changed from one version of a plan to the next, in the plan's own terms: its areas
/// (added, removed, renamed, goals changed) and its activities (added, removed, reworded, moved
/// to another area, responsible organisations or partners changed). Only what changed is listed.
public struct VersionComparison: Sendable {
    /// The two versions, indices into `Catalog.plans`.
    public var older: Int
    public var newer: Int
    public var areas: [AreaChange]
    public var activities: [ActivityChange]

    /// An area of one version or both (indices into `Catalog.areas`).
    public struct AreaChange: Sendable {
        public var old: Int?
        public var new: Int?
        /// The title, word by word, when the area was renamed; empty otherwise.
        public var title: [WordChange]
        /// Goals added (`old` nil), removed (`new` nil) or reworded.
        public var goals: [TextChange]

        public var isRenamed: Bool { !title.isEmpty }
    }

    /// A text of one version or both, and the words that changed.
    public struct TextChange: Sendable {
        public var old: String?
        public var new: String?
        public var words: [WordChange]
    }

    /// An activity of one version or both (indices into `Catalog.activities`).
    public struct ActivityChange: Sendable {
        public var old: Int?
        public var new: Int?
        /// The text word by word when it was reworded; empty otherwise.
        public var words: [WordChange]
        /// In an area of the new version that is not the old area (nor that area renamed).
        public var isMoved: Bool
        public var responsibleChanged: Bool
        public var partnersChanged: Bool

        public var isReworded: Bool { !words.isEmpty }
    }

    /// Matched texts must share at least this share of their words (`WordDiff.similarity`).
    public static let sameActivity = 0.5
    /// How many earlier activities one activity is compared with at most, those sharing the
    /// most words first: the matching stays linear however long the plan.
    static let comparedAtMost = 50

    /// Compares two plans of the catalogue, usually consecutive versions.
    public init(_ catalog: Catalog, older: Int, newer: Int) {
        self.older = older
        self.newer = newer
        let oldPlan = catalog.plans[older], newPlan = catalog.plans[newer]
        let activityPairs = ActivityMatcher(catalog, old: oldPlan.activityRange, new: newPlan.activityRange).pairs()
        let areaPairs = AreaMatcher(catalog, old: oldPlan.areaRange, new: newPlan.areaRange,
                                    activityPairs: activityPairs).pairs()
        areas = Self.areaChanges(catalog, pairs: areaPairs, old: oldPlan.areaRange, new: newPlan.areaRange)
        var newAreaOf: [Int: Int] = [:]
        for (old, new) in areaPairs { newAreaOf[old] = new }
        activities = Self.activityChanges(catalog, pairs: activityPairs, newAreaOf: newAreaOf,
                                          old: oldPlan.activityRange, new: newPlan.activityRange)
    }

    private static func areaChanges(_ catalog: Catalog, pairs: [Int: Int], old: Range<Int>,
                                    new: Range<Int>) -> [AreaChange] {
        var changes: [AreaChange] = []
        var oldOfNew: [Int: Int] = [:]
        for (o, n) in pairs { oldOfNew[n] = o }
        // Removed areas first, in the old order; then the new version's areas in its order.
        for o in old where pairs[o] == nil {
            changes.append(AreaChange(old: o, new: nil, title: [], goals: []))
        }
        for n in new {
            guard let o = oldOfNew[n] else {
                changes.append(AreaChange(old: nil, new: n, title: [], goals: []))
                continue
            }
            let before = catalog.areas[o], after = catalog.areas[n]
            let title = before.title == after.title ? [] : WordDiff.diff(before.title, after.title)
            let goals = goalChanges(before.goals, after.goals)
            if !title.isEmpty || !goals.isEmpty {
                changes.append(AreaChange(old: o, new: n, title: title, goals: goals))
            }
        }
        return changes
    }

    /// Goals paired by their place in the area: a plan's areas have a few goals each.
    private static func goalChanges(_ old: [String], _ new: [String]) -> [TextChange] {
        guard old != new else { return [] }
        let kept = Set(old).intersection(new)
        let before = old.filter { !kept.contains($0) }, after = new.filter { !kept.contains($0) }
        return (0..<max(before.count, after.count)).map { index in
            let o = index < before.count ? before[index] : nil
            let n = index < after.count ? after[index] : nil
            return TextChange(old: o, new: n, words: o != nil && n != nil ? WordDiff.diff(o!, n!) : [])
        }
    }

    private static func activityChanges(_ catalog: Catalog, pairs: [Int: Int], newAreaOf: [Int: Int],
                                        old: Range<Int>, new: Range<Int>) -> [ActivityChange] {
        var changes: [ActivityChange] = []
        var oldOfNew: [Int: Int] = [:]
        for (o, n) in pairs { oldOfNew[n] = o }
        for o in old where pairs[o] == nil {
            changes.append(ActivityChange(old: o, new: nil, words: [], isMoved: false,
                                          responsibleChanged: false, partnersChanged: false))
        }
        for n in new {
            guard let o = oldOfNew[n] else {
                changes.append(ActivityChange(old: nil, new: n, words: [], isMoved: false,
                                              responsibleChanged: false, partnersChanged: false))
                continue
            }
            let before = catalog.activities[o], after = catalog.activities[n]
            let words = before.text == after.text ? [] : WordDiff.diff(before.text, after.text)
            let moved = before.areaIndex.flatMap { newAreaOf[$0] } != after.areaIndex
            let change = ActivityChange(old: o, new: n, words: words, isMoved: moved,
                                        responsibleChanged: differ(before.responsible, after.responsible),
                                        partnersChanged: differ(before.partners, after.partners))
            if change.isReworded || moved || change.responsibleChanged || change.partnersChanged {
                changes.append(change)
            }
        }
        return changes
    }

    /// Different organisations, or when neither names a known one, different wording.
    private static func differ(_ a: Parties, _ b: Parties) -> Bool {
        if a.organisationIDs.isEmpty && b.organisationIDs.isEmpty { return (a.text ?? "") != (b.text ?? "") }
        return Set(a.organisationIDs) != Set(b.organisationIDs)
    }

    /// The folded words of a text, each once: what `WordDiff.similarity` compares.
    static func wordSet(_ text: String) -> Set<String> {
        Set(WordDiff.words(text).map { SwedishFolding.folded($0.filter { $0.isLetter || $0.isNumber }) }.filter { !$0.isEmpty })
    }
}
