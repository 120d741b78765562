import InterfaceText
import PlanModel
import ViewModel

/// The plan as plain text: UTF-8 without BOM, LF line ends, lines of at most 72 characters,
/// no markup. Reads well on a braille display, in a screen reader and in an e-mail.
///
/// Headings are numbered (`1.`, `1.2.`) and underlined with `=` (top level) or `-` (deeper).
/// Each activity stands on its own line, with the responsible organisations, partners, time and
/// other columns on indented lines below it, as `PlanActivities` resolved them: where the
/// activity names no responsible organisation of its own, the area's `Ansvar:` is given with a
/// note saying so; where it names no partners or time, the area's. A plan with follow-up reports
/// ends with a chapter "Uppföljning" (`TextWriter.followUpChapter`).
public enum TextFormat {
    public static let width = 72

    /// `activities` are resolved from the plan when not given.
    /// With `versions`, the title block says which version this is and names the others.
    public static func render(_ plan: Plan, county: County, activities: PlanActivities? = nil, t: Strings = .sv,
                              versions: PlanVersionList? = nil) -> String {
        var writer = TextWriter(t: t, activities: activities ?? PlanActivities(plan))
        writer.titleBlock(plan, county: county, versions: versions)
        writer.blocks(plan.preamble)
        for (index, section) in plan.sections.enumerated() {
            writer.section(section, number: [index + 1])
        }
        if !plan.followUps.isEmpty {
            writer.followUpChapter(FollowUpSummary(plan: plan, activities: writer.activities),
                                   number: plan.sections.count + 1)
        }
        return writer.finish()
    }
}

/// Collects blocks of lines and joins them with one blank line between blocks.
struct TextWriter {
    /// The interface text: the format's words are `t.format`.
    let t: Strings
    let activities: PlanActivities
    private var blocks: [[String]] = []
    let width = TextFormat.width

    init(t: Strings, activities: PlanActivities) {
        self.t = t
        self.activities = activities
    }

    mutating func finish() -> String {
        blocks.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    mutating func add(_ lines: [String]) {
        if !lines.isEmpty { blocks.append(lines) }
    }

    func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        FormatWrap.lines(plain(text), width: width, first: first, rest: rest)
    }

    /// `Label: text`, wrapped, continuation lines indented under the text by `rest`.
    func field(_ label: String, _ text: String, indent: String = "", rest: String? = nil) -> [String] {
        wrap("\(label): \(text)", first: indent, rest: rest ?? indent + "  ")
    }

    /// Print devices that read as markup on a braille display: a `|` between items becomes a
    /// dash, a footnote line `*) …` starts with "Not:", and a footnote asterisk is dropped.
    func plain(_ text: String) -> String {
        // Without a `|` or `*` scalar there is nothing to find (and Foundation's search is slow).
        guard text.utf8.contains(where: { $0 == 0x7C || $0 == 0x2A }) else { return text }
        guard text.contains("|") || text.contains("*") else { return text }
        var text = text
        if text.hasPrefix("*)") {
            text = t.format.footnote + ":" + text.dropFirst(2)
        }
        return text
            .replacingOccurrences(of: " | ", with: " – ")
            .replacingOccurrences(of: "|", with: " – ")
            .replacingOccurrences(of: "*", with: "")
    }

    // MARK: Title and facts

    mutating func titleBlock(_ plan: Plan, county: County, versions: PlanVersionList?) {
        var title = wrap(plan.title)
        let longest = title.map(\.count).max() ?? 0
        title.append(String(repeating: "=", count: min(max(longest, 1), width)))
        if let subtitle = plan.subtitle, !subtitle.isEmpty {
            title += wrap(subtitle)
        }
        add(title)

        var facts: [String] = []
        facts += field(t.format.kind, t.kindName(plan.kind))
        facts += field(t.format.county, county.name)
        facts += field(t.format.publisher, plan.publisher)
        facts += field(t.format.period, plan.period.description)
        if let adopted = plan.adopted { facts += field(t.format.adopted, adopted.description) }
        if let reference = plan.reference, !reference.isEmpty { facts += field(t.format.reference, reference) }
        add(facts)
        if let versions {
            let (notice, lines) = versions.textLines(t)
            if let notice { add(wrap(notice)) }
            add(wrap(t.versions.list + ":") + lines.flatMap { wrap($0, first: "  ", rest: "    ") })
        }

        if let summary = plan.summary, !summary.isEmpty {
            add(field(t.format.summary, summary, rest: ""))
        }
        if !plan.colophon.isEmpty {
            add(wrap(t.format.colophon + ":") + plan.colophon.flatMap { wrap($0, first: "  ", rest: "    ") })
        }
        add(wrap(t.format.textNote))
    }

    // MARK: Sections

    mutating func section(_ section: Section, number: [Int]) {
        heading(SectionHeading.text(section), number: number)

        var fields: [String] = []
        if let responsible = section.responsible?.statedText {
            fields += field(t.format.responsible, responsible)
        }
        if let partners = section.partners?.statedText {
            fields += field(t.format.partners, partners)
        }
        if let when = StatedText.of(section.when) {
            fields += field(t.format.when, when)
        }
        add(fields)

        blocks(section.content)
        for (index, child) in section.children.enumerated() {
            self.section(child, number: number + [index + 1])
        }
        blocks(section.contentAfterChildren ?? [])
    }

    /// `1.2. Heading`, underlined with `=` at the top level and `-` below.
    mutating func heading(_ text: String, number: [Int]) {
        let numbering = number.map(String.init).joined(separator: ".") + "."
        let heading = wrap("\(numbering) \(text)", rest: String(repeating: " ", count: numbering.count + 1))
        let longest = heading.map(\.count).max() ?? 0
        let rule = String(repeating: number.count == 1 ? "=" : "-", count: min(max(longest, 1), width))
        add(heading + [rule])
    }

    // MARK: Blocks

    mutating func blocks(_ content: [ContentBlock]) {
        for block in content {
            switch block {
            case .prose(let prose):
                self.prose(prose)
            case .objective(let objective):
                add(field(objective.label, objective.text, rest: ""))
            case .activities(let table):
                // A list's heading (`Exempel på aktiviteter`) is no section: it stands before its list.
                if let heading = table.listHeading { add(wrap(heading)) }
                for activity in table.activities {
                    self.activity(activities[activity])
                }
            case .glossary(let entries):
                add(entries.flatMap { field($0.term, $0.definition) })
            case .signatories(let people):
                add(people.flatMap { person in
                    wrap(([person.name] + [person.role, person.organisation].compactMap { $0 }.filter { !$0.isEmpty })
                        .joined(separator: ", "), rest: "  ")
                })
            case .participants(let people):
                add(people.flatMap { person in
                    wrap(([person.name] + [person.organisation].compactMap { $0 }.filter { !$0.isEmpty })
                        .joined(separator: ", "), rest: "  ")
                })
            case .references(let references):
                add(references.flatMap { wrap("– \($0.text)", rest: "  ") })
            }
        }
    }

    private mutating func prose(_ prose: Prose) {
        switch prose.shape {
        case .paragraph, .quote:
            for line in prose.textLines where !line.isEmpty {
                add(wrap(line, first: prose.shape == .quote ? "  " : "", rest: prose.shape == .quote ? "  " : ""))
            }
        case .list:
            // `– item`, nested items indented by two spaces: continuation lines hang under the text.
            add(prose.textLines.flatMap { line -> [String] in
                let indent = String(line.prefix { $0 == " " })
                let body = String(line.dropFirst(indent.count))
                let marker = body.prefix { $0 != " " }
                return wrap(body, first: indent, rest: indent + String(repeating: " ", count: marker.count + 1))
            })
        case .table:
            // One row a line, every cell with its column heading (`Kolumn: värde; …`).
            add(prose.textLines.flatMap { wrap($0, rest: "  ") })
        case .code:
            add(prose.textLines.flatMap { $0.isEmpty ? [""] : wrap($0) })
        case .rule:
            break
        }
    }

    private mutating func activity(_ resolved: ResolvedActivity) {
        let activity = resolved.activity
        var lines = field("\(t.format.activity) \(activity.number)", activity.text, rest: "  ")
        let responsible = switch resolved.responsible {
        case let area? where area.isInherited: "\(area.text) (\(t.format.areaResponsible))"
        case let own?: own.text
        case nil: t.format.noResponsible
        }
        lines += field(t.format.responsible, responsible, indent: "  ")
        if let partners = resolved.partners {
            lines += field(t.format.partners, partners.text, indent: "  ")
        }
        if let when = resolved.when {
            lines += field(t.format.when, when.text, indent: "  ")
        }
        for other in resolved.otherFields {
            lines += field(other.name, other.text, indent: "  ")
        }
        if let status = resolved.status {
            let words = t.followUp
            let comment = status.entry.comment.isEmpty ? "" : ": \(status.entry.comment)"
            lines += field(words.status, "\(words.statusText(status.entry)) (\(words.reported(status.date.description)))\(comment)",
                           indent: "  ")
        }
        add(lines)
    }
}
