import Foundation
import Catalog
import PlanModel

/// A titled list of activities or areas on an organisation or theme page, each linking its
/// place on the plan page.
public struct ItemList: Sendable {
    /// What the list holds, for its heading.
    public enum Heading: Sendable {
        /// On an organisation page.
        case responsibleActivities, partnerActivities, responsibleAreas, partnerAreas
        /// On a theme page.
        case areas, activities
    }

    /// An activity or area in the list.
    public struct Item: Sendable {
        /// Why the activity or area is listed here although its own line does not say so.
        public enum Note: Sendable {
            /// Its responsible organisation is the area's.
            case inheritedResponsible
            /// Its partners are the area's.
            case inheritedPartner
            /// Its theme is the enclosing area's.
            case inheritedTheme
        }

        public var text: String
        public var href: String
        public var note: Note?
        /// The section that holds it: the activity's innermost section, the area's parent area.
        public var place: String?
    }

    public var heading: Heading
    /// The list's whole length; `items` holds fewer when the page's limit left some out.
    public var count: Int
    public var items: [Item]

    /// The list, or nil when it is empty.
    init?(_ heading: Heading, count: Int? = nil, items: [Item]) {
        let count = count ?? items.count
        guard count > 0 else { return nil }
        self.heading = heading
        self.count = count
        self.items = items
    }

    /// The activity at `index` of the catalogue, linked from a page `root` deep.
    static func activity(_ index: Int, in catalog: Catalog, root: String, note: Item.Note? = nil) -> Item {
        let activity = catalog.activities[index]
        return Item(text: activity.text, href: root + SiteAddress.of(activity.target), note: note, place: nonBlank(activity.sectionPath.last))
    }

    /// The area at `index` of the catalogue, linked from a page `root` deep.
    static func area(_ index: Int, in catalog: Catalog, root: String, note: Item.Note? = nil) -> Item {
        let area = catalog.areas[index]
        let parent = area.parentAreaIndex.map { catalog.areas[$0].headingText }
        return Item(text: area.headingText, href: root + SiteAddress.of(area.target), note: note, place: nonBlank(parent))
    }

    /// The text, unless it is missing or blank.
    static func nonBlank(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }
}

/// A page lists at most `limit` activities: a national site's hundreds of thousands would make a
/// page no browser or screen reader could use. Every activity is on its plan's page.
public struct ListLimit: Sendable {
    /// The most activities one joined page lists.
    public static let activities = 5_000

    /// How many the page shows, of how many it has.
    public var shown: Int
    public var total: Int
}

/// How many more activities a page may list, and how many it left out.
struct ActivityBudget {
    private(set) var left = ListLimit.activities
    private(set) var total = 0

    /// The first of `indices` that still fit; the rest are counted as left out.
    mutating func take(_ indices: some Collection<Int>) -> [Int] {
        total += indices.count
        let taken = Array(indices.prefix(left))
        left -= taken.count
        return taken
    }

    /// What the page left out, or nil when it lists every activity.
    var limit: ListLimit? {
        let shown = ListLimit.activities - left
        return shown < total ? ListLimit(shown: shown, total: total) : nil
    }
}

/// A plan as a heading on an organisation or theme page.
public struct ListedPlan: Sendable {
    public var title: String
    public var href: String
    public var kind: PlanKind
    /// `2015–2020`
    public var period: String

    init(_ index: Int, in catalog: Catalog, root: String) {
        let plan = catalog.plans[index]
        title = plan.title
        href = root + SiteAddress.of(plan.target)
        kind = plan.kind
        period = plan.period.description
    }
}

/// How much an organisation does in a plan, a county or overall.
public struct Commitments: Sendable {
    public var responsibleActivities: Int
    public var partnerActivities: Int
    public var responsibleAreas: Int
    public var partnerAreas: Int
    public var signedPlans: Int

    init(_ counts: InvolvementCounts) {
        responsibleActivities = counts.responsibleActivities
        partnerActivities = counts.partnerActivities
        responsibleAreas = counts.responsibleAreas
        partnerAreas = counts.partnerAreas
        signedPlans = counts.signedPlans
    }
}
