/// The one Swedish text folding and the one edit distance: how addresses, anchors, search and
/// "did you mean" hints see letters. `Västernorrland` folds to `vasternorrland`.
public enum SwedishFolding {
    /// The plain letters for a lower-case accented letter (`å`, `ä` → `a`, `ß` → `ss`), or nil
    /// when the scalar stays as it is.
    @inline(__always)
    public static func plainLetters(_ scalar: Unicode.Scalar) -> String? {
        guard scalar.value >= 0xDF else { return nil }
        switch scalar {
        case "å", "ä", "á", "à", "â", "ã": return "a"
        case "ö", "ó", "ò", "ô", "õ", "ø": return "o"
        case "é", "è", "ê", "ë": return "e"
        case "ü", "ú", "ù", "û": return "u"
        case "í", "ì", "î", "ï": return "i"
        case "ç": return "c"
        case "ñ": return "n"
        case "ß": return "ss"
        case "æ": return "ae"
        default: return nil
        }
    }

    /// The Levenshtein distance between two texts, counted in characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a), Array(b), atMost: Int.max)!
    }

    /// The Levenshtein distance when it is at most `bound`, else nil. Only the band of cells
    /// within `bound` of the diagonal is counted, and the count stops at the first row past the
    /// bound, so a hint can afford to compare many candidates: time length × bound.
    public static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element], atMost bound: Int) -> Int? {
        if abs(a.count - b.count) > bound { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let bound = min(bound, max(a.count, b.count))
        let far = bound + 1
        var previous = (0...b.count).map { min($0, far) }
        var current = [Int](repeating: far, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - bound), high = min(b.count, i + bound)
            current[low - 1] = low == 1 ? min(i, far) : far
            var smallest = current[low - 1]
            for j in low...high {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1, far)
                smallest = min(smallest, current[j])
            }
            if high < b.count { current[high + 1] = far }
            if smallest > bound { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }
}

/// The texts a "did you mean" hint chooses from (anchors, organisation names, themes), ordered
/// by length once, so that each hint compares a bounded number of them: those closest in
/// length first (the edit distance is at least the difference in length), at most
/// `comparedAtMost`, each with a distance that stops past the best found so far. A plan with
/// thousands of broken links or unknown names costs thousands of hints, never their product.
public struct HintCandidates: Sendable {
    /// How many candidates one hint compares at most.
    public static let comparedAtMost = 100
    /// Longer texts are cut to this many characters before comparing: a typo shows early.
    static let comparedLength = 200

    /// Unicode scalars, cheaper to compare than characters; the texts are NFC already.
    private let texts: [[Unicode.Scalar]]
    /// Candidate numbers ordered by text length.
    private let byLength: [Int]

    public init(_ candidates: [String]) {
        let texts = candidates.map { Array($0.unicodeScalars.prefix(Self.comparedLength)) }
        self.texts = texts
        byLength = texts.indices.sorted { (texts[$0].count, $0) < (texts[$1].count, $1) }
    }

    /// The groups (see `group`, by default each candidate its own) with a candidate closest to
    /// `target`, as (best candidate, distance): the `limit` closest, and any tied with the last
    /// of them; in candidate order. `accepts` leaves candidates out before they count.
    public func closest(to target: String, limit: Int, group: (Int) -> Int = { $0 },
                        accepts: (Int) -> Bool = { _ in true }) -> [(candidate: Int, distance: Int)] {
        let target = Array(target.unicodeScalars.prefix(Self.comparedLength))
        var best: [Int: (candidate: Int, distance: Int)] = [:]
        // The limit-th smallest distance among the groups so far: nothing farther can enter.
        var bound = Int.max
        var compared = 0, visited = 0
        for candidate in nearestInLength(target.count) {
            visited += 1
            if compared == Self.comparedAtMost || visited > 10 * Self.comparedAtMost { break }
            guard accepts(candidate) else { continue }
            compared += 1
            if bound != Int.max, abs(texts[candidate].count - target.count) > bound { break }
            guard let distance = SwedishFolding.editDistance(target, texts[candidate], atMost: bound) else { continue }
            let key = group(candidate)
            if let known = best[key], (known.distance, known.candidate) <= (distance, candidate) { continue }
            best[key] = (candidate, distance)
            if best.count >= limit { bound = Self.smallest(limit, of: best.values.lazy.map(\.distance)) }
        }
        return best.values.filter { $0.distance <= bound }.sorted { $0.candidate < $1.candidate }
    }

    /// The `rank`-th smallest of some numbers (rank from 1, small), in one pass.
    private static func smallest(_ rank: Int, of numbers: some Sequence<Int>) -> Int {
        var lowest: [Int] = []
        for number in numbers where lowest.count < rank || number < lowest[rank - 1] {
            lowest.insert(number, at: lowest.firstIndex { $0 > number } ?? lowest.count)
            if lowest.count > rank { lowest.removeLast() }
        }
        return lowest[rank - 1]
    }

    /// Candidate numbers, nearest in length to `length` first, alternating shorter and longer.
    private func nearestInLength(_ length: Int) -> some Sequence<Int> {
        var low = byLength.partitionPoint { texts[$0].count >= length } - 1
        var high = low + 1
        return AnySequence {
            AnyIterator { [byLength, texts] () -> Int? in
                let takeLow: Bool
                if low < 0 && high >= byLength.count { return nil }
                if low < 0 { takeLow = false } else if high >= byLength.count { takeLow = true } else {
                    takeLow = length - texts[byLength[low]].count <= texts[byLength[high]].count - length
                }
                if takeLow { low -= 1; return byLength[low + 1] }
                high += 1
                return byLength[high - 1]
            }
        }
    }
}

extension Array {
    /// The first index whose element satisfies `isAfter`, for an array already partitioned by it.
    func partitionPoint(_ isAfter: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
