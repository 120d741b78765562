import PlanModel

/// One block of a section (or of the preamble), in document order.
public enum PlanBlock: Sendable {
    case prose(LinkedHTML)
    /// `Mål: …`: the label as written, and the text.
    case objective(label: String, html: LinkedHTML)
    case activities(PlanActivityTable)
    case glossary([PlanGlossaryEntry])
    case signatories(SignatoryTable)
    case participants(ParticipantTable)
    case references([LinkedHTML])
}

/// A glossary entry of the plan, with its anchor on the page.
public struct PlanGlossaryEntry: Sendable {
    /// `term-sfi`, unique on the page.
    public var id: String
    public var term: String
    /// cmark's HTML of the definition.
    public var definitionHTML: String
}

/// The people who signed the plan. A column is shown when someone has a value for it.
public struct SignatoryTable: Sendable {
    /// The section's heading (the plan's title in the preamble), for those who cannot see the table.
    public var caption: String
    public var showsRole: Bool
    public var showsOrganisation: Bool
    public var rows: [Signatory]
}

/// The people who took part in making the plan.
public struct ParticipantTable: Sendable {
    public var caption: String
    public var showsOrganisation: Bool
    public var rows: [Participant]
}

/// An activity table, or a list of activities, with one row per activity. A column is shown
/// when some activity has a value for it, its own or its area's.
public struct PlanActivityTable: Sendable {
    public var caption: ActivityCaption
    public var showsResponsible: Bool
    public var showsPartners: Bool
    public var showsWhen: Bool
    /// Some activity of the table has been followed up.
    public var showsStatus: Bool
    /// The table's other columns, in the order they first appear.
    public var otherColumns: [String]
    public var rows: [PlanActivityRow]
}

/// What an activity table is called.
public enum ActivityCaption: Sendable {
    /// The activities of a section, named by its heading: `Aktiviteter: Fokusområde: Boende`.
    case activities(of: String)
    /// A list under its own heading, named by that heading and the area around it:
    /// `Exempel på aktiviteter: Prioriterat område: Bostad`.
    case list(heading: String, area: String)
}

/// An activity as a row shows it: the values every format shows (`ResolvedActivity`), its text
/// and other cells with their abbreviations linked.
public struct PlanActivityRow: Sendable {
    public var resolved: ResolvedActivity
    /// cmark's HTML of the activity's text.
    public var html: LinkedHTML
    /// One cell per `PlanActivityTable.otherColumns`, empty where the activity has no value.
    public var otherCells: [OtherCell]
    /// The resolved responsible and partners as written, with glossary terms (`AF`) linked.
    public var responsibleHTML: LinkedHTML?
    public var partnersHTML: LinkedHTML?

    /// The activity's anchor.
    public var id: String { resolved.activity.id }

    public struct OtherCell: Sendable {
        public var column: String
        public var html: LinkedHTML
    }
}

extension PlanBodyBuilder {
    mutating func block(_ block: ContentBlock, section: Section?, parent: Section?) -> PlanBlock {
        let caption = section.map(SectionHeading.text) ?? plan.title
        switch block {
        case .prose(let prose):
            return .prose(link(prose.html))
        case .objective(let objective):
            return .objective(label: objective.label, html: link(objective.html))
        case .activities(let table):
            return .activities(activityTable(table, caption: activityCaption(table, section: section, parent: parent)))
        case .glossary(let entries):
            return .glossary(entries.map { entry in
                let base = HTMLIds.slug(entry.term)
                return PlanGlossaryEntry(id: ids.unique("term-" + (base.isEmpty ? "ord" : base)),
                                         term: entry.term, definitionHTML: entry.definitionHTML)
            })
        case .signatories(let people):
            return .signatories(SignatoryTable(
                caption: caption,
                showsRole: people.contains { !($0.role ?? "").isEmpty },
                showsOrganisation: people.contains { !($0.organisation ?? "").isEmpty },
                rows: people))
        case .participants(let people):
            return .participants(ParticipantTable(
                caption: caption,
                showsOrganisation: people.contains { !($0.organisation ?? "").isEmpty },
                rows: people))
        case .references(let items):
            return .references(items.map { link($0.html) })
        }
    }

    private func activityCaption(_ table: ActivityTable, section: Section?, parent: Section?) -> ActivityCaption {
        let heading = section.map(SectionHeading.text) ?? plan.title
        if let listHeading = table.listHeading {
            return .list(heading: listHeading, area: heading)
        }
        if let section, let parent, table.columns == [section.headingText] || table.columns == [section.title] {
            return .list(heading: heading, area: SectionHeading.text(parent))
        }
        return .activities(of: heading)
    }

    /// Each row shows what `PlanActivities` resolved: where the activity names no one, the
    /// area's responsible, marked as the area's.
    private mutating func activityTable(_ table: ActivityTable, caption: ActivityCaption) -> PlanActivityTable {
        let resolved = table.activities.map { activities[$0] }
        let otherColumns = ResolvedActivity.otherColumns(resolved)
        let rows = resolved.map { activity -> PlanActivityRow in
            // The other cells are linked before the activity's text, as the page always did:
            // an abbreviation in both is linked in its cell.
            let otherCells = otherColumns.map { name in
                PlanActivityRow.OtherCell(column: name,
                                          html: link(activity.otherFields.first { $0.name == name }?.html ?? ""))
            }
            let html = link(activity.activity.html)
            return PlanActivityRow(resolved: activity, html: html, otherCells: otherCells,
                                   responsibleHTML: link(text: activity.responsible?.text),
                                   partnersHTML: link(text: activity.partners?.text))
        }
        return PlanActivityTable(
            caption: caption,
            showsResponsible: resolved.contains { $0.responsible != nil },
            showsPartners: resolved.contains { $0.partners != nil },
            showsWhen: resolved.contains { $0.when != nil },
            showsStatus: !plan.followUps.isEmpty,
            otherColumns: otherColumns,
            rows: rows)
    }
}
