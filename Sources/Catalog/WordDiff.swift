/// A word-level difference between two texts, as a comparison of versions shows it.
public struct WordChange: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case same, added, removed
    }

    public var kind: Kind
    /// The words of the run, with single spaces between them.
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// The longest common subsequence of the two texts' words (a standard dynamic programme), after
/// the words both texts start and end with are set aside. Bounded: past `cellLimit` cells the
/// middle counts as removed and added as a whole, so a very long text costs its length only.
public enum WordDiff {
    public static let cellLimit = 250_000

    public static func diff(_ old: String, _ new: String) -> [WordChange] {
        let a = words(old), b = words(new)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)]), middleB = Array(b[prefix..<(b.count - suffix)])
        var steps: [(WordChange.Kind, Substring)] = a[..<prefix].map { (.same, $0) }
        steps += middle(middleA, middleB)
        steps += a[(a.count - suffix)...].map { (.same, $0) }
        // Runs of one kind as one change.
        var changes: [WordChange] = []
        for (kind, word) in steps {
            if changes.last?.kind == kind {
                changes[changes.count - 1].text += " " + word
            } else {
                changes.append(WordChange(kind, String(word)))
            }
        }
        return changes
    }

    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    /// The steps from `a` to `b`: removals before additions where both stand at one place.
    private static func middle(_ a: [Substring], _ b: [Substring]) -> [(WordChange.Kind, Substring)] {
        guard !a.isEmpty, !b.isEmpty, a.count * b.count <= cellLimit else {
            return a.map { (.removed, $0) } + b.map { (.added, $0) }
        }
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        let width = b.count + 1
        var lengths = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i * width + j] = a[i] == b[j]
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var steps: [(WordChange.Kind, Substring)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                steps.append((.same, a[i])); i += 1; j += 1
            } else if j == b.count || (i < a.count && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
                steps.append((.removed, a[i])); i += 1
            } else {
                steps.append((.added, b[j])); j += 1
            }
        }
        return steps
    }

    /// How alike two texts are, from 0 to 1: twice the shared words over all words (Dice), the
    /// words folded (`SwedishFolding.fold`) and counted once each.
    public static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        return Double(2 * a.intersection(b).count) / Double(a.count + b.count)
    }
}
