import Catalog

/// Themes × counties: activities (linked to the narrowed activity list) and areas in each cell.
public struct ComparisonPage: Sendable {
    /// A county at the head of its column.
    public struct Column: Sendable {
        /// The short name: `Dalarna`.
        public var name: String
        public var href: String
    }

    public struct Cell: Sendable {
        public var activities: Int
        public var areas: Int
        /// The activities in a list; nil when there are none.
        public var href: String?
        /// The county's short name; nil for the sum over all counties.
        public var county: String?
        /// The theme's name; nil for the sum over all themes.
        public var theme: String?
    }

    public struct Row: Sendable {
        public var name: String
        public var href: String
        public var cells: [Cell]
        public var total: Cell
    }

    public var frame: PageFrame
    public var columns: [Column]
    public var rows: [Row]
    public var totals: [Cell]
    public var grandTotal: Cell
    /// Counties whose plans have areas but no activities at all: their columns are zero.
    public var countiesWithoutActivities: [String]
    /// Activities without any theme.
    public var untagged: Int

    public init(frame: PageFrame, catalog: Catalog) {
        let root = frame.root
        let comparison = catalog.comparison
        self.frame = frame
        // Areas per theme and county, from the theme entries.
        var areaCounts = Array(repeating: Array(repeating: 0, count: comparison.countySlugs.count),
                               count: comparison.themeIDs.count)
        let column = Dictionary(uniqueKeysWithValues: comparison.countySlugs.enumerated().map { ($1, $0) })
        for (row, id) in comparison.themeIDs.enumerated() {
            for county in catalog.themeEntry(id: id)?.counties ?? [] {
                if let c = column[county.countySlug] { areaCounts[row][c] = county.areaIndices.count }
            }
        }
        func shortName(_ slug: String) -> String { catalog.county(slug: slug)?.shortName ?? slug }
        func cell(activities: Int, areas: Int, target: String, county: String?, theme: String?) -> Cell {
            Cell(activities: activities, areas: areas, href: activities > 0 ? root + target : nil, county: county, theme: theme)
        }
        columns = comparison.countySlugs.map { Column(name: shortName($0), href: root + SiteAddress.county($0)) }
        rows = comparison.themeIDs.enumerated().map { row, id in
            let name = catalog.themes.theme(id: id)?.name ?? id
            let cells = comparison.countySlugs.enumerated().map { c, slug in
                cell(activities: comparison.counts[row][c], areas: areaCounts[row][c],
                     target: SiteAddress.activities(county: slug, theme: id), county: shortName(slug), theme: name)
            }
            return Row(name: name, href: root + SiteAddress.theme(id), cells: cells,
                       total: cell(activities: comparison.themeTotals[row], areas: areaCounts[row].reduce(0, +),
                                   target: SiteAddress.activities(theme: id), county: nil, theme: name))
        }
        totals = comparison.countySlugs.enumerated().map { c, slug in
            cell(activities: comparison.countyTotals[c], areas: areaCounts.reduce(0) { $0 + $1[c] },
                 target: SiteAddress.activities(county: slug), county: shortName(slug), theme: nil)
        }
        grandTotal = cell(activities: comparison.total, areas: areaCounts.reduce(0) { $0 + $1.reduce(0, +) },
                          target: SiteAddress.activities, county: nil, theme: nil)
        countiesWithoutActivities = catalog.counties.filter { county in
            county.joinedActivityRange.isEmpty && county.planIndices.contains {
                !catalog.plans[$0].isReplaced && !catalog.plans[$0].areaRange.isEmpty
            }
        }.map(\.name)
        untagged = comparison.untagged.reduce(0, +)
    }
}
