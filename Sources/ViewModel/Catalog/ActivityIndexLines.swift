import Catalog
import InterfaceText
import Synchronization

/// Each activity as the activity index lists it, made when a page first lists it and kept for
/// the other pages that list it (its county's, its themes', its organisations'). A page lists
/// at most `ListLimit.activities` activities, so lines no page shows are never made.
/// Pages are made side by side: two asking at once may both make a line; they make the same.
final class ActivityIndexLines: Sendable {
    struct Line: Sendable {
        var text: String
        /// From the site root.
        var url: String
        /// `1. Höjd utbildningsnivå. Tema: Utbildning och språk. Ansvar: Region Jämtland Härjedalen.`
        var meta: String
    }

    private let catalog: Catalog
    private let t: Strings
    private let made: Mutex<[Line?]>

    init(catalog: Catalog, t: Strings) {
        self.catalog = catalog
        self.t = t
        made = Mutex([Line?](repeating: nil, count: catalog.activities.count))
    }

    subscript(index: Int) -> Line {
        if let line = made.withLock({ $0[index] }) { return line }
        let line = make(index)
        made.withLock { $0[index] = line }
        return line
    }

    /// Where the activity stands, its themes, who is responsible and, when its plan has been
    /// followed up, its latest status, each a sentence.
    private func make(_ index: Int) -> Line {
        let activity = catalog.activities[index]
        let themes = catalog.themes
        var meta: [String] = []
        if let place = activity.sectionPath.last { meta.append(place) }
        if !activity.themeIDs.isEmpty {
            let names = activity.themeIDs.map { themes.theme(id: $0)?.name ?? $0 }
            meta.append((names.count == 1 ? t.area.theme : t.area.themes) + ": " + names.joined(separator: ", "))
        }
        if let responsible = activity.responsible.text, !responsible.isEmpty {
            meta.append(t.activities.responsible + ": " + responsible)
        }
        let state = catalog.followUpState(index)
        if state != .noFollowUp { meta.append(t.followUp.status + ": " + t.stateName(state)) }
        return Line(text: activity.text, url: SiteAddress.of(activity.target),
                    meta: meta.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " "))
    }
}
