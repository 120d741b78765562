import Markdown
import PlanModel

/// A follow-up report as written, before its activities are looked up in the plan.
public struct FollowUpDraft: Sendable {
    public struct Row: Sendable {
        /// The activity as the report names it: `aktivitet-12`, `#aktivitet-12` or its text.
        public var activity: String
        public var status: ActivityStatus
        /// After `Ersatt av`, as written.
        public var replacedBy: String?
        public var comment: String
        public var indicator: String?
        public var location: SourceLocation
    }

    public var slug: String
    public var date: PartialDate
    public var dateLocation: SourceLocation
    public var reportedBy: String
    public var isFinal: Bool
    public var rows: [Row]
    public var file: String
}

/// Reads follow-up reports (`<plan>.uppfoljning-2025.md`). Pure: text in, draft and diagnostics out.
extension PlanParser {
    static let knownFollowUpFields = ["date", "reportedBy", "final", "follows"]

    /// `planFile` is the plan's file name (`handlingsplan-2015-2017.md`), which `follows:` must name if given.
    public static func parseFollowUp(_ text: String, file: String, slug: String, planFile: String)
        -> ParseResult<FollowUpDraft>
    {
        var diagnostics: [Diagnostic] = []
        guard let frontMatter = FrontMatter.read(text, file: file, diagnostics: &diagnostics),
              !frontMatter.isUnreadable else {
            return ParseResult(value: nil, diagnostics: diagnostics)
        }
        for name in frontMatter.order where !knownFollowUpFields.contains(name) {
            diagnostics.append(Diagnostic(.warning, at: frontMatter.location(of: name, orFile: file),
                Messages.unknownField(name), hint: Messages.unknownFieldHint(knownFollowUpFields)))
        }
        let start = SourceLocation(file: file, line: 1, column: 1)
        var date: PartialDate?
        if let written = frontMatter.string("date", diagnostics: &diagnostics) {
            date = PlanHeader.readDate(written)
            if date == nil {
                diagnostics.append(Diagnostic(.error, at: frontMatter.location(of: "date", orFile: file),
                    Messages.badDate(written), hint: Messages.badDateHint))
            }
        } else {
            diagnostics.append(Diagnostic(.error, at: start, Messages.missingField("date"),
                hint: Messages.missingFieldHint("date", example: "2025-02-14")))
        }
        let reportedBy = frontMatter.string("reportedBy", diagnostics: &diagnostics)
        if reportedBy == nil {
            diagnostics.append(Diagnostic(.error, at: start, Messages.missingField("reportedBy"),
                hint: Messages.missingFieldHint("reportedBy", example: "Länsstyrelsen Västernorrland")))
        }
        if let follows = frontMatter.string("follows", diagnostics: &diagnostics), follows != planFile {
            diagnostics.append(Diagnostic(.error, at: frontMatter.location(of: "follows", orFile: file),
                Messages.followsMismatch(follows, planFile), hint: Messages.followsMismatchHint(planFile)))
        }
        let isFinal = frontMatter.bool("final", diagnostics: &diagnostics) ?? false
        let document = MarkdownDocument(parsing: frontMatter.body, lineOffset: frontMatter.bodyLineOffset)
        if let over = overLimit(document, file: file) {
            return ParseResult(value: nil, diagnostics: diagnostics + [over])
        }
        var reader = FollowUpTableReader(file: file)
        for block in document.blocks { reader.read(block) }
        diagnostics += reader.diagnostics
        if !reader.sawTable {
            diagnostics.append(Diagnostic(.error, at: start, Messages.followUpWithoutTable,
                                          hint: Messages.followUpWithoutTableHint))
        }
        guard let date, let reportedBy, !diagnostics.hasErrors else {
            return ParseResult(value: nil, diagnostics: diagnostics)
        }
        let draft = FollowUpDraft(slug: slug, date: date, dateLocation: frontMatter.location(of: "date", orFile: file),
                                  reportedBy: reportedBy, isFinal: isFinal, rows: reader.rows, file: file)
        return ParseResult(value: draft, diagnostics: diagnostics)
    }
}

/// The tables of a follow-up report, row by row; any other block is said to be unused.
struct FollowUpTableReader {
    let file: String
    var rows: [FollowUpDraft.Row] = []
    var diagnostics: [Diagnostic] = []
    var sawTable = false

    init(file: String) { self.file = file }

    func location(_ position: SourcePosition) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }

    mutating func read(_ block: Block) {
        switch block {
        case .table(let table) where columns(table) != nil:
            sawTable = true
            read(table, columns: columns(table)!)
        case .heading, .thematicBreak:
            break
        default:
            diagnostics.append(Diagnostic(.warning, at: location(block.position), Messages.followUpTextUnused,
                                          hint: Messages.followUpTextUnusedHint))
        }
    }

    /// Which column holds what: nil unless there is an activity and a status column.
    func columns(_ table: Table) -> [Vocabulary.FollowUpColumn: Int]? {
        guard let header = table.header else { return nil }
        var columns: [Vocabulary.FollowUpColumn: Int] = [:]
        for (index, cell) in header.cells.enumerated() {
            guard let match = Vocabulary.followUpColumns.match(cell.plainText.trimmingWhitespace) else { continue }
            let meaning: Vocabulary.FollowUpColumn
            switch match {
            case .exact(let entry), .near(let entry, _): meaning = entry.meaning
            }
            if columns[meaning] == nil { columns[meaning] = index }
        }
        return columns[.activity] != nil && columns[.status] != nil ? columns : nil
    }

    private mutating func read(_ table: Table, columns: [Vocabulary.FollowUpColumn: Int]) {
        for cell in table.header?.cells ?? [] {
            let written = cell.plainText.trimmingWhitespace
            if case .near(let entry, _)? = Vocabulary.followUpColumns.match(written) {
                diagnostics.append(Diagnostic(.warning, at: location(cell.position),
                    Messages.nearMiss(written, entry.word), hint: Messages.nearMissHint(entry.word)))
            }
        }
        for row in table.bodyRows {
            func text(_ column: Vocabulary.FollowUpColumn) -> String? {
                guard let index = columns[column], index < row.cells.count else { return nil }
                let text = row.cells[index].plainText.trimmingWhitespace
                return text.isEmpty ? nil : text
            }
            let rowLocation = location(row.position)
            guard let activity = text(.activity) else {
                diagnostics.append(Diagnostic(.error, at: rowLocation, Messages.followUpRowWithoutActivity,
                                              hint: Messages.followUpRowWithoutActivityHint))
                continue
            }
            let statusLocation = location(row.cells[columns[.status]!].position)
            guard let statusText = text(.status),
                  let (status, replacedBy) = readStatus(statusText, at: statusLocation) else {
                if text(.status) == nil {
                    diagnostics.append(Diagnostic(.error, at: statusLocation, Messages.missingStatus(activity),
                                                  hint: Messages.statusWordsHint(Vocabulary.statusWords.words)))
                }
                continue
            }
            rows.append(FollowUpDraft.Row(activity: activity, status: status, replacedBy: replacedBy,
                                          comment: text(.comment) ?? "", indicator: text(.indicator),
                                          location: rowLocation))
        }
    }

    /// `Genomförd`, a near miss of a status word (read as it, with a warning), or `Ersatt av …`.
    private mutating func readStatus(_ written: String, at location: SourceLocation)
        -> (ActivityStatus, replacedBy: String?)?
    {
        let words = written.split(whereSeparator: \.isWhitespace)
        if words.count >= 3, case .exact(let entry)? = Vocabulary.statusWords.match(words[0]),
           entry.meaning == .replaced, words[1].lowercased() == Vocabulary.replacedByWord {
            return (.replaced, words.dropFirst(2).joined(separator: " "))
        }
        switch Vocabulary.statusWords.match(written) {
        case .exact(let entry)?:
            return (entry.meaning, nil)
        case .near(let entry, _)?:
            diagnostics.append(Diagnostic(.warning, at: location, Messages.nearMiss(written, entry.word),
                                          hint: Messages.nearMissHint(entry.word)))
            return (entry.meaning, nil)
        case nil:
            diagnostics.append(Diagnostic(.error, at: location, Messages.unknownStatus(written),
                                          hint: Messages.statusWordsHint(Vocabulary.statusWords.words)))
            return nil
        }
    }
}
