import PlanModel

/// The joins across all plans that pages need: who does what, where, on which theme and when.
/// Built once by `Catalog.build`; every query after that is an index lookup or a slice.
public struct Catalog: Sendable {
    /// Counties in Swedish order of their short names.
    public internal(set) var counties: [CountyEntry]
    /// Plans by county, then file name.
    public internal(set) var plans: [PlanEntry]
    /// Every area and sub-area of every plan: county, plan, document order.
    public internal(set) var areas: [AreaEntry]
    /// Every activity, by county, plan and document order (earlier versions' too).
    public internal(set) var activities: [ActivityEntry]
    public internal(set) var registry: OrganisationRegistry
    public internal(set) var themes: ThemeVocabulary
    /// Organisations with anything to show, by group (`OrganisationGroupKind` order), then name.
    public internal(set) var organisationGroups: [OrganisationGroup]
    /// One entry per theme, in vocabulary order.
    public internal(set) var themeEntries: [ThemeEntry]
    public internal(set) var comparison: ThemeComparison
    public internal(set) var periods: PeriodTable
    public internal(set) var glossary: Glossary

    var countyIndexBySlug: [String: Int]
    var planIndexByKey: [PlanKey: Int]
    var areaIndexByKey: [AreaKey: Int]
    var activityIndexByKey: [ActivityKey: Int]
    var involvementByID: [String: OrganisationInvolvement]
    var themeEntryIndexByID: [String: Int]
    /// Every plan with more than one version: its versions, oldest first (`versions(of:)`).
    public internal(set) var versionChains: [[Int]] = []
    var versionChainByPlan: [Int: Int] = [:]
    /// The activities the joined pages list and count: those of plans in force (no later
    /// version replaces them), in catalogue order. `CatalogBuilder+InForce.swift`.
    public internal(set) var joinedActivityIndices: [Int] = []
    /// Every activity's due year, or why it has none: the periods page's activities year by year.
    public internal(set) var dueTimes = DueTimes()

    // MARK: - Lookups

    public func county(slug: String) -> CountyEntry? { countyIndexBySlug[slug].map { counties[$0] } }

    public func planIndex(_ key: PlanKey) -> Int? { planIndexByKey[key] }
    public func plan(_ key: PlanKey) -> PlanEntry? { planIndexByKey[key].map { plans[$0] } }

    public func area(_ key: AreaKey) -> AreaEntry? { areaIndexByKey[key].map { areas[$0] } }
    public func areaIndex(_ key: AreaKey) -> Int? { areaIndexByKey[key] }

    public func activityIndex(_ key: ActivityKey) -> Int? { activityIndexByKey[key] }
    public func activity(_ key: ActivityKey) -> ActivityEntry? { activityIndexByKey[key].map { activities[$0] } }
    public func activity(plan: PlanKey, activityID: String) -> ActivityEntry? {
        activity(ActivityKey(plan: plan, activityID: activityID))
    }

    /// A plan's activities, in document order.
    public func activities(of plan: PlanKey) -> ArraySlice<ActivityEntry> {
        guard let index = planIndexByKey[plan] else { return [] }
        return activities[plans[index].activityRange]
    }

    /// A plan's areas, in document order.
    public func areas(of plan: PlanKey) -> ArraySlice<AreaEntry> {
        guard let index = planIndexByKey[plan] else { return [] }
        return areas[plans[index].areaRange]
    }

    /// The versions of the plan at `planIndex`, oldest first, this one among them; empty when the
    /// plan has no other version.
    public func versions(of planIndex: Int) -> [Int] {
        versionChainByPlan[planIndex].map { versionChains[$0] } ?? []
    }

    mutating func setVersionChains(_ chains: [[Int]]) {
        versionChains = chains
        versionChainByPlan = [:]
        for (chain, plans) in chains.enumerated() {
            for plan in plans { versionChainByPlan[plan] = chain }
        }
    }

    public func organisation(id: String) -> Organisation? { registry.organisation(id: id) }

    /// What the organisation does across all plans; nil when no plan names it.
    public func involvement(of organisationID: String) -> OrganisationInvolvement? { involvementByID[organisationID] }

    public func themeEntry(id: String) -> ThemeEntry? { themeEntryIndexByID[id].map { themeEntries[$0] } }

    /// Plans in force in `year`.
    public func plans(inForce year: Int) -> [PlanEntry] { periods.planIndices(inForce: year).map { plans[$0] } }

    /// Activity indices (catalogue order) of plans in force matching every filter given.
    public func activityIndices(county: String? = nil, theme: String? = nil, organisation: String? = nil) -> [Int] {
        var candidates: [Int]
        if let organisation {
            guard let involvement = involvementByID[organisation] else { return [] }
            // Plans come in catalogue order, so the per-plan merges join into one ascending list.
            candidates = involvement.counties.flatMap { county in
                county.plans.flatMap { Self.mergeSorted($0.responsibleActivities, $0.partnerActivities) }
            }
        } else if let theme {
            guard let entry = themeEntry(id: theme) else { return [] }
            candidates = entry.counties.flatMap(\.activityIndices)
        } else if let county {
            guard let entry = self.county(slug: county) else { return [] }
            candidates = Array(joinedActivityIndices(of: entry))
        } else {
            candidates = joinedActivityIndices
        }
        return candidates.filter { index in
            let activity = activities[index]
            if let county, activity.countySlug != county { return false }
            if let theme, !activity.themeIDs.contains(theme) { return false }
            if let organisation, !activity.responsible.organisationIDs.contains(organisation),
               !activity.partners.organisationIDs.contains(organisation) { return false }
            return true
        }
    }

    /// Two ascending lists as one, without repeats.
    static func mergeSorted(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let next: Int
            if j == b.count || (i < a.count && a[i] <= b[j]) {
                next = a[i]; i += 1
            } else {
                next = b[j]; j += 1
            }
            if result.last != next { result.append(next) }
        }
        return result
    }
}
