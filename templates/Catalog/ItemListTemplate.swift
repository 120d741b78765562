import InterfaceText
import ViewModel

extension ItemList {
    /// The heading with the list's count, and the items. Ends with a line break.
    func html(_ t: Strings) -> HTML {
        """
        <h4>\(headingText(t)) <span class="count">(\(items.count))</span></h4>
        <ul class="item-list">
        \(items.map { item -> HTML in "\(item.html(t))\n" })\
        </ul>

        """
    }

    private func headingText(_ t: Strings) -> String {
        switch heading {
        case .responsibleAreas: t.organisation.responsibleAreas
        case .partnerAreas: t.organisation.partnerAreas
        case .areas: t.theme.areas
        }
    }
}

extension ItemList.Item {
    /// An area in a list: it links its place on the plan page.
    func html(_ t: Strings) -> HTML {
        """
        <li><a href="\(href)">\(text)</a>\
        \(note.map { note -> HTML in " <span class=\"inherited\">\(noteText(note, t))</span>" })\
        \(place.map { place -> HTML in " <span class=\"item-meta\">\(place)</span>" })</li>
        """
    }

    private func noteText(_ note: Note, _ t: Strings) -> String {
        switch note {
        case .inheritedTheme: t.theme.inherited
        }
    }
}

extension ListedPlan {
    /// The plan as a heading, with its kind, period and `summary` (a sentence, without the full
    /// stop). Ends with a line break.
    func html(summary: String, _ t: Strings) -> HTML {
        """
        <h3><a href="\(href)">\(title)</a></h3>
        <p class="plan-meta">\(t.kindName(kind)), \(period). \(summary).</p>

        """
    }
}

extension Commitments {
    /// `ansvarar för 3 aktiviteter, samverkanspart i 2 områden`
    func text(_ t: Strings) -> String {
        let involvement = t.count.involvement
        return [
            (involvement.responsibleActivities, responsibleActivities),
            (involvement.partnerActivities, partnerActivities),
            (involvement.responsibleAreas, responsibleAreas),
            (involvement.partnerAreas, partnerAreas),
            (involvement.signedPlans, signedPlans),
        ].filter { $0.1 > 0 }.map { $0.0($0.1) }.joined(separator: ", ")
    }
}

/// Words the pages joined across counties make from numbers.
enum CatalogWords {
    /// The text with its first letter in upper case, to stand as a sentence.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// `4 områden och 12 aktiviteter`, and ` i 3 län` when `counties` is given.
    static func areasAndActivities(areas: Int, activities: Int, counties: Int? = nil, _ t: Strings) -> String {
        let text = t.list([t.count.areas(areas), t.count.activities(activities)])
        guard let counties else { return text }
        return text + " " + t.count.involvement.counties(counties)
    }
}
