import PlanModel

/// What a heading makes: an area, a special section, or a section whose kind follows its parent.
struct HeadingMeaning {
    var kind: SectionKind
    var label: String?
    var number: String?
    var title: String
    /// A label that was not in the vocabulary but close to one: what was written and what was read.
    var nearMiss: (written: String, meant: String)?
    /// `#### Aktiviteter`: the heading over a list of activities, not a section of its own.
    var isActivityList = false
}

extension SectionBuilder {
    /// Decides what a heading makes, from its label or, without one, from the section around it.
    /// A label close to a known one (`Fokusomrade:`) is read as that one, and the editor told.
    static func classify(_ text: String, parent: SectionKind?) -> HeadingMeaning {
        if let parts = HeadingLabel(text) {
            let area = Vocabulary.areaLabels.match(parts.label)
            let special = Vocabulary.specialLabels.match(parts.label)
            if case .exact = area { return areaMeaning(parts, nearMiss: nil) }
            if case .exact(let entry) = special { return specialMeaning(entry.meaning, parts, nearMiss: nil) }
            switch (area, special) {
            case (.near(_, let da), .near(let s, let ds)) where ds < da:
                return specialMeaning(s.meaning, parts, nearMiss: (parts.label + ":", s.word + ":"))
            case (.near(let a, _), _):
                return areaMeaning(parts, nearMiss: (parts.label + ":", a.word + ":"))
            case (_, .near(let s, _)):
                return specialMeaning(s.meaning, parts, nearMiss: (parts.label + ":", s.word + ":"))
            default:
                break
            }
        }
        switch Vocabulary.specialLabels.match(text) {
        case .exact(let special)?:
            return HeadingMeaning(kind: special.meaning, label: text, title: text)
        case .near(let special, _)?:
            return HeadingMeaning(kind: special.meaning, label: text, title: text, nearMiss: (text, special.word))
        case nil:
            break
        }
        if parent == .area, let list = activityListMeaning(text) { return list }
        switch parent {
        case .examples: return HeadingMeaning(kind: .example, title: text)
        case .participants: return HeadingMeaning(kind: .network, title: text)
        case .area: return HeadingMeaning(kind: .area, title: text)
        default: return HeadingMeaning(kind: .prose, title: text)
        }
    }

    /// `#### Aktiviteter` (or `Åtgärder`, `Aktiviteter: Boende` …) in an area: its list belongs to the area.
    private static func activityListMeaning(_ text: String) -> HeadingMeaning? {
        let parts = HeadingLabel(text)
        let names = [text, parts?.label, parts?.title].compactMap { $0 }
        if names.contains(where: { Vocabulary.activityListHeadings.exact($0) != nil }) {
            return HeadingMeaning(kind: .area, title: text, isActivityList: true)
        }
        if case .near(let entry, _)? = Vocabulary.activityListHeadings.match(text) {
            return HeadingMeaning(kind: .area, title: text, nearMiss: (text, entry.word), isActivityList: true)
        }
        return nil
    }

    private static func areaMeaning(_ parts: HeadingLabel, nearMiss: (String, String)?) -> HeadingMeaning {
        HeadingMeaning(kind: .area, label: parts.label, number: parts.number, title: parts.title, nearMiss: nearMiss)
    }

    private static func specialMeaning(_ kind: SectionKind, _ parts: HeadingLabel, nearMiss: (String, String)?)
        -> HeadingMeaning {
        HeadingMeaning(kind: kind, label: parts.label, number: parts.number,
                       title: parts.title.isEmpty ? parts.label : parts.title, nearMiss: nearMiss)
    }
}
