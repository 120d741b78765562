import PlanModel

/// Known words (labels, keys, column headings) with what each means, and how a written word
/// relates to them: the word itself (case ignored), or a near miss worth a "Menade du …?".
struct WordList<Meaning: Sendable>: Sendable {
    struct Entry: Sendable {
        /// The spelling the guide uses, for hints: `Fokusområde`.
        var word: String
        var meaning: Meaning
    }

    enum Match {
        /// Written as in the list (case and white space ignored).
        case exact(Entry)
        /// Not in the list, but close: a typo or missing å, ä, ö. `distance` counts folded characters.
        case near(Entry, distance: Int)
    }

    private let entries: [Entry]
    private let byLowercase: [String: Int]
    /// Each entry folded (`fokusomrade`), as scalars: compared with every unknown word, so kept
    /// ready rather than made again per comparison.
    private let folded: [[Unicode.Scalar]]

    init(_ words: [(String, Meaning)]) {
        entries = words.map { Entry(word: $0.0, meaning: $0.1) }
        var byLowercase: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where byLowercase[Self.lowercaseKey(entry.word)] == nil {
            byLowercase[Self.lowercaseKey(entry.word)] = index
        }
        self.byLowercase = byLowercase
        folded = entries.map { Array(SwedishFolding.fold($0.word).unicodeScalars) }
    }

    var words: [String] { entries.map(\.word) }

    /// The words with one of these meanings, in list order.
    func words(for meanings: Set<Meaning>) -> [String] where Meaning: Hashable {
        entries.filter { meanings.contains($0.meaning) }.map(\.word)
    }

    /// The entry written exactly, or else the closest near miss.
    func match(_ written: some StringProtocol) -> Match? {
        if let index = byLowercase[Self.lowercaseKey(written)] { return .exact(entries[index]) }
        let key = Array(SwedishFolding.fold(written).unicodeScalars)
        let bound = Self.allowedDistance(key.count)
        var best: (index: Int, distance: Int)?
        for (index, word) in folded.enumerated() where abs(word.count - key.count) <= bound {
            guard let distance = SwedishFolding.editDistance(word, key, atMost: bound) else { continue }
            if distance < (best?.distance ?? .max) { best = (index, distance) }
        }
        return best.map { .near(entries[$0.index], distance: $0.distance) }
    }

    /// The entries one edit away from a short word (`Tem`: `Tema`, `Vem`), which `match` does
    /// not read as either: close enough to ask about, too short to assume. In list order.
    func oneEditAway(_ written: some StringProtocol) -> [Entry] {
        let key = Array(SwedishFolding.fold(written).unicodeScalars)
        guard key.count >= 3 else { return [] }
        return folded.indices.filter { index in
            abs(folded[index].count - key.count) <= 1
                && SwedishFolding.editDistance(folded[index], key, atMost: 1) != nil
        }.map { entries[$0] }
    }

    /// The entry written exactly, nothing else.
    func exact(_ written: some StringProtocol) -> Entry? {
        byLowercase[Self.lowercaseKey(written)].map { entries[$0] }
    }

    /// Short words allow only a missing accent (`Nar`), longer ones a typo or two: `Anser` is not
    /// `Ansvar`, but `Fokusomrde` is `Fokusområde`.
    static func allowedDistance(_ length: Int) -> Int {
        switch length {
        case ..<5: 0
        case ..<9: 1
        default: 2
        }
    }

    private static func lowercaseKey(_ text: some StringProtocol) -> String {
        SwedishFolding.collapsingWhitespace(text.lowercased())
    }
}
