import PlanModel

/// The follow-up view joined across counties: the latest status of the activities of the plans
/// in force, counted by county, by theme and by organisation. Only plans with at least one
/// follow-up report are counted; those without are named, not counted as "not started".
public struct FollowUpOverview: Sendable {
    public struct CountyRow: Sendable {
        public var countySlug: String
        /// Its followed-up plans in force, in catalogue order (indices into `Catalog.plans`).
        public var planIndices: [Int]
        public var counts: StatusCounts
    }

    public struct ThemeRow: Sendable {
        public var themeID: String
        public var counts: StatusCounts
    }

    public struct OrganisationRow: Sendable {
        public var organisationID: String
        public var counts: StatusCounts
    }

    /// Counties with a followed-up plan in force, in catalogue order.
    public var byCounty: [CountyRow]
    /// Themes with activities in followed-up plans, in vocabulary order.
    public var byTheme: [ThemeRow]
    /// Organisations named by activities of followed-up plans, by group, then name.
    public var byOrganisation: [OrganisationRow]
    /// Every activity of the plans in force.
    public var total: StatusCounts
    /// Plans in force without any follow-up report, in catalogue order.
    public var plansWithoutFollowUp: [Int]
}

extension Catalog {
    /// The joined follow-up view. Linear: each activity of a plan in force is counted once for
    /// its county, once per theme and once per organisation it names.
    public func followUpOverview() -> FollowUpOverview {
        var byCounty: [FollowUpOverview.CountyRow] = []
        var without: [Int] = []
        for county in counties {
            var row = FollowUpOverview.CountyRow(countySlug: county.slug, planIndices: [], counts: StatusCounts())
            for index in county.planIndices where !plans[index].isReplaced {
                if plans[index].followUpCount > 0 {
                    row.planIndices.append(index)
                    row.counts = row.counts + statusCounts(plans[index].activityRange)
                } else {
                    without.append(index)
                }
            }
            if !row.planIndices.isEmpty { byCounty.append(row) }
        }
        let byTheme = themeEntries.compactMap { entry -> FollowUpOverview.ThemeRow? in
            let counts = statusCounts(entry.counties.lazy.flatMap(\.activityIndices))
            return counts.followedUp > 0 ? FollowUpOverview.ThemeRow(themeID: entry.themeID, counts: counts) : nil
        }
        let byOrganisation = organisationGroups.flatMap(\.organisationIDs).compactMap { id -> FollowUpOverview.OrganisationRow? in
            let counts = statusCounts(activityIndices(organisation: id))
            return counts.followedUp > 0 ? FollowUpOverview.OrganisationRow(organisationID: id, counts: counts) : nil
        }
        return FollowUpOverview(byCounty: byCounty, byTheme: byTheme, byOrganisation: byOrganisation,
                                total: statusCounts(joinedActivityIndices), plansWithoutFollowUp: without)
    }
}

extension StatusCounts {
    static func + (a: StatusCounts, b: StatusCounts) -> StatusCounts {
        var sum = a
        for i in sum.byStatus.indices { sum.byStatus[i] += b.byStatus[i] }
        sum.notReported += b.notReported
        sum.withoutFollowUp += b.withoutFollowUp
        return sum
    }
}
