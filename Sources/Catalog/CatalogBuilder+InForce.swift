import PlanModel

/// The joins count plans in force only. A plan that a later version replaces (some file's
/// `replaces:` names it) keeps its own pages and formats at its own address, but the pages joined
/// across counties (organisations, themes, the comparison, the activity index, the periods and
/// the follow-up view) leave it out, so that an activity carried into the new version is not
/// counted twice. The joins are gathered plan by plan before the versions are known (a revision
/// may come after the plan it replaces), so this is done once, here, when they are.
extension CatalogBuilder {
    /// Takes the replaced plans' areas, activities and signatures out of the joins gathered so
    /// far. Linear: each involvement, theme entry and replaced activity is looked at once.
    mutating func leaveReplacedPlansOutOfJoins() {
        let replaced = plans.map(\.isReplaced)
        guard replaced.contains(true) else { return }
        for id in Array(involvements.keys) {
            var record = involvements[id]!
            for c in record.counties.indices {
                record.counties[c].plans.removeAll { replaced[$0.planIndex] }
            }
            record.counties.removeAll { $0.plans.isEmpty }
            involvements[id] = record.counties.isEmpty ? nil : record
        }
        for t in themeCounties.indices {
            for c in themeCounties[t].indices {
                themeCounties[t][c].areaIndices.removeAll { replaced[areas[$0].planIndex] }
                themeCounties[t][c].activityIndices.removeAll { replaced[activities[$0].planIndex] }
            }
            themeCounties[t].removeAll { $0.areaIndices.isEmpty && $0.activityIndices.isEmpty }
        }
        for plan in plans where plan.isReplaced {
            for activity in activities[plan.activityRange] {
                if activity.themeIDs.isEmpty { untagged[plan.countyIndex] -= 1 }
                for id in activity.themeIDs {
                    guard let themeIndex = themes.index(ofID: id) else { continue }
                    comparisonCounts[themeIndex][plan.countyIndex] -= 1
                }
            }
        }
    }

    /// The years from the earliest first year to the latest last year of the plans in force,
    /// and which of them are in force each year.
    func makePeriods() -> PeriodTable {
        let inForce = plans.indices.filter { !plans[$0].isReplaced && plans[$0].period.first <= plans[$0].period.last }
        guard let first = inForce.map({ plans[$0].period.first }).min(),
              let last = inForce.map({ plans[$0].period.last }).max() else { return PeriodTable(years: []) }
        var years = (first...last).map { PeriodYear(year: $0, planIndices: []) }
        for index in inForce {
            for year in plans[index].period.years { years[year - first].planIndices.append(index) }
        }
        return PeriodTable(years: years)
    }
}

extension Catalog {
    /// The activities of the plans in force, in catalogue order, and each county's run of them.
    mutating func setJoinedActivities() {
        joinedActivityIndices = activities.indices.filter { !plans[activities[$0].planIndex].isReplaced }
        var position = 0
        for c in counties.indices {
            let start = position
            while position < joinedActivityIndices.count,
                  activities[joinedActivityIndices[position]].countySlug == counties[c].slug {
                position += 1
            }
            counties[c].joinedActivityRange = start..<position
        }
    }

    /// The plans the joined pages list: those no later version replaces, in catalogue order.
    public var joinedPlanIndices: [Int] { plans.indices.filter { !plans[$0].isReplaced } }

    /// The county's activities of plans in force, as indices into `activities`.
    public func joinedActivityIndices(of county: CountyEntry) -> ArraySlice<Int> {
        joinedActivityIndices[county.joinedActivityRange]
    }
}
