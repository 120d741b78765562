import Catalog
import Foundation
import PlanModel
import Site
import Testing

/// The joins count plans in force only: the example county's (`examples/content/`, fictional)
/// revised plan replaces its first version, whose pages stay but whose activities the joined
/// pages must not count a second time. Also where each activity stands by the follow-ups.
@Suite struct PlansInForceTests {
    static let earlier = PlanKey(countySlug: "exempellan", planSlug: "handlingsplan-integration-2024-2026")
    static let revised = PlanKey(countySlug: "exempellan", planSlug: "handlingsplan-integration-2024-2026-reviderad-2025")

    /// The example content, copied into a temporary folder and loaded as the build loads it.
    static let example: LoadedContent = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-in-force-\(UUID().uuidString)")
        let content = root.appendingPathComponent("content")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try? FileManager.default.copyItem(at: RealContent.repositoryRoot.appendingPathComponent("examples/content"), to: content)
        defer { try? FileManager.default.removeItem(at: root) }
        return ContentLoader.load(contentDirectory: content.path, displayRoot: "examples/content")
    }()

    /// The catalogue of the example's plans, or of those `keep` lets through.
    static func catalogue(_ keep: (Plan) -> Bool = { _ in true }) -> (Catalog, [Diagnostic]) {
        let content = example
        let organisations = content.dataFiles["organisations.yml"]!, themes = content.dataFiles["themes.yml"]!
        let registry = OrganisationRegistry.load(organisations.text, file: organisations.file,
                                                 countySlugs: content.counties.map(\.slug)).registry
        let vocabulary = ThemeVocabulary.load(themes.text, file: themes.file).vocabulary
        return Catalog.build(plans: content.plans.filter(keep), counties: content.counties, registry: registry,
                             themes: vocabulary)
    }

    /// What the joined pages count, in plain values: two catalogues that count the same give the same.
    static func joinedCounts(_ catalog: Catalog) -> [String] {
        var lines: [String] = []
        for id in catalog.organisationGroups.flatMap(\.organisationIDs) {
            let involvement = catalog.involvement(of: id)!
            let plans = involvement.counties.flatMap(\.plans).map { catalog.plans[$0.planIndex].key.description }
            lines.append("organisation \(id) \(involvement.counts) \(plans)")
            lines.append("activities of \(id): \(catalog.activityIndices(organisation: id).map { catalog.activities[$0].key.activityID })")
        }
        for entry in catalog.themeEntries {
            lines.append("theme \(entry.themeID) \(entry.areaCount) areas \(entry.activityCount) activities")
        }
        lines.append("comparison \(catalog.comparison.counts) \(catalog.comparison.untagged)")
        lines.append("index \(catalog.activityIndices().map { catalog.activities[$0].key.activityID })")
        for county in catalog.counties {
            lines.append("county \(county.slug) \(catalog.joinedActivityIndices(of: county).count)")
        }
        lines.append("periods \(catalog.periods.years.map { "\($0.year): \($0.planIndices.map { catalog.plans[$0].key.description })" })")
        let due = catalog.dueTimes
        lines.append("due \(due.dated.map { "\(catalog.plans[$0.planIndex].key) \($0.activityID) \($0.year) \($0.notReported)" })")
        lines.append("undated \(due.recurring) \(due.other) \(due.noTime) \(due.hasFollowUps)")
        return lines
    }

    @Test func theJoinsCountWhatTheRevisedPlanAloneWouldCount() throws {
        let (whole, diagnostics) = Self.catalogue()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let (revisedOnly, _) = Self.catalogue { PlanKey($0) != Self.earlier }
        #expect(Self.joinedCounts(whole) == Self.joinedCounts(revisedOnly))
        // The numbers themselves: the revised plan's eight activities, once each.
        #expect(whole.activityIndices().count == 8 && whole.activities.count == 16)
        #expect(whole.activityIndices().allSatisfy { whole.activities[$0].key.plan == Self.revised })
        #expect(whole.themeEntry(id: "arbete")?.activityCount == 4)
        #expect(whole.involvement(of: "arbetsformedlingen")?.counties.flatMap(\.plans).count == 1)
        #expect(whole.periods.planIndices(inForce: 2025) == [try #require(whole.planIndex(Self.revised))])
    }

    @Test func theReplacedPlanStaysInTheCatalogueForItsOwnPages() throws {
        let (catalog, _) = Self.catalogue()
        let earlier = try #require(catalog.plan(Self.earlier))
        #expect(earlier.isReplaced && catalog.plan(Self.revised)?.isReplaced == false)
        #expect(catalog.activities(of: Self.earlier).count == 8)
        #expect(catalog.versions(of: try #require(catalog.planIndex(Self.earlier))).count == 2)
        #expect(catalog.joinedPlanIndices == [try #require(catalog.planIndex(Self.revised))])
    }

    @Test func eachActivityIsReportedNotReportedOrInAPlanWithoutFollowUp() throws {
        let (catalog, _) = Self.catalogue()
        func state(_ key: PlanKey, _ id: String) throws -> FollowUpState {
            catalog.followUpState(try #require(catalog.activityIndex(ActivityKey(plan: key, activityID: id))))
        }
        // The revised plan's own report (2026), not its first version's (which calls aktivitet-8 cancelled).
        #expect(try state(Self.revised, "aktivitet-1") == .reported(.done))
        #expect(try state(Self.revised, "aktivitet-4") == .reported(.delayed))
        #expect(try state(Self.revised, "aktivitet-8") == .notReported)
        #expect(try state(Self.earlier, "aktivitet-8") == .reported(.cancelled))
        let (unreported, _) = Self.catalogue { plan in PlanKey(plan) != Self.earlier }
        let withoutReports = Self.example.plans.map { plan -> Plan in
            var plan = plan
            plan.followUps = []
            return plan
        }
        let bare = Catalog.build(plans: withoutReports, counties: Self.example.counties,
                                 registry: unreported.registry, themes: unreported.themes).0
        let index = try #require(bare.activityIndex(ActivityKey(plan: Self.revised, activityID: "aktivitet-1")))
        #expect(bare.followUpState(index) == .noFollowUp)
    }

    @Test func theFollowUpOverviewCountsThePlanInForceByCountyThemeAndOrganisation() throws {
        let (catalog, _) = Self.catalogue()
        let overview = catalog.followUpOverview()
        let county = try #require(overview.byCounty.first)
        #expect(overview.byCounty.count == 1 && county.countySlug == "exempellan")
        #expect(county.planIndices == [try #require(catalog.planIndex(Self.revised))])
        #expect(county.counts.count(.done) == 3 && county.counts.count(.ongoing) == 3 && county.counts.count(.delayed) == 1)
        // The earlier version's "Avbruten" is not counted: its plan is no longer in force.
        #expect(county.counts.count(.cancelled) == 0 && county.counts.notReported == 1 && county.counts.followedUp == 8)
        #expect(overview.byTheme.map(\.themeID) == ["arbete", "utbildning", "bostad"])
        let arbete = try #require(overview.byTheme.first)
        #expect(arbete.counts.count(.done) == 2 && arbete.counts.count(.delayed) == 1 && arbete.counts.followedUp == 4)
        let employment = try #require(overview.byOrganisation.first { $0.organisationID == "arbetsformedlingen" })
        #expect(employment.counts.count(.ongoing) == 2 && employment.counts.count(.done) == 1 && employment.counts.followedUp == 3)
        #expect(overview.plansWithoutFollowUp.isEmpty && overview.total == county.counts)
    }

    @Test func plansWithoutAnyReportAreNamedAndNotCountedAsNotStarted() throws {
        let catalog = RealContent.shared.catalog
        let overview = catalog.followUpOverview()
        #expect(overview.byCounty.isEmpty && overview.byTheme.isEmpty && overview.byOrganisation.isEmpty)
        #expect(overview.plansWithoutFollowUp == catalog.joinedPlanIndices && !overview.plansWithoutFollowUp.isEmpty)
        #expect(overview.total.withoutFollowUp == catalog.joinedActivityIndices.count)
        #expect(overview.total.followedUp == 0 && overview.total.count(.notStarted) == 0)
    }
}
