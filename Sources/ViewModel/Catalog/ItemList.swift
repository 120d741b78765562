import Foundation
import Catalog
import PlanModel

/// A titled list of areas on an organisation or theme page, each linking its place on the plan
/// page. (Activities are listed on the activity index alone, which those pages link.)
public struct ItemList: Sendable {
    /// What the list holds, for its heading.
    public enum Heading: Sendable {
        /// On an organisation page.
        case responsibleAreas, partnerAreas
        /// On a theme page.
        case areas
    }

    /// An area in the list.
    public struct Item: Sendable {
        /// Why the area is listed here although its own heading does not say so.
        public enum Note: Sendable {
            /// Its theme is the enclosing area's.
            case inheritedTheme
        }

        public var text: String
        public var href: String
        public var note: Note?
        /// The section that holds it: the area's parent area.
        public var place: String?
    }

    public var heading: Heading
    public var items: [Item]

    /// The list, or nil when it is empty.
    init?(_ heading: Heading, items: [Item]) {
        guard !items.isEmpty else { return nil }
        self.heading = heading
        self.items = items
    }

    /// The area at `index` of the catalogue, linked from a page `root` deep.
    static func area(_ index: Int, in catalog: Catalog, root: String, note: Item.Note? = nil) -> Item {
        let area = catalog.areas[index]
        let parent = area.parentAreaIndex.map { catalog.areas[$0].headingText }
        return Item(text: area.headingText, href: root + SiteAddress.of(area.target), note: note, place: StatedText.nonBlank(parent))
    }
}

/// A page of the activity index lists at most `activities` activities: a national site's
/// hundreds of thousands would make a page no browser or screen reader could use. Every
/// activity is on its plan's page.
public enum ListLimit {
    /// The most activities one joined page lists.
    public static let activities = 5_000
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
