import Catalog
import PlanModel

/// The terms of a plan's own glossary that are not abbreviations (`Anknytning`, `Anvisningsbara
/// platser`), found in its text as whole words, case aside, for `AbbreviationLinker` to link.
/// Abbreviations are found by the glossary itself, written exactly (`SFI`, not `Sfi`).
struct GlossaryPhrases: Sendable {
    struct Phrase: Sendable {
        /// The words after the first, lower case.
        var rest: [String]
        var termIndex: Int
    }

    /// By first word, lower case; longer phrases first.
    private var byFirstWord: [String: [Phrase]] = [:]
    /// The lengths in scalars of the first words: a word of another length is not lower-cased
    /// and looked up at all.
    private var firstWordLengths: Set<Int> = []

    var isEmpty: Bool { byFirstWord.isEmpty }

    init() {}

    init(plan: Plan, glossary: Glossary) {
        for entry in plan.glossary {
            guard let index = glossary.termIndex(entry.term), !glossary.terms[index].isAbbreviation else { continue }
            let words = Glossary.words(in: entry.term).map { entry.term[$0].lowercased() }
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Phrase(rest: Array(words.dropFirst()), termIndex: index))
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.rest.count > $1.rest.count } }
        firstWordLengths = Set(byFirstWord.keys.map { $0.unicodeScalars.count })
    }

    /// Every place in `text` (split into `words` by `Glossary.words`) where a phrase stands as
    /// whole words, in order, none overlapping.
    func matches(in text: String, words: [Range<String.Index>]) -> [AbbreviationMatch] {
        guard !byFirstWord.isEmpty else { return [] }
        var matches: [AbbreviationMatch] = []
        var index = 0
        while index < words.count {
            let length = text.unicodeScalars[words[index]].count
            guard firstWordLengths.contains(length) else {
                index += 1
                continue
            }
            let word = text[words[index]].lowercased()
            let found = byFirstWord[word]?.first { phrase in
                index + phrase.rest.count < words.count && phrase.rest.indices.allSatisfy { offset in
                    let next = words[index + 1 + offset]
                    // Only white space between the words of a phrase.
                    return text[words[index + offset].upperBound..<next.lowerBound].allSatisfy(\.isWhitespace)
                        && text[next].lowercased() == phrase.rest[offset]
                }
            }
            if let found {
                let end = words[index + found.rest.count].upperBound
                matches.append(AbbreviationMatch(range: words[index].lowerBound..<end, termIndex: found.termIndex))
                index += found.rest.count + 1
            } else {
                index += 1
            }
        }
        return matches
    }
}
