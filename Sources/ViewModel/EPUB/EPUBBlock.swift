import PlanModel
/// A block of a section's content as the book shows it. `html` fields hold cmark's markup,
/// made XHTML.
public enum EPUBBlock: Sendable {
    /// A paragraph, list, table, quote or code. `tableHeading` is set for a table: its caption
    /// names the section.
    case prose(html: String, tableHeading: String?)
    /// `Mål: …`
    case objective(label: String, html: String)
    case activities(EPUBActivityTable)
    case glossary([EPUBGlossaryEntry])
    case people(EPUBPeopleTable)
    case references(html: [String])
}

public struct EPUBGlossaryEntry: Sendable {
    public var term: String
    public var html: String

    public init(term: String, html: String) {
        self.term = term
        self.html = html
    }
}

/// The activities of a section as a table.
public struct EPUBActivityTable: Sendable {
    /// Who is responsible for an activity.
    public enum Responsible: Sendable {
        /// The activity's own column.
        case own(String)
        /// The area's `Ansvar:` line, since the activity names no one.
        case area(String)
        /// Neither.
        case none
    }

    public struct Row: Sendable {
        public var id: String
        public var number: Int
        public var html: String
        public var responsible: Responsible
        public var partners: String
        public var when: String
        /// The markup of the other columns, in the order of `otherHeadings` (empty where the
        /// activity has none).
        public var others: [String]
        /// The latest follow-up's word on it, when the plan has follow-ups.
        public var status: LatestStatus?

        public init(id: String, number: Int, html: String, responsible: Responsible, partners: String,
                    when: String, others: [String], status: LatestStatus? = nil) {
            self.status = status
            self.id = id
            self.number = number
            self.html = html
            self.responsible = responsible
            self.partners = partners
            self.when = when
            self.others = others
        }
    }

    /// The section's heading, which the caption names.
    public var heading: String
    public var hasPartners: Bool
    public var hasWhen: Bool
    /// The plan has follow-ups: a status column after the others.
    public var hasStatus = false
    /// Columns the plan adds, by name.
    public var otherHeadings: [String]
    public var rows: [Row]

    public init(heading: String, hasPartners: Bool, hasWhen: Bool, otherHeadings: [String], rows: [Row]) {
        self.heading = heading
        self.hasPartners = hasPartners
        self.hasWhen = hasWhen
        self.otherHeadings = otherHeadings
        self.rows = rows
    }
}

/// Signatories or participants as a table.
public struct EPUBPeopleTable: Sendable {
    public struct Row: Sendable {
        public var name: String
        /// Empty when the person has none.
        public var role: String
        public var organisation: String

        public init(name: String, role: String, organisation: String) {
            self.name = name
            self.role = role
            self.organisation = organisation
        }
    }

    public var caption: String
    public var hasRole: Bool
    public var hasOrganisation: Bool
    public var rows: [Row]

    public init(caption: String, hasRole: Bool, hasOrganisation: Bool, rows: [Row]) {
        self.caption = caption
        self.hasRole = hasRole
        self.hasOrganisation = hasOrganisation
        self.rows = rows
    }
}
