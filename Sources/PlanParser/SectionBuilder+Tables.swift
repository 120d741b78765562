import Markdown
import PlanModel

/// Tables and lists that hold plan elements: activities, glossary terms, signatories, participants.
extension SectionBuilder {
    /// Which column holds what, if the table is an activity table.
    struct ActivityColumns {
        var activity: Int
        var responsible: Int?
        var partners: Int?
        var when: Int?
        var headings: [String]
        /// Headings read as a known one they are close to: index, as written, the known word.
        var nearMisses: [(index: Int, written: String, meant: String)] = []
    }

    func activityColumns(_ table: Table) -> ActivityColumns? {
        guard let header = table.header else { return nil }
        let headings = header.cells.map { $0.plainText.trimmingWhitespace }
        var columns = ActivityColumns(activity: -1, headings: headings)
        for (index, heading) in headings.enumerated() {
            let meaning: Vocabulary.ActivityColumn
            switch Vocabulary.activityColumn(for: heading) {
            case .exact(let entry)?: meaning = entry.meaning
            case .near(let entry, _)?:
                meaning = entry.meaning
                columns.nearMisses.append((index, heading, entry.word))
            case nil: continue
            }
            switch meaning {
            case .activity where columns.activity < 0: columns.activity = index
            case .responsible where columns.responsible == nil: columns.responsible = index
            case .partners where columns.partners == nil: columns.partners = index
            case .when where columns.when == nil: columns.when = index
            default: break
            }
        }
        return columns.activity >= 0 ? columns : nil
    }

    /// A table with a responsible or partners column but none that names the activity: kept as
    /// text, and the editor told, since its organisations would otherwise credit no one.
    mutating func reportTableWithoutActivityColumn(_ table: Table) {
        guard let header = table.header else { return }
        let meanings = header.cells.compactMap { cell -> Vocabulary.ActivityColumn? in
            if case .exact(let entry)? = Vocabulary.activityColumn(for: cell.plainText.trimmingWhitespace) {
                return entry.meaning
            }
            return nil
        }
        guard meanings.contains(where: { $0 == .responsible || $0 == .partners }) else { return }
        report(.warning, at: location(table.position), Messages.tableWithoutActivityColumn,
               hint: Messages.tableWithoutActivityColumnHint)
    }

    mutating func activityTable(_ table: Table) -> ActivityTable {
        let columns = activityColumns(table)!
        for nearMiss in columns.nearMisses {
            let cell = table.header!.cells[nearMiss.index]
            report(.warning, at: location(cell.position), Messages.nearMiss(nearMiss.written, nearMiss.meant),
                   hint: Messages.nearMissHint(nearMiss.meant))
        }
        let known = Set([columns.activity, columns.responsible, columns.partners, columns.when].compactMap { $0 })
        var activities: [Activity] = []
        for row in table.bodyRows {
            let cells = row.cells
            // Each cell's text, trimmed, once.
            let texts = cells.map { $0.plainText.trimmingWhitespace }
            func cell(_ index: Int?) -> Int? {
                guard let index, index < cells.count else { return nil }
                return index
            }
            let rowLocation = location(row.position)
            guard let activity = cell(columns.activity), !texts[activity].isEmpty else {
                let severity: Diagnostic.Severity = texts.allSatisfy { $0.isEmpty } ? .warning : .error
                report(severity, at: rowLocation, Messages.emptyActivity, hint: Messages.emptyActivityHint)
                continue
            }
            let number = nextActivityNumber()
            activities.append(Activity(
                id: Activity.idPrefix + "\(number)", number: number, text: texts[activity],
                html: cells[activity].inlineHTML,
                responsible: cell(columns.responsible).flatMap { mentions(texts[$0], in: cells[$0]) },
                partners: cell(columns.partners).flatMap { mentions(texts[$0], in: cells[$0]) },
                when: cell(columns.when).flatMap { texts[$0].isEmpty ? nil : texts[$0] },
                otherFields: cells.indices.filter { !known.contains($0) && $0 < columns.headings.count }
                    .compactMap { index in
                        let value = texts[index]
                        guard !value.isEmpty else { return nil }
                        return Field(name: columns.headings[index], text: value, html: cells[index].inlineHTML)
                    },
                location: location(cells[activity].position)))
        }
        return ActivityTable(columns: columns.headings, activities: activities, location: location(table.position))
    }

    mutating func activityList(_ list: ListBlock) -> ActivityTable {
        let heading = activityListHeading ?? stack.last?.headingText ?? ""
        var activities: [Activity] = []
        for item in list.items {
            let text = item.plainText.trimmingWhitespace
            guard !text.isEmpty else {
                report(.warning, at: location(item.position), Messages.emptyActivity, hint: Messages.emptyActivityHint)
                continue
            }
            let number = nextActivityNumber()
            activities.append(Activity(
                id: Activity.idPrefix + "\(number)", number: number, text: text, html: item.innerHTML,
                location: location(item.position)))
        }
        return ActivityTable(columns: [heading], activities: activities, location: location(list.position),
                             listHeading: activityListHeading)
    }

    /// The organisations of a cell, from its trimmed text.
    private func mentions(_ text: String, in cell: TableCell) -> MentionList? {
        guard !text.isEmpty else { return nil }
        return MentionSplitter.split(text, at: location(cell.position))
    }

    mutating func glossary(_ table: Table) -> [GlossaryEntry] {
        guard let header = table.header, header.cells.count >= 2 else {
            report(.error, at: location(table.position), Messages.glossaryNeedsTable, hint: Messages.glossaryNeedsTableHint)
            return []
        }
        // A third column is shown nowhere: say so on its heading.
        for cell in header.cells.dropFirst(2) {
            report(.warning, at: location(cell.position), Messages.unusedGlossaryColumn(cell.plainText.trimmingWhitespace),
                   hint: Messages.unusedGlossaryColumnHint)
        }
        return table.bodyRows.compactMap { row in
            guard row.cells.count >= 2 else { return nil }
            let term = row.cells[0].plainText.trimmingWhitespace
            let definition = row.cells[1].plainText.trimmingWhitespace
            guard !term.isEmpty, !definition.isEmpty else {
                report(.error, at: location(row.position), Messages.emptyGlossaryTerm, hint: Messages.emptyGlossaryTermHint)
                return nil
            }
            return GlossaryEntry(term: term, definition: definition, definitionHTML: row.cells[1].inlineHTML,
                                 location: location(row.cells[0].position))
        }
    }

    /// Which column of a signatory or participant table holds what. A heading that is not a
    /// known one is reported on its own cell: its values are not shown anywhere.
    private mutating func peopleColumns(_ table: Table, allowed: Set<Vocabulary.PeopleColumn>)
        -> [Vocabulary.PeopleColumn: Int] {
        var columns: [Vocabulary.PeopleColumn: Int] = [:]
        for (index, cell) in (table.header?.cells ?? []).enumerated() {
            let heading = cell.plainText.trimmingWhitespace
            switch Vocabulary.peopleColumns.match(heading) {
            case .exact(let entry)? where allowed.contains(entry.meaning):
                if columns[entry.meaning] == nil { columns[entry.meaning] = index }
            case .near(let entry, _)? where allowed.contains(entry.meaning):
                report(.warning, at: location(cell.position), Messages.nearMiss(heading, entry.word),
                       hint: Messages.nearMissHint(entry.word))
                if columns[entry.meaning] == nil { columns[entry.meaning] = index }
            default:
                guard !heading.isEmpty else { continue }
                report(.warning, at: location(cell.position), Messages.unknownPeopleColumn(heading),
                       hint: Messages.unknownPeopleColumnHint(Vocabulary.peopleColumns.words(for: allowed)))
            }
        }
        return columns
    }

    mutating func signatories(_ table: Table) -> [Signatory] {
        let columns = peopleColumns(table, allowed: [.name, .role, .organisation])
        guard let nameColumn = columns[.name] else {
            report(.error, at: location(table.position), Messages.signatoriesNeedName, hint: Messages.signatoriesNeedNameHint)
            return []
        }
        let role = columns[.role]
        let organisation = columns[.organisation]
        return table.bodyRows.compactMap { row in
            guard let name = value(row, nameColumn) else {
                report(.error, at: location(row.position), Messages.emptyName, hint: Messages.emptyNameHint)
                return nil
            }
            return Signatory(name: name, role: role.flatMap { value(row, $0) },
                             organisation: organisation.flatMap { value(row, $0) }, location: location(row.position))
        }
    }

    mutating func participants(_ table: Table) -> [Participant] {
        let columns = peopleColumns(table, allowed: [.name, .organisation])
        guard let nameColumn = columns[.name] else {
            report(.error, at: location(table.position), Messages.participantsNeedName, hint: Messages.participantsNeedNameHint)
            return []
        }
        let organisation = columns[.organisation]
        return table.bodyRows.compactMap { row in
            guard let name = value(row, nameColumn) else {
                report(.error, at: location(row.position), Messages.emptyName, hint: Messages.emptyNameHint)
                return nil
            }
            return Participant(name: name, organisation: organisation.flatMap { value(row, $0) },
                               location: location(row.position))
        }
    }

    private func value(_ row: TableRow, _ index: Int) -> String? {
        guard index < row.cells.count else { return nil }
        let text = row.cells[index].plainText.trimmingWhitespace
        return text.isEmpty ? nil : text
    }

    /// Any other block, kept as written, with a plain-text form for the text edition.
    func prose(_ block: Block) -> Prose? {
        let location = self.location(block.position)
        switch block {
        case .paragraph(let p):
            return Prose(shape: .paragraph, html: p.html, textLines: [p.plainText], location: location)
        case .list(let list):
            return Prose(shape: .list, html: list.html, textLines: PlainText.lines(of: list, indent: ""), location: location)
        case .table(let table):
            return Prose(shape: .table, html: table.html, textLines: PlainText.lines(of: table), location: location)
        case .blockQuote(let quote):
            return Prose(shape: .quote, html: quote.html,
                         textLines: quote.blocks.flatMap { prose($0)?.textLines ?? [] }, location: location)
        case .codeBlock(let code):
            return Prose(shape: .code, html: code.html,
                         textLines: code.code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                         location: location)
        case .thematicBreak(let rule):
            return Prose(shape: .rule, html: rule.html, textLines: [], location: location)
        case .heading, .htmlBlock:
            return nil
        }
    }
}

/// Plain-text forms of lists and tables, for readers that get no markup.
enum PlainText {
    static func lines(of list: ListBlock, indent: String) -> [String] {
        list.items.enumerated().flatMap { index, item -> [String] in
            let marker = list.isOrdered ? "\(index + 1)." : "–"
            var lines = ["\(indent)\(marker) \(item.plainText)"]
            for case .list(let nested) in item.blocks {
                lines += Self.lines(of: nested, indent: indent + "  ")
            }
            return lines
        }
    }

    /// Each row on its own line, every cell with its column heading.
    static func lines(of table: Table) -> [String] {
        let headings = table.header?.cells.map { $0.plainText.trimmingWhitespace } ?? []
        return table.bodyRows.map { row in
            row.cells.enumerated().compactMap { index, cell -> String? in
                let value = cell.plainText.trimmingWhitespace
                guard !value.isEmpty else { return nil }
                let heading = index < headings.count ? headings[index] : ""
                return heading.isEmpty ? value : "\(heading): \(value)"
            }.joined(separator: "; ")
        }
    }
}
