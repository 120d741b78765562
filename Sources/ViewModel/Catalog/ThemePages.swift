import Catalog

/// The theme vocabulary, each theme with how much the plans have on it.
public struct ThemesPage: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var href: String
        public var description: String?
        public var areaCount: Int
        public var activityCount: Int
        public var countyCount: Int
    }

    public var frame: PageFrame
    public var themes: [Entry]

    public init(frame: PageFrame, catalog: Catalog) {
        self.frame = frame
        themes = catalog.themeEntries.compactMap { entry in
            catalog.themes.theme(id: entry.themeID).map { theme in
                Entry(name: theme.name, href: frame.root + SiteAddress.theme(theme.id),
                      description: StatedText.nonBlank(theme.description), areaCount: entry.areaCount,
                      activityCount: entry.activityCount, countyCount: entry.counties.count)
            }
        }
    }
}

/// One theme: every area tagged with it, by county and plan, and how many activities. The
/// activities are listed in one place only, the activity index narrowed by the theme
/// (`activitiesHref`, and each county's `activitiesHref`).
public struct ThemePage: Sendable {
    public struct County: Sendable {
        /// The anchor of its section: `lan-dalarna`.
        public var id: String
        public var name: String
        public var areaCount: Int
        public var activityCount: Int
        /// The county's activities on the theme in a list, when it has any.
        public var activitiesHref: String?
        public var plans: [Plan]
    }

    public struct Plan: Sendable {
        public var plan: ListedPlan
        public var areaCount: Int
        public var activityCount: Int
        /// The plan's areas on the theme, when it has any.
        public var areas: ItemList?
    }

    public var frame: PageFrame
    public var name: String
    public var description: String?
    public var areaCount: Int
    public var activityCount: Int
    /// The theme's activities in a list.
    public var activitiesHref: String
    /// Only counties that have something tagged.
    public var counties: [County]

    public init(frame: PageFrame, theme: Theme, entry: ThemeEntry, catalog: Catalog) {
        let root = frame.root
        self.frame = frame
        name = theme.name
        description = StatedText.nonBlank(theme.description)
        areaCount = entry.areaCount
        activityCount = entry.activityCount
        activitiesHref = root + SiteAddress.activities(theme: theme.id)
        counties = entry.counties.map { county in
            let plans = Self.byPlan(areas: county.areaIndices, activities: county.activityIndices, catalog: catalog).map { group in
                let areas = group.areas.map { index in
                    ItemList.area(index, in: catalog, root: root, note: catalog.areas[index].themesInherited ? .inheritedTheme : nil)
                }
                return Plan(plan: ListedPlan(group.plan, in: catalog, root: root),
                            areaCount: group.areas.count, activityCount: group.activities.count,
                            areas: ItemList(.areas, items: areas))
            }
            return County(id: "lan-" + county.countySlug,
                          name: catalog.county(slug: county.countySlug)?.name ?? county.countySlug,
                          areaCount: county.areaIndices.count, activityCount: county.activityIndices.count,
                          activitiesHref: county.activityIndices.isEmpty
                              ? nil : root + SiteAddress.activities(county: county.countySlug, theme: theme.id),
                          plans: plans)
        }
    }

    /// Areas and activities (ascending catalogue indices) grouped by plan, in catalogue order.
    static func byPlan(areas: [Int], activities: [Int],
                       catalog: Catalog) -> [(plan: Int, areas: [Int], activities: [Int])] {
        var groups: [(plan: Int, areas: [Int], activities: [Int])] = []
        var i = 0, j = 0
        while i < areas.count || j < activities.count {
            let areaPlan = i < areas.count ? catalog.areas[areas[i]].planIndex : Int.max
            let activityPlan = j < activities.count ? catalog.activities[activities[j]].planIndex : Int.max
            let plan = min(areaPlan, activityPlan)
            var group = (plan: plan, areas: [Int](), activities: [Int]())
            while i < areas.count, catalog.areas[areas[i]].planIndex == plan { group.areas.append(areas[i]); i += 1 }
            while j < activities.count, catalog.activities[activities[j]].planIndex == plan {
                group.activities.append(activities[j]); j += 1
            }
            groups.append(group)
        }
        return groups
    }
}
