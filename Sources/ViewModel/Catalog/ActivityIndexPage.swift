/// The activity index, whole or narrowed by county, theme, organisation, or county and theme:
/// the activities grouped by county, then by plan. Narrowing works by links; on the whole list
/// `assets/aktiviteter.js` also filters in place.
public struct ActivityIndexPage: Sendable {
    /// A link to a page that says more.
    public struct Link: Sendable {
        public var name: String
        /// From this page.
        public var href: String
    }

    /// A link to a narrower list, with how many activities it has (none: no link).
    public struct NarrowLink: Sendable {
        public var name: String
        /// From this page.
        public var href: String
        public var count: Int
    }

    /// `Per län` and its links.
    public struct Narrowing: Sendable {
        public var heading: String
        public var links: [NarrowLink]
    }

    /// A value of one of the filter's select boxes.
    public struct Option: Sendable {
        public var value: String
        public var name: String
    }

    /// The form that filters the whole list in place.
    public struct Filter: Sendable {
        public var counties: [Option]
        public var themes: [Option]
        public var organisations: [Option]
        /// The latest follow-up status (`FollowUpState.code`); empty when all activities share one.
        public var statuses: [Option]
    }

    /// What the script filters an activity on: slugs and ids, separated by spaces.
    public struct Facets: Sendable {
        public var county: String
        public var themes: String
        public var organisations: String
        /// `FollowUpState.code`: `genomford`, `ej-rapporterad`, `ingen-uppfoljning` …
        public var status: String
    }

    public struct Item: Sendable {
        public var text: String
        /// The activity's row on its plan's page, from this page.
        public var href: String
        /// `1. Höjd utbildningsnivå. Tema: Utbildning och språk. Ansvar: Region Jämtland Härjedalen.`
        public var meta: String
        /// Only on the whole list, which the script filters.
        public var facets: Facets?
    }

    public struct Plan: Sendable {
        public var title: String
        /// From this page.
        public var href: String
        /// The plan's activities on this list, all of them, shown or not.
        public var count: Int
        /// Those within the page's limit.
        public var items: [Item]
    }

    public struct County: Sendable {
        public var name: String
        public var count: Int
        public var plans: [Plan]
    }

    public var frame: PageFrame
    /// `Aktiviteter i Jämtlands län`
    public var title: String
    public var description: String
    /// How many activities the list has, in how many plans.
    public var activityCount: Int
    public var planCount: Int
    public var related: [Link]
    public var narrowing: [Narrowing]
    /// The whole list's narrowing by organisation, folded away; nil elsewhere or when there is none.
    public var organisations: [NarrowLink]?
    /// Only on the whole list, when it lists its activities.
    public var filter: Filter?
    /// The whole list with more activities than a page can list: only the narrowed pages list them.
    public var tooMany: Bool
    /// How many activities the page lists, when the limit left some out.
    public var shownCount: Int?
    /// Empty when `tooMany`.
    public var counties: [County]
}
