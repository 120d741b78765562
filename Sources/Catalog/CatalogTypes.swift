import PlanModel

/// A plan by its address: `dalarna` / `vagen-in-2015-2020`.
public struct PlanKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public var countySlug: String
    public var planSlug: String

    public init(countySlug: String, planSlug: String) {
        self.countySlug = countySlug
        self.planSlug = planSlug
    }

    public init(_ plan: Plan) { self.init(countySlug: plan.countySlug, planSlug: plan.slug) }

    public var description: String { "\(countySlug)/\(planSlug)" }
}

/// An activity by its plan and its anchor (`Activity.id`).
public struct ActivityKey: Hashable, Sendable, Codable {
    public var plan: PlanKey
    public var activityID: String

    public init(plan: PlanKey, activityID: String) {
        self.plan = plan
        self.activityID = activityID
    }
}

/// An area by its plan and its anchor (`Section.id`).
public struct AreaKey: Hashable, Sendable, Codable {
    public var plan: PlanKey
    public var sectionID: String

    public init(plan: PlanKey, sectionID: String) {
        self.plan = plan
        self.sectionID = sectionID
    }
}

public struct CountyEntry: Sendable, Hashable {
    public var slug: String
    public var name: String
    public var shortName: String
    /// Indices into `Catalog.plans`, in catalogue order.
    public var planIndices: [Int]
    /// Indices into `Catalog.activities`: the county's activities are one run.
    public var activityRange: Range<Int>
    /// The county's activities of plans in force (`PlanEntry.isReplaced` false), as positions in
    /// `Catalog.joinedActivityIndices`: the joined pages count these.
    public var joinedActivityRange: Range<Int> = 0..<0
}

public struct PlanEntry: Sendable {
    public var key: PlanKey
    public var title: String
    public var subtitle: String?
    public var kind: PlanKind
    public var publisher: String
    public var period: Period
    public var adopted: PartialDate?
    public var summary: String?
    public var isDraft: Bool
    /// Index into `Catalog.counties`.
    public var countyIndex: Int
    /// The plan's areas in `Catalog.areas` and activities in `Catalog.activities`.
    public var areaRange: Range<Int>
    public var activityRange: Range<Int>
    /// The themes of the plan's areas, in vocabulary order.
    public var themeIDs: [String]
    /// Organisations of the signatories table that the registry knows.
    public var signatoryIDs: [String]
    public var sourceFile: String
    /// The plan this one carries out (its `implements:`), index into `Catalog.plans`.
    public var implements: Int?
    /// The plans that carry this one out, in catalogue order.
    public var implementedBy: [Int]
    /// The earlier version this plan revises (its `replaces:`), and the version that revises
    /// this one: indices into `Catalog.plans`. `Catalog.versions(of:)` gives the whole chain.
    public var replaces: Int? = nil
    public var replacedBy: Int? = nil
    /// How many follow-up reports the plan has, and the date of the latest.
    public var followUpCount = 0
    public var latestFollowUp: PartialDate? = nil

    /// A later version replaces this one: its own pages stay, the joined pages leave it out.
    public var isReplaced: Bool { replacedBy != nil }
}

/// Where the organisations of an activity or area come from.
public enum PartySource: String, Codable, Sendable {
    /// Named by the activity's own cell, or by the area's own line.
    case own
    /// Taken from the nearest enclosing section's `Ansvar:` or `Samverkansparter:`.
    case inherited
    /// Nobody is named.
    case none
}

/// The organisations responsible for, or partners in, an activity or area.
public struct Parties: Sendable, Hashable {
    /// Without repeats, in the order the text names them.
    public var organisationIDs: [String]
    public var source: PartySource
    /// The wording as written, where it came from.
    public var text: String?
    /// The section whose `Ansvar:` or `Samverkansparter:` line applies: the area itself for an
    /// area's own line, the ancestor when inherited; nil for an activity's own cell.
    public var sectionID: String?

    public static let nobody = Parties(organisationIDs: [], source: .none, text: nil, sectionID: nil)

    public init(organisationIDs: [String], source: PartySource, text: String?, sectionID: String?) {
        self.organisationIDs = organisationIDs
        self.source = source
        self.text = text
        self.sectionID = sectionID
    }
}

public struct AreaEntry: Sendable {
    public var key: AreaKey
    /// Index into `Catalog.plans`.
    public var planIndex: Int
    public var countySlug: String
    /// The label the document uses (`Fokusområde`), if any.
    public var label: String?
    public var title: String
    public var headingText: String
    /// Titles of the enclosing sections, outermost first, this area's own last.
    public var path: [String]
    /// The nearest enclosing area, in `Catalog.areas`.
    public var parentAreaIndex: Int?
    /// Effective themes: the area's own `Tema:`, or the nearest ancestor's.
    public var themeIDs: [String]
    public var themesInherited: Bool
    /// The area's own `Ansvar:` (source `.own`), or `.nobody`.
    public var responsible: Parties
    /// The area's own `Samverkansparter:` (source `.own`), or `.nobody`.
    public var partners: Parties
    /// Activities of the area and its sub-sections, in `Catalog.activities` (one run).
    public var activityRange: Range<Int>
    public var location: SourceLocation
    /// The area's own goals (`Mål:`, `Delmål:`, `Syfte:` … lines), as `label: text`, in the order
    /// written: what a comparison of two versions of the plan compares.
    public var goals: [String] = []
}

public struct ActivityEntry: Sendable {
    public var key: ActivityKey
    /// Index into `Catalog.plans`.
    public var planIndex: Int
    public var countySlug: String
    /// 1-based, in document order across the plan.
    public var number: Int
    public var text: String
    public var when: String?
    /// Titles of the sections that hold the activity, outermost first.
    public var sectionPath: [String]
    /// The innermost enclosing area, in `Catalog.areas`; nil in a prose section.
    public var areaIndex: Int?
    /// Own responsible cell, else the nearest section's `Ansvar:`.
    public var responsible: Parties
    /// Own partner cell, else the nearest section's `Samverkansparter:`.
    public var partners: Parties
    /// Effective themes of the nearest section that has some, in the order written.
    public var themeIDs: [String]
    public var location: SourceLocation
    /// The status in the latest follow-up report of the plan that names the activity
    /// (`Plan.latestStatuses`); nil when none does. `Catalog.followUpState` says which nil it is.
    public var status: ActivityStatus? = nil
}

// MARK: - Organisations

/// How much an organisation does in a plan, a county or overall.
public struct InvolvementCounts: Sendable, Hashable, Codable {
    public var responsibleActivities = 0
    public var partnerActivities = 0
    public var responsibleAreas = 0
    public var partnerAreas = 0
    public var signedPlans = 0

    public init() {}

    /// Every mention counted once per place.
    public var total: Int { responsibleActivities + partnerActivities + responsibleAreas + partnerAreas + signedPlans }

    static func + (a: InvolvementCounts, b: InvolvementCounts) -> InvolvementCounts {
        var sum = a
        sum.responsibleActivities += b.responsibleActivities
        sum.partnerActivities += b.partnerActivities
        sum.responsibleAreas += b.responsibleAreas
        sum.partnerAreas += b.partnerAreas
        sum.signedPlans += b.signedPlans
        return sum
    }
}

/// What one organisation does in one plan. Lists hold indices in catalogue order.
public struct PlanInvolvement: Sendable {
    public var planIndex: Int
    /// Activities it is responsible for, by their own cell or by the area's `Ansvar:`
    /// (`ActivityEntry.responsible.source` tells which).
    public var responsibleActivities: [Int] = []
    /// Activities it is a partner in, own cell or inherited.
    public var partnerActivities: [Int] = []
    /// Areas whose own `Ansvar:` names it.
    public var responsibleAreas: [Int] = []
    /// Areas whose own `Samverkansparter:` names it.
    public var partnerAreas: [Int] = []
    /// Whether it stands in the plan's signatories table.
    public var signed = false
    public var counts = InvolvementCounts()
}

public struct CountyInvolvement: Sendable {
    public var countySlug: String
    public var plans: [PlanInvolvement]
    public var counts: InvolvementCounts
}

/// Everything one organisation does, grouped by county (catalogue order) then plan.
public struct OrganisationInvolvement: Sendable {
    public var organisationID: String
    public var counties: [CountyInvolvement]
    public var counts: InvolvementCounts
}

/// Organisations of one group across counties, sorted by name.
public struct OrganisationGroup: Sendable, Hashable {
    /// Pages name the group in words of their own (`Statliga myndigheter`).
    public var kind: OrganisationGroupKind
    public var organisationIDs: [String]
}

// MARK: - Themes

public struct ThemeCounty: Sendable, Hashable {
    public var countySlug: String
    /// Areas whose effective themes include the theme (own or inherited; see `AreaEntry.themesInherited`).
    public var areaIndices: [Int]
    public var activityIndices: [Int]
}

public struct ThemeEntry: Sendable, Hashable {
    public var themeID: String
    /// Only counties that have something tagged, in catalogue order.
    public var counties: [ThemeCounty]
    public var areaCount: Int
    public var activityCount: Int
}

/// Activities per theme and county. An activity counts once for each theme it has.
public struct ThemeComparison: Sendable, Hashable, Codable {
    /// Rows, in vocabulary order.
    public var themeIDs: [String]
    /// Columns, in catalogue order.
    public var countySlugs: [String]
    /// `counts[theme][county]`
    public var counts: [[Int]]
    public var themeTotals: [Int]
    public var countyTotals: [Int]
    public var total: Int
    /// Activities without any theme, per county.
    public var untagged: [Int]

    public func count(theme: String, county: String) -> Int {
        guard let row = themeIDs.firstIndex(of: theme), let column = countySlugs.firstIndex(of: county) else { return 0 }
        return counts[row][column]
    }
}

// MARK: - Periods

public struct PeriodYear: Sendable, Hashable {
    public var year: Int
    /// Plans in force that year, in catalogue order.
    public var planIndices: [Int]
}

/// Every year from the earliest first year to the latest last year of all plans.
public struct PeriodTable: Sendable, Hashable {
    public var years: [PeriodYear]

    public var firstYear: Int? { years.first?.year }
    public var lastYear: Int? { years.last?.year }

    /// Plans in force in `year`, in catalogue order.
    public func planIndices(inForce year: Int) -> [Int] {
        guard let first = firstYear, year >= first, year - first < years.count else { return [] }
        return years[year - first].planIndices
    }
}

// MARK: - Glossary

public struct GlossaryDefinition: Sendable, Hashable {
    public var text: String
    public var html: String
    /// Index into `Catalog.plans`.
    public var planIndex: Int
    public var location: SourceLocation
}

public struct GlossaryTerm: Sendable, Hashable {
    /// As first written, in catalogue order.
    public var term: String
    /// `term-sfi`, unique on the glossary page.
    public var anchor: String
    /// All capitals, 2–6 letters: `SFI`, `EKB`.
    public var isAbbreviation: Bool
    /// In catalogue order of the plans.
    public var definitions: [GlossaryDefinition]
}

/// A place in a text where a glossary abbreviation stands.
public struct AbbreviationMatch: Sendable, Hashable {
    public var range: Range<String.Index>
    /// Index into `Glossary.terms`.
    public var termIndex: Int

    public init(range: Range<String.Index>, termIndex: Int) {
        self.range = range
        self.termIndex = termIndex
    }
}

/// The glossary entries of all plans, merged by term (case aside), in Swedish order.
public struct Glossary: Sendable {
    public var terms: [GlossaryTerm]
    private var indexByKey: [String: Int]
    /// Abbreviations as written (`SFI`) to their term.
    private var abbreviations: [String: Int]

    init(terms: [GlossaryTerm]) {
        self.terms = terms
        var byKey: [String: Int] = [:]
        var abbreviations: [String: Int] = [:]
        for (index, term) in terms.enumerated() {
            byKey[SwedishText.matchKey(term.term)] = index
            if term.isAbbreviation { abbreviations[term.term] = index }
        }
        indexByKey = byKey
        self.abbreviations = abbreviations
    }

    public func term(_ text: String) -> GlossaryTerm? {
        termIndex(text).map { terms[$0] }
    }

    /// The index in `terms` of the term written so (case aside).
    public func termIndex(_ text: String) -> Int? {
        indexByKey[SwedishText.matchKey(text)]
    }

    /// The abbreviation written exactly so (`SFI`, not `Sfi`).
    public func abbreviation(_ word: String) -> GlossaryTerm? {
        abbreviations[word].map { terms[$0] }
    }

    public var abbreviationTerms: [GlossaryTerm] { terms.filter(\.isAbbreviation) }

    public var hasAbbreviations: Bool { !abbreviations.isEmpty }

    /// Every whole word of `text` that is a glossary abbreviation, for linking. A word is a run
    /// of letters and digits (`Glossary.words`); `SFI-utbildning` holds `SFI`, `SFIX` does not.
    public func abbreviationMatches(in text: String) -> [AbbreviationMatch] {
        guard !abbreviations.isEmpty else { return [] }
        return abbreviationMatches(in: text, words: Self.words(in: text))
    }

    /// `abbreviationMatches(in:)` for a text already split into `words`.
    public func abbreviationMatches(in text: String, words: [Range<String.Index>]) -> [AbbreviationMatch] {
        guard !abbreviations.isEmpty else { return [] }
        return words.compactMap { word in
            abbreviations[String(text[word])].map { AbbreviationMatch(range: word, termIndex: $0) }
        }
    }

    /// All capitals, 2–6 letters.
    static func isAbbreviation(_ term: String) -> Bool {
        (2...6).contains(term.count) && term.allSatisfy { $0.isLetter && $0.isUppercase }
    }
}
