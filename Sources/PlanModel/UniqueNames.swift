/// Names made unique by numbering, in the order they are asked for: `boende`, `boende-2`,
/// `boende-3`… Used for the anchors of a page and the ids of a book.
public struct UniqueNames: Sendable {
    private var used: Set<String>
    /// The next number to try after each base: a base asked for thousands of times (a heading
    /// repeated through a 50 MB plan) must not retry every number taken before.
    private var nextNumber: [String: Int] = [:]

    public init(reserved: Set<String> = []) { used = reserved }

    /// `base` itself when it is free, else `base-N` with the smallest free N from 2 on.
    public mutating func claim(_ base: String) -> String {
        guard used.contains(base) else {
            used.insert(base)
            return base
        }
        var number = nextNumber[base] ?? 2
        var candidate = "\(base)-\(number)"
        while used.contains(candidate) {
            number += 1
            candidate = "\(base)-\(number)"
        }
        nextNumber[base] = number + 1
        used.insert(candidate)
        return candidate
    }
}
