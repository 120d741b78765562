import PlanModel

/// Which activity of the older version is which of the newer: the same text (folded) first;
/// then the same anchor (`aktivitet-12`) if the texts are alike; then the most alike text among
/// those sharing a word. Each activity is matched at most once, in document order.
struct ActivityMatcher {
    let catalog: Catalog
    let old: Range<Int>
    let new: Range<Int>

    init(_ catalog: Catalog, old: Range<Int>, new: Range<Int>) {
        self.catalog = catalog
        self.old = old
        self.new = new
    }

    /// Old activity index → new activity index.
    func pairs() -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var taken: Set<Int> = []
        var byText: [String: [Int]] = [:]
        for o in old { byText[SwedishFolding.fold(catalog.activities[o].text), default: []].append(o) }
        var rest: [Int] = []
        for n in new {
            let key = SwedishFolding.fold(catalog.activities[n].text)
            if var same = byText[key], !same.isEmpty {
                let o = same.removeFirst()
                byText[key] = same
                pairs[o] = n
                taken.insert(o)
            } else {
                rest.append(n)
            }
        }
        guard !rest.isEmpty else { return pairs }
        let oldWords = old.map { VersionComparison.wordSet(catalog.activities[$0].text) }
        var byWord: [String: [Int]] = [:]
        for (offset, words) in oldWords.enumerated() where !taken.contains(old.lowerBound + offset) {
            for word in words { byWord[word, default: []].append(old.lowerBound + offset) }
        }
        var byID: [String: Int] = [:]
        for o in old { byID[catalog.activities[o].key.activityID] = o }
        for n in rest {
            let words = VersionComparison.wordSet(catalog.activities[n].text)
            func likeness(_ o: Int) -> Double { WordDiff.similarity(oldWords[o - old.lowerBound], words) }
            if let o = byID[catalog.activities[n].key.activityID], !taken.contains(o),
               likeness(o) >= VersionComparison.sameActivity {
                pairs[o] = n
                taken.insert(o)
                continue
            }
            var shared: [Int: Int] = [:]
            // Words most activities share say little; the rare ones bound the candidates.
            for word in words {
                guard let holders = byWord[word], holders.count <= 4 * VersionComparison.comparedAtMost else { continue }
                for o in holders where !taken.contains(o) { shared[o, default: 0] += 1 }
            }
            let candidates = shared.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
                .prefix(VersionComparison.comparedAtMost)
            var best: (index: Int, likeness: Double)?
            for (o, _) in candidates {
                let value = likeness(o)
                if value >= VersionComparison.sameActivity, best == nil || value > best!.likeness
                    || (value == best!.likeness && o < best!.index) {
                    best = (o, value)
                }
            }
            if let best {
                pairs[best.index] = n
                taken.insert(best.index)
            }
        }
        return pairs
    }
}

/// Which area of the older version is which of the newer: the same anchor (the title as a
/// slug), then — for a renamed area — the area most of its own activities went to, then a
/// title alike in words. An area matched by none of these counts as removed, and the new one as added.
struct AreaMatcher {
    let catalog: Catalog
    let old: Range<Int>
    let new: Range<Int>
    let activityPairs: [Int: Int]

    init(_ catalog: Catalog, old: Range<Int>, new: Range<Int>, activityPairs: [Int: Int]) {
        self.catalog = catalog
        self.old = old
        self.new = new
        self.activityPairs = activityPairs
    }

    /// Old area index → new area index.
    func pairs() -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var taken: Set<Int> = []
        var byID: [String: Int] = [:]
        for n in new where byID[catalog.areas[n].key.sectionID] == nil { byID[catalog.areas[n].key.sectionID] = n }
        var rest: [Int] = []
        for o in old {
            if let n = byID[catalog.areas[o].key.sectionID], !taken.contains(n) {
                pairs[o] = n
                taken.insert(n)
            } else {
                rest.append(o)
            }
        }
        var unmatched: [Int] = []
        for o in rest {
            if let n = followedActivities(o), !taken.contains(n) {
                pairs[o] = n
                taken.insert(n)
            } else {
                unmatched.append(o)
            }
        }
        for o in unmatched {
            let words = VersionComparison.wordSet(catalog.areas[o].title)
            let n = new.lazy.filter { !taken.contains($0) }.prefix(VersionComparison.comparedAtMost).first {
                WordDiff.similarity(words, VersionComparison.wordSet(catalog.areas[$0].title)) >= VersionComparison.sameActivity
            }
            if let n {
                pairs[o] = n
                taken.insert(n)
            }
        }
        return pairs
    }

    /// The new area that more than half of the old area's own activities went to, if any.
    private func followedActivities(_ o: Int) -> Int? {
        let own = catalog.areas[o].activityRange.filter { catalog.activities[$0].areaIndex == o }
        guard !own.isEmpty else { return nil }
        var counts: [Int: Int] = [:]
        for a in own {
            if let n = activityPairs[a], let area = catalog.activities[n].areaIndex { counts[area, default: 0] += 1 }
        }
        guard let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), 2 * best.value > own.count
        else { return nil }
        return best.key
    }
}
