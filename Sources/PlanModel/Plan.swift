/// The kinds of plan the counties publish.
public enum PlanKind: String, Codable, Sendable, CaseIterable {
    case handlingsplan
    case strategi
    case överenskommelse
}

/// One plan, as its source file describes it.
public struct Plan: Codable, Sendable {
    /// The file name without `.md`, used in addresses.
    public var slug: String
    public var countySlug: String
    public var title: String
    /// The title in English (front matter `titleEnglish:`), for the DCAT-AP-SE catalogue.
    public var titleEnglish: String?
    public var subtitle: String?
    public var kind: PlanKind
    public var publisher: String
    public var period: Period
    public var adopted: PartialDate?
    /// The reference number (diarienummer).
    public var reference: String?
    public var summary: String?
    public var isDraft: Bool
    /// Lines from the cover or the imprint, kept as printed.
    public var colophon: [String]
    /// BCP 47 language of the plan's text.
    public var language: String
    /// Text before the first heading.
    public var preamble: [ContentBlock]
    /// The plan's sections, in document order.
    public var sections: [Section]
    /// The source file, relative to the content folder's parent.
    public var sourceFile: String
    /// The plan this one carries out (front matter `implements:`): an action plan under its strategy.
    public var implements: PlanLink?
    /// The earlier version this file revises (front matter `replaces:`), in the same county.
    public var replaces: PlanLink?
    /// Links in the text to other plans, in document order.
    public var planLinks: [PlanLink]
    /// Its follow-up reports, earliest first (files of their own beside the plan).
    public var followUps: [FollowUp]

    public init(
        slug: String, countySlug: String, title: String, subtitle: String? = nil, kind: PlanKind,
        publisher: String, period: Period, adopted: PartialDate? = nil, reference: String? = nil,
        summary: String? = nil, isDraft: Bool = false, colophon: [String] = [], language: String = "sv",
        preamble: [ContentBlock] = [], sections: [Section] = [], sourceFile: String,
        implements: PlanLink? = nil, planLinks: [PlanLink] = [], replaces: PlanLink? = nil,
        titleEnglish: String? = nil, followUps: [FollowUp] = []
    ) {
        self.slug = slug
        self.countySlug = countySlug
        self.title = title
        self.titleEnglish = titleEnglish
        self.subtitle = subtitle
        self.kind = kind
        self.publisher = publisher
        self.period = period
        self.adopted = adopted
        self.reference = reference
        self.summary = summary
        self.isDraft = isDraft
        self.colophon = colophon
        self.language = language
        self.preamble = preamble
        self.sections = sections
        self.sourceFile = sourceFile
        self.implements = implements
        self.planLinks = planLinks
        self.replaces = replaces
        self.followUps = followUps
    }
}

extension Plan {
    /// Every section in document order, nested ones included.
    public var allSections: [Section] { sections.flatMap(\.selfAndDescendants) }

    /// Every area and sub-area, in document order.
    public var areas: [Section] { allSections.filter { $0.kind == .area } }

    /// Every activity with the sections that hold it, outermost first.
    public var activities: [PlacedActivity] {
        sections.flatMap { $0.placedActivities(path: []) }
    }

    public var glossary: [GlossaryEntry] { allSections.flatMap(\.glossaryEntries) }
    public var signatories: [Signatory] { allSections.flatMap(\.signatories) }
    public var examples: [Section] { allSections.filter { $0.kind == .example } }
    public var objectives: [Objective] { allSections.flatMap(\.objectives) }
}

/// An activity together with where it stands in its plan.
public struct PlacedActivity: Sendable {
    public var activity: Activity
    /// The sections from the outermost to the one that holds the activity.
    public var path: [Section]

    public var section: Section { path[path.count - 1] }
}
