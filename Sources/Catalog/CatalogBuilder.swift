import PlanModel
import PlanParser

extension Catalog {
    /// Builds the catalogue in one pass over all plans. Every step uses a dictionary or an
    /// array index, so the work grows with the size of the content, never with its square.
    ///
    /// Diagnostics: a warning for each organisation name that the registry does not know (on
    /// `Ansvar:` and `Samverkansparter:` lines, in activity tables and in signatory tables), an
    /// error for each unknown theme and a warning for each area without a theme. Plans are
    /// taken as given; leave drafts out before calling when they should not be published.
    public static func build(plans: [Plan], counties: [County], registry: OrganisationRegistry,
                             themes: ThemeVocabulary) -> (Catalog, [Diagnostic]) {
        var builder = CatalogBuilder(counties: counties, planCountySlugs: plans.map(\.countySlug),
                                     registry: registry, themes: themes)
        let rank = builder.countyIndexBySlug
        let sortedPlans = plans.sorted { a, b in
            let ra = rank[a.countySlug]!, rb = rank[b.countySlug]!
            return ra != rb ? ra < rb : a.slug < b.slug
        }
        for plan in sortedPlans { builder.add(plan) }
        return builder.finish()
    }
}

/// The catalogue built one plan at a time, for a build that streams its plans: only the plan
/// being added need be in memory. Adding the same plans as `Catalog.build` gets, in
/// `isInCatalogueOrder` order, gives the same catalogue and the same diagnostics.
public struct CatalogAccumulator: Sendable {
    private var builder: CatalogBuilder

    /// `planCountySlugs` are the counties of the plans to come (a county that `counties` lacks
    /// joins the catalogue under its slug, as in `Catalog.build`).
    public init(counties: [County], planCountySlugs: [String], registry: OrganisationRegistry,
                themes: ThemeVocabulary) {
        builder = CatalogBuilder(counties: counties, planCountySlugs: planCountySlugs, registry: registry,
                                 themes: themes)
    }

    /// The order plans must be added in: by county (Swedish order of the counties' short
    /// names), then by file name. Plans of counties the catalogue does not know come last.
    public func isInCatalogueOrder(_ a: PlanKey, _ b: PlanKey) -> Bool {
        let ra = builder.countyIndexBySlug[a.countySlug] ?? Int.max
        let rb = builder.countyIndexBySlug[b.countySlug] ?? Int.max
        return ra != rb ? ra < rb : a.planSlug < b.planSlug
    }

    public mutating func add(_ plan: Plan) { builder.add(plan) }

    public mutating func finish() -> (Catalog, [Diagnostic]) { builder.finish() }
}

struct CatalogBuilder: Sendable {
    let registry: OrganisationRegistry
    let themes: ThemeVocabulary
    var diagnostics: [Diagnostic] = []

    var counties: [CountyEntry]
    var countyIndexBySlug: [String: Int] = [:]
    var plans: [PlanEntry] = []
    var areas: [AreaEntry] = []
    var activities: [ActivityEntry] = []
    var planIndexByKey: [PlanKey: Int] = [:]
    var areaIndexByKey: [AreaKey: Int] = [:]
    var activityIndexByKey: [ActivityKey: Int] = [:]

    /// Per organisation id, in order of first appearance.
    var involvements: [String: OrganisationInvolvement] = [:]
    /// Per theme, in vocabulary order.
    var themeCounties: [[ThemeCounty]]
    var comparisonCounts: [[Int]]
    var untagged: [Int]
    var glossaryTerms: [(key: String, term: GlossaryTerm)] = []
    var glossaryIndexByKey: [String: Int] = [:]

    /// Resolutions and hints by county and text: the same wording recurs in many places.
    var resolutionCache: [String: MentionResolution] = [:]
    var hintCache: [String: String] = [:]

    /// Links to other plans, checked in `finish` when every plan is known.
    var pendingPlanLinks: [(from: Int, link: PlanLink, kind: PlanLinkKind)] = []
    var anchorsByPlan: [PlanKey: Set<String>] = [:]
    /// Where each plan's `replaces:` stands, for the errors of `finishVersions`.
    var replacesLocations: [Int: SourceLocation] = [:]
    /// The latest status of each activity of the plan being added, by activity id.
    var statusesOfPlan: [String: LatestStatus] = [:]
    /// Each activity's due year, or why it has none (`addDueTimes`).
    var dueTimes = DueTimes()

    init(counties given: [County], planCountySlugs: [String], registry: OrganisationRegistry, themes: ThemeVocabulary) {
        self.registry = registry
        self.themes = themes
        var bySlug: [String: County] = [:]
        for county in given where bySlug[county.slug] == nil { bySlug[county.slug] = county }
        for slug in planCountySlugs where bySlug[slug] == nil {
            bySlug[slug] = County(slug: slug, name: slug, shortName: slug, descriptionHTML: "", descriptionText: "")
        }
        let ordered = bySlug.values.map { (county: $0, key: SwedishOrder.key($0.shortName)) }
            .sorted { a, b in a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.county.slug < b.county.slug }
            .map(\.county)
        counties = ordered.map {
            CountyEntry(slug: $0.slug, name: $0.name, shortName: $0.shortName, planIndices: [], activityRange: 0..<0)
        }
        for (index, county) in ordered.enumerated() { countyIndexBySlug[county.slug] = index }
        themeCounties = Array(repeating: [], count: themes.themes.count)
        comparisonCounts = Array(repeating: Array(repeating: 0, count: ordered.count), count: themes.themes.count)
        untagged = Array(repeating: 0, count: ordered.count)
    }

    // MARK: - One plan

    /// What a section passes on to the sections and activities inside it.
    struct Context {
        var titles: [String] = []
        var themeIDs: [String] = []
        var responsible: Parties?
        var partners: Parties?
        var areaIndex: Int?
    }

    mutating func add(_ plan: Plan) {
        let key = PlanKey(plan)
        guard planIndexByKey[key] == nil else { return }
        let planIndex = plans.count
        let countyIndex = countyIndexBySlug[plan.countySlug]!
        planIndexByKey[key] = planIndex
        counties[countyIndex].planIndices.append(planIndex)
        if counties[countyIndex].planIndices.count == 1 {
            counties[countyIndex].activityRange = activities.count..<activities.count
        }
        plans.append(PlanEntry(
            key: key, title: plan.title, subtitle: plan.subtitle, kind: plan.kind, publisher: plan.publisher,
            period: plan.period, adopted: plan.adopted, summary: plan.summary, isDraft: plan.isDraft,
            countyIndex: countyIndex, areaRange: areas.count..<areas.count,
            activityRange: activities.count..<activities.count, themeIDs: [], signatoryIDs: [],
            sourceFile: plan.sourceFile, implements: nil, implementedBy: [],
            followUpCount: plan.followUps.count, latestFollowUp: plan.followUps.last?.date))
        // The one reading of the reports that the plan's own pages use too.
        statusesOfPlan = plan.latestStatuses

        var planThemes: Set<String> = []
        for section in plan.sections {
            let result = walk(section, plan: plan, planIndex: planIndex, context: Context(), planThemes: &planThemes)
            if result.untaggedAreaRoot { warnWithoutTheme(section) }
        }
        addPreambleActivities(plan, planIndex: planIndex)

        var signatories: [String] = []
        for signatory in plan.signatories {
            guard let name = signatory.organisation, !SwedishText.trimmed(name).isEmpty else { continue }
            for id in resolve(MentionList(text: name, mentions: [Mention(text: name, location: signatory.location)]),
                              county: plan.countySlug) where !signatories.contains(id) {
                signatories.append(id)
            }
        }
        for id in signatories {
            involve(id, planIndex: planIndex) { $0.signed = true; $0.counts.signedPlans = 1 }
        }
        plans[planIndex].signatoryIDs = signatories
        plans[planIndex].areaRange = plans[planIndex].areaRange.lowerBound..<areas.count
        plans[planIndex].activityRange = plans[planIndex].activityRange.lowerBound..<activities.count
        plans[planIndex].themeIDs = themes.themes.map(\.id).filter { planThemes.contains($0) }
        counties[countyIndex].activityRange = counties[countyIndex].activityRange.lowerBound..<activities.count
        addGlossary(plan, planIndex: planIndex)
        addPlanLinks(plan, planIndex: planIndex)
        addDueTimes(plan, planIndex: planIndex)
    }

    /// The parser reports activity tables before the first heading as errors, so there are
    /// none in a plan that parsed; this only keeps the catalogue complete if that changes.
    private mutating func addPreambleActivities(_ plan: Plan, planIndex: Int) {
        for block in plan.preamble {
            guard case .activities(let table) = block else { continue }
            for activity in table.activities {
                addActivity(activity, plan: plan, planIndex: planIndex, context: Context())
            }
        }
    }

    struct WalkResult {
        /// Some section of the subtree has a `Tema:` line.
        var declaresThemes: Bool
        /// An area with no theme, in a subtree without any: warn here unless the parent is one too.
        var untaggedAreaRoot: Bool
    }

    private mutating func walk(_ section: Section, plan: Plan, planIndex: Int, context outer: Context,
                               planThemes: inout Set<String>) -> WalkResult {
        var context = outer
        context.titles.append(section.title)
        let ownThemes = resolveThemes(section)
        if !ownThemes.isEmpty { context.themeIDs = ownThemes }
        let themesInherited = ownThemes.isEmpty && !context.themeIDs.isEmpty
        let county = plan.countySlug

        var ownResponsible = Parties.nobody
        if let list = section.responsible, !list.mentions.isEmpty {
            ownResponsible = Parties(organisationIDs: resolve(list, county: county), source: .own,
                                     text: list.text, sectionID: section.id)
            context.responsible = ownResponsible
        }
        var ownPartners = Parties.nobody
        if let list = section.partners, !list.mentions.isEmpty {
            ownPartners = Parties(organisationIDs: resolve(list, county: county), source: .own,
                                  text: list.text, sectionID: section.id)
            context.partners = ownPartners
        }

        var areaIndex: Int?
        if section.kind == .area {
            let index = areas.count
            areaIndex = index
            let key = AreaKey(plan: PlanKey(plan), sectionID: section.id)
            if areaIndexByKey[key] == nil { areaIndexByKey[key] = index }
            areas.append(AreaEntry(
                key: key, planIndex: planIndex, countySlug: county, label: section.label, title: section.title,
                headingText: section.headingText, path: context.titles, parentAreaIndex: outer.areaIndex,
                themeIDs: context.themeIDs, themesInherited: themesInherited, responsible: ownResponsible,
                partners: ownPartners, activityRange: activities.count..<activities.count,
                location: section.location, goals: section.objectives.map { "\($0.label): \($0.text)" }))
            context.areaIndex = index
            planThemes.formUnion(context.themeIDs)
            let countyIndex = countyIndexBySlug[county]!
            for id in context.themeIDs {
                guard let themeIndex = themes.index(ofID: id) else { continue }
                appendTheme(themeIndex, countyIndex: countyIndex, area: index)
            }
            for id in ownResponsible.organisationIDs {
                involve(id, planIndex: planIndex) { $0.responsibleAreas.append(index); $0.counts.responsibleAreas += 1 }
            }
            for id in ownPartners.organisationIDs {
                involve(id, planIndex: planIndex) { $0.partnerAreas.append(index); $0.counts.partnerAreas += 1 }
            }
        }

        var ownActivities = 0
        // A list after the sub-areas (`### Aktiviteter`) is the area's own too.
        for block in section.content + (section.contentAfterChildren ?? []) {
            guard case .activities(let table) = block else { continue }
            for activity in table.activities {
                addActivity(activity, plan: plan, planIndex: planIndex, context: context)
                ownActivities += 1
            }
        }

        var declares = !section.themes.isEmpty
        var untaggedChildren: [Section] = []
        for child in section.children {
            let result = walk(child, plan: plan, planIndex: planIndex, context: context, planThemes: &planThemes)
            declares = declares || result.declaresThemes
            if result.untaggedAreaRoot { untaggedChildren.append(child) }
        }
        if let areaIndex {
            areas[areaIndex].activityRange = areas[areaIndex].activityRange.lowerBound..<activities.count
        }

        let untagged = section.kind == .area && context.themeIDs.isEmpty && section.themes.isEmpty
        if untagged && !declares {
            // The whole subtree lacks a theme: one warning, at the outermost such area.
            return WalkResult(declaresThemes: false, untaggedAreaRoot: true)
        }
        for child in untaggedChildren { warnWithoutTheme(child) }
        if untagged && ownActivities > 0 { warnWithoutTheme(section) }
        return WalkResult(declaresThemes: declares, untaggedAreaRoot: false)
    }

    private mutating func addActivity(_ activity: Activity, plan: Plan, planIndex: Int, context: Context) {
        let county = plan.countySlug
        let countyIndex = countyIndexBySlug[county]!
        let index = activities.count
        let key = ActivityKey(plan: PlanKey(plan), activityID: activity.id)
        if activityIndexByKey[key] == nil { activityIndexByKey[key] = index }

        var responsible = Parties.nobody
        if let list = activity.responsible, !list.mentions.isEmpty {
            responsible = Parties(organisationIDs: resolve(list, county: county), source: .own,
                                  text: list.text, sectionID: nil)
        } else if var inherited = context.responsible {
            inherited.source = .inherited
            responsible = inherited
        }
        var partners = Parties.nobody
        if let list = activity.partners, !list.mentions.isEmpty {
            partners = Parties(organisationIDs: resolve(list, county: county), source: .own,
                               text: list.text, sectionID: nil)
        } else if var inherited = context.partners {
            inherited.source = .inherited
            partners = inherited
        }

        activities.append(ActivityEntry(
            key: key, planIndex: planIndex, countySlug: county, number: activity.number, text: activity.text,
            when: activity.when, sectionPath: context.titles,
            areaIndex: context.areaIndex, responsible: responsible, partners: partners,
            themeIDs: context.themeIDs, location: activity.location,
            status: statusesOfPlan[activity.id]?.entry.status))

        for id in responsible.organisationIDs {
            involve(id, planIndex: planIndex) { $0.responsibleActivities.append(index); $0.counts.responsibleActivities += 1 }
        }
        for id in partners.organisationIDs {
            involve(id, planIndex: planIndex) { $0.partnerActivities.append(index); $0.counts.partnerActivities += 1 }
        }
        if context.themeIDs.isEmpty { untagged[countyIndex] += 1 }
        for id in context.themeIDs {
            guard let themeIndex = themes.index(ofID: id) else { continue }
            comparisonCounts[themeIndex][countyIndex] += 1
            appendTheme(themeIndex, countyIndex: countyIndex, activity: index)
        }
    }

    // MARK: - Resolving

    /// The section's own themes as vocabulary ids; each unknown one is an error.
    private mutating func resolveThemes(_ section: Section) -> [String] {
        var ids: [String] = []
        for text in section.themes {
            if let theme = themes.resolve(text) {
                if !ids.contains(theme.id) { ids.append(theme.id) }
            } else if !themes.isUnreadable {
                let location = section.themesLocation ?? section.location
                diagnostics.append(Diagnostic(.error, at: location, CatalogMessages.unknownTheme(text),
                    hint: CatalogMessages.unknownThemeHint(closest: themes.suggestions(for: text),
                                                           all: themes.themes.map(\.id))))
            }
        }
        return ids
    }

    /// Organisation ids of a mention list, with a warning for each unknown piece.
    private mutating func resolve(_ list: MentionList, county: String) -> [String] {
        var ids: [String] = []
        for mention in list.mentions {
            let cacheKey = county + "\u{0}" + mention.text
            let resolution: MentionResolution
            if let cached = resolutionCache[cacheKey] {
                resolution = cached
            } else {
                resolution = registry.resolve(mention.text, county: county)
                resolutionCache[cacheKey] = resolution
            }
            for id in resolution.organisationIDs where !ids.contains(id) { ids.append(id) }
            for piece in resolution.unknown {
                let hintKey = county + "\u{0}" + piece
                let hint: String
                if let cached = hintCache[hintKey] {
                    hint = cached
                } else {
                    hint = CatalogMessages.unknownOrganisationHint(registry.suggestions(for: piece, county: county))
                    hintCache[hintKey] = hint
                }
                diagnostics.append(Diagnostic(.warning, at: mention.location,
                    CatalogMessages.unknownOrganisation(piece), hint: hint))
            }
        }
        return ids
    }

    private mutating func warnWithoutTheme(_ section: Section) {
        diagnostics.append(Diagnostic(.warning, at: section.location, CatalogMessages.areaWithoutTheme,
            hint: CatalogMessages.areaWithoutThemeHint(themes.themes.map(\.id))))
    }

    // MARK: - Accumulating

    /// Changes the organisation's record for the plan being added (plans come in catalogue
    /// order, so the last county and plan of the record are the current ones, if any).
    private mutating func involve(_ id: String, planIndex: Int, _ change: (inout PlanInvolvement) -> Void) {
        let countySlug = plans[planIndex].key.countySlug
        var record = involvements.removeValue(forKey: id)
            ?? OrganisationInvolvement(organisationID: id, counties: [], counts: InvolvementCounts())
        if record.counties.last?.countySlug != countySlug {
            record.counties.append(CountyInvolvement(countySlug: countySlug, plans: [], counts: InvolvementCounts()))
        }
        let c = record.counties.count - 1
        if record.counties[c].plans.last?.planIndex != planIndex {
            record.counties[c].plans.append(PlanInvolvement(planIndex: planIndex))
        }
        change(&record.counties[c].plans[record.counties[c].plans.count - 1])
        involvements[id] = record
    }

    private mutating func appendTheme(_ themeIndex: Int, countyIndex: Int, area: Int? = nil, activity: Int? = nil) {
        let slug = counties[countyIndex].slug
        if themeCounties[themeIndex].last?.countySlug != slug {
            themeCounties[themeIndex].append(ThemeCounty(countySlug: slug, areaIndices: [], activityIndices: []))
        }
        let last = themeCounties[themeIndex].count - 1
        if let area { themeCounties[themeIndex][last].areaIndices.append(area) }
        if let activity { themeCounties[themeIndex][last].activityIndices.append(activity) }
    }

    private mutating func addGlossary(_ plan: Plan, planIndex: Int) {
        for entry in plan.glossary {
            let key = SwedishText.matchKey(entry.term)
            guard !key.isEmpty else { continue }
            let definition = GlossaryDefinition(text: entry.definition, html: entry.definitionHTML,
                                                planIndex: planIndex, location: entry.location)
            if let index = glossaryIndexByKey[key] {
                glossaryTerms[index].term.definitions.append(definition)
            } else {
                glossaryIndexByKey[key] = glossaryTerms.count
                let term = SwedishText.matchKeyPreservingCase(entry.term)
                glossaryTerms.append((key, GlossaryTerm(term: term, anchor: "", isAbbreviation: Glossary.isAbbreviation(term),
                                                         definitions: [definition])))
            }
        }
    }

    // MARK: - Finishing

    mutating func finish() -> (Catalog, [Diagnostic]) {
        finishPlanLinks()
        let versionChains = finishVersions()
        leaveReplacedPlansOutOfJoins()
        // Organisations with something to show, by group and name.
        var grouped: [OrganisationGroupKind: [Organisation]] = [:]
        for id in involvements.keys {
            guard let organisation = registry.organisation(id: id) else { continue }
            grouped[organisation.kind.group, default: []].append(organisation)
        }
        var groups: [OrganisationGroup] = []
        for kind in OrganisationGroupKind.allCases {
            guard let members = grouped[kind] else { continue }
            let sorted = members.map { (organisation: $0, key: SwedishOrder.key($0.name)) }.sorted { a, b in
                a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.organisation.id < b.organisation.id
            }
            groups.append(OrganisationGroup(kind: kind, organisationIDs: sorted.map(\.organisation.id)))
        }
        for id in Array(involvements.keys) {
            var record = involvements[id]!
            var total = InvolvementCounts()
            for c in record.counties.indices {
                record.counties[c].counts = record.counties[c].plans.reduce(InvolvementCounts()) { $0 + $1.counts }
                total = total + record.counties[c].counts
            }
            record.counts = total
            involvements[id] = record
        }

        var themeEntries: [ThemeEntry] = []
        var themeIndexByID: [String: Int] = [:]
        for (index, theme) in themes.themes.enumerated() {
            let counties = themeCounties[index]
            themeIndexByID[theme.id] = index
            themeEntries.append(ThemeEntry(themeID: theme.id, counties: counties,
                                           areaCount: counties.reduce(0) { $0 + $1.areaIndices.count },
                                           activityCount: counties.reduce(0) { $0 + $1.activityIndices.count }))
        }
        let countyTotals = counties.indices.map { column in comparisonCounts.reduce(0) { $0 + $1[column] } }
        let comparison = ThemeComparison(
            themeIDs: themes.themes.map(\.id), countySlugs: counties.map(\.slug), counts: comparisonCounts,
            themeTotals: comparisonCounts.map { $0.reduce(0, +) }, countyTotals: countyTotals,
            total: countyTotals.reduce(0, +), untagged: untagged)

        let glossary = makeGlossary()

        var catalog = Catalog(
            counties: counties, plans: plans, areas: areas, activities: activities, registry: registry,
            themes: themes, organisationGroups: groups, themeEntries: themeEntries, comparison: comparison,
            periods: makePeriods(), glossary: glossary, countyIndexBySlug: countyIndexBySlug,
            planIndexByKey: planIndexByKey, areaIndexByKey: areaIndexByKey, activityIndexByKey: activityIndexByKey,
            involvementByID: involvements, themeEntryIndexByID: themeIndexByID)
        catalog.setVersionChains(versionChains)
        catalog.setJoinedActivities()
        catalog.dueTimes = dueTimes.joined(plans, counties: counties.count)
        return (catalog, diagnostics.sorted())
    }

    private func makeGlossary() -> Glossary {
        let sorted = glossaryTerms.map { (entry: $0, key: SwedishOrder.key($0.term.term)) }.sorted { a, b in
            a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.entry.key < b.entry.key
        }
        var used: Set<String> = []
        var terms: [GlossaryTerm] = []
        for (entry, _) in sorted {
            var term = entry.term
            let base = GlossaryTerm.baseAnchor(term.term)
            var anchor = base
            var counter = 2
            while !used.insert(anchor).inserted {
                anchor = "\(base)-\(counter)"
                counter += 1
            }
            term.anchor = anchor
            terms.append(term)
        }
        return Glossary(terms: terms)
    }
}
