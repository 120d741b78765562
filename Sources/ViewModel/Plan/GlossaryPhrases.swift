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

    var isEmpty: Bool { byFirstWord.isEmpty }

    init() {}

    init(plan: Plan, glossary: Glossary) {
        for entry in plan.glossary {
            guard let index = glossary.termIndex(entry.term), !glossary.terms[index].isAbbreviation else { continue }
            let words = Self.words(in: entry.term).map { entry.term[$0].lowercased() }
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Phrase(rest: Array(words.dropFirst()), termIndex: index))
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.rest.count > $1.rest.count } }
    }

    /// Every place in `text` where a phrase stands as whole words, in order, none overlapping.
    func matches(in text: String) -> [AbbreviationMatch] {
        guard !byFirstWord.isEmpty else { return [] }
        let words = Self.words(in: text)
        var matches: [AbbreviationMatch] = []
        var index = 0
        while index < words.count {
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

    /// The runs of letters and digits, as the glossary sees words.
    static func words(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetter || text[index].isNumber else {
                index = text.index(after: index)
                continue
            }
            var end = index
            while end < text.endIndex, text[end].isLetter || text[end].isNumber { end = text.index(after: end) }
            ranges.append(index..<end)
            index = end
        }
        return ranges
    }
}
