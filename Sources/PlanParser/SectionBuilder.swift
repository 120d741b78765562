import Markdown
import PlanModel

/// Builds the plan's section tree from the Markdown blocks, in one pass, in document order.
struct SectionBuilder {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private var preamble: [ContentBlock] = []
    /// Open sections, outermost first; each closes when a heading of its level or higher comes.
    private(set) var stack: [Section] = []
    private var finished: [Section] = []
    private var slugs = SlugRegistry()
    private var activityCount = 0
    private var previousHeadingLevel = 1
    /// The text of the `#### Aktiviteter` heading whose list is being read into the area above it.
    private(set) var activityListHeading: String?
    /// Links to places inside the site, checked once every anchor of the plan is known.
    private(set) var internalLinks: [(destination: String, location: SourceLocation)] = []

    init(file: String) {
        self.file = file
    }

    mutating func read(_ blocks: [Block]) {
        for block in blocks {
            checkInlines(of: block)
            if case .heading(let heading) = block {
                open(heading)
            } else {
                add(block)
            }
        }
    }

    mutating func finish() -> (preamble: [ContentBlock], sections: [Section]) {
        closeSections(downTo: 0)
        return (preamble, finished)
    }

    // MARK: - Headings

    private mutating func open(_ heading: Heading) {
        let location = self.location(heading.position)
        if heading.level == 1 {
            report(.error, at: location, Messages.topLevelHeading, hint: Messages.topLevelHeadingHint)
        } else if heading.level > previousHeadingLevel + 1 {
            report(.error, at: location, Messages.skippedHeadingLevel(from: previousHeadingLevel, to: heading.level),
                   hint: Messages.skippedHeadingLevelHint(previousHeadingLevel + 1))
        }
        previousHeadingLevel = max(heading.level, 2)
        let text = heading.plainText.trimmingWhitespace
        if text.isEmpty {
            report(.error, at: location, Messages.emptyHeading, hint: Messages.emptyHeadingHint)
        }
        closeSections(downTo: heading.level)
        activityListHeading = nil
        let meaning = Self.classify(text, parent: stack.last?.kind)
        if let nearMiss = meaning.nearMiss {
            report(.warning, at: location, Messages.nearMiss(nearMiss.written, nearMiss.meant),
                   hint: Messages.nearMissHint(nearMiss.meant))
        }
        if meaning.isActivityList {
            // The guide: activities listed under `#### Aktiviteter` belong to the area around it.
            activityListHeading = text
            return
        }
        let title = meaning.title
        stack.append(Section(
            id: slugs.unique(title.isEmpty ? text : title, fallback: "avsnitt"), kind: meaning.kind,
            label: meaning.label, number: meaning.number, title: title, headingHTML: heading.inlineHTML,
            headingText: text, level: heading.level, location: location))
    }

    private mutating func closeSections(downTo level: Int) {
        while let last = stack.last, last.level >= level {
            stack.removeLast()
            reportGlossaryWithoutTable(last)
            if stack.isEmpty {
                finished.append(last)
            } else {
                stack[stack.count - 1].children.append(last)
            }
        }
    }

    /// A glossary whose table did not come out as one (a row with a column too many or too few
    /// under the heading row) is text: its terms are linked nowhere, so the editor is told.
    private mutating func reportGlossaryWithoutTable(_ section: Section) {
        guard section.kind == .glossary, section.glossaryEntries.isEmpty else { return }
        for case .prose(let prose) in section.content where prose.shape == .paragraph {
            report(.warning, at: prose.location, Messages.glossaryWithoutTable, hint: Messages.glossaryNeedsTableHint)
            return
        }
    }

    // MARK: - Blocks

    private mutating func add(_ block: Block) {
        guard let kind = stack.last?.kind else {
            if case .table(let table) = block, activityColumns(table) != nil {
                report(.error, at: location(block.position), Messages.activitiesOutsideSection,
                       hint: Messages.activitiesOutsideSectionHint)
            }
            if let prose = prose(block) { preamble.append(.prose(prose)) }
            return
        }
        switch (block, kind) {
        case (.paragraph(let paragraph), _):
            addParagraph(paragraph)
        case (.table(let table), .glossary):
            append(.glossary(glossary(table)))
        case (.table(let table), .signatories):
            append(.signatories(signatories(table)))
        case (.table(let table), .network), (.table(let table), .participants):
            append(.participants(participants(table)))
        case (.table(let table), _) where activityColumns(table) != nil:
            append(.activities(activityTable(table)))
        case (.table(let table), .area):
            reportTableWithoutActivityColumn(table)
            if let prose = prose(block) { append(.prose(prose)) }
        case (.list(let list), .references):
            append(.references(list.items.map { item in
                Reference(text: item.plainText, html: item.innerHTML, location: location(item.position))
            }))
        case (.list(let list), _) where isActivityListSection:
            append(.activities(activityList(list)))
        case (.htmlBlock(let html), _):
            report(.warning, at: location(html.position), Messages.rawHTML, hint: Messages.rawHTMLHint)
        default:
            if let prose = prose(block) { append(.prose(prose)) }
        }
    }

    private var isActivityListSection: Bool {
        if activityListHeading != nil { return true }
        guard let section = stack.last else { return false }
        let names = [section.title, section.label ?? "", section.headingText]
        return names.contains { Vocabulary.activityListHeadings.exact($0) != nil }
    }

    /// Adds to the open section; after its sub-areas (where only `### Aktiviteter` leads back to
    /// it) to what follows them, so that every output keeps the document's order.
    private mutating func append(_ block: ContentBlock) {
        let last = stack.count - 1
        if stack[last].children.isEmpty {
            stack[last].content.append(block)
        } else {
            stack[last].contentAfterChildren = stack[last].contentAfterChildren ?? []
            stack[last].contentAfterChildren?.append(block)
        }
    }

    /// A paragraph, or each of its lines that starts with a key: editors often write `Ansvar:`
    /// and `Samverkansparter:` on two lines with no blank line between them.
    private mutating func addParagraph(_ paragraph: Paragraph) {
        let parts = paragraph.split { line in
            guard let key = KeyedLine(line)?.key else { return false }
            return Vocabulary.fieldKeys.match(key) != nil
        }
        for part in parts { addLine(part) }
    }

    private mutating func addLine(_ paragraph: Paragraph) {
        guard let line = KeyedLine(paragraph) else {
            if let prose = prose(.paragraph(paragraph)) { append(.prose(prose)) }
            return
        }
        let location = self.location(paragraph.position)
        let field = Vocabulary.fieldKeys.match(line.key)
        if case .exact(let entry) = field {
            setField(entry.meaning, line: line, at: location, paragraph: paragraph)
        } else if let firstWord = line.key.split(separator: " ").first,
                  let kind = Vocabulary.objectiveWords[firstWord.lowercased()],
                  line.key.split(separator: " ").count <= 4 {
            append(.objective(Objective(kind: kind, label: line.key, text: line.valueText,
                                        html: line.valueHTML, location: location)))
        } else if case .near(let entry, _) = field {
            report(.warning, at: location, Messages.nearMiss(line.key + ":", entry.word + ":"),
                   hint: Messages.nearMissHint(entry.word + ":"))
            setField(entry.meaning, line: line, at: location, paragraph: paragraph)
        } else {
            let near = stack.last?.kind == .area ? Vocabulary.fieldKeys.oneEditAway(line.key) : []
            if !near.isEmpty {
                report(.warning, at: location, Messages.keptAsText(line.key + ":"),
                       hint: Messages.nearMissesHint(near.map { $0.word + ":" }))
            }
            if let prose = prose(.paragraph(paragraph)) { append(.prose(prose)) }
        }
    }

    private mutating func setField(
        _ field: Vocabulary.FieldKey, line: KeyedLine, at location: SourceLocation, paragraph: Paragraph
    ) {
        guard stack.last?.kind == .area else {
            report(.warning, at: location, Messages.fieldOutsideArea(line.key), hint: Messages.fieldOutsideAreaHint)
            if let prose = prose(.paragraph(paragraph)) { append(.prose(prose)) }
            return
        }
        guard !line.valueText.isEmpty else {
            report(.error, at: location, Messages.emptyField(line.key), hint: Messages.emptyFieldHint)
            return
        }
        let valueLocation = SourceLocation(file: file, line: location.line,
                                           column: location.column + line.valueOffset)
        var section = stack[stack.count - 1]
        let alreadySet: Bool
        switch field {
        case .responsible:
            alreadySet = section.responsible != nil
            section.responsible = MentionSplitter.split(line.valueText, at: valueLocation)
        case .partners:
            alreadySet = section.partners != nil
            section.partners = MentionSplitter.split(line.valueText, at: valueLocation)
        case .themes:
            alreadySet = !section.themes.isEmpty
            section.themes = MentionSplitter.split(line.valueText, at: valueLocation).mentions.map(\.text)
            section.themesLocation = valueLocation
        case .when:
            alreadySet = section.when != nil
            section.when = line.valueText
        }
        if alreadySet {
            report(.warning, at: location, Messages.duplicateField(line.key), hint: Messages.duplicateFieldHint)
        }
        stack[stack.count - 1] = section
    }

    // MARK: - Helpers

    mutating func nextActivityNumber() -> Int {
        activityCount += 1
        return activityCount
    }

    func location(_ position: SourcePosition) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }

    mutating func report(_ severity: Diagnostic.Severity, at location: SourceLocation, _ message: String, hint: String) {
        diagnostics.append(Diagnostic(severity, at: location, message, hint: hint))
    }

    /// Raw HTML, images without a description and unsafe links, wherever they stand.
    private mutating func checkInlines(of block: Block) {
        var found: [Inline] = []
        Self.collectCheckedInlines(of: block, into: &found)
        for inline in found {
            switch inline {
            case .html(_, let position):
                report(.warning, at: location(position), Messages.rawHTML, hint: Messages.rawHTMLHint)
            case .image(let image) where image.children.plainText.trimmingWhitespace.isEmpty:
                report(.error, at: location(image.position), Messages.imageWithoutAlt, hint: Messages.imageWithoutAltHint)
            case .link(let link) where LinkSafety.isUnsafe(link.destination):
                report(.warning, at: location(link.position), Messages.unsafeLink, hint: Messages.unsafeLinkHint)
            case .link(let link) where !LinkSafety.hasScheme(link.destination):
                internalLinks.append((link.destination, location(link.position)))
            default:
                break
            }
        }
    }
}

extension SectionBuilder {
    /// The raw HTML, images and links of `block.allInlines`, in the same order, without building
    /// the whole list: most blocks have none.
    static func collectCheckedInlines(of block: Block, into found: inout [Inline]) {
        switch block {
        case .paragraph(let b): collectCheckedInlines(b.inlines, into: &found)
        case .heading(let b): collectCheckedInlines(b.inlines, into: &found)
        case .list(let b):
            for item in b.items {
                for child in item.blocks { collectCheckedInlines(of: child, into: &found) }
            }
        case .table(let b):
            for row in b.rows {
                for cell in row.cells { collectCheckedInlines(cell.inlines, into: &found) }
            }
        case .blockQuote(let b):
            for child in b.blocks { collectCheckedInlines(of: child, into: &found) }
        case .codeBlock, .htmlBlock, .thematicBreak:
            break
        }
    }

    private static func collectCheckedInlines(_ inlines: [Inline], into found: inout [Inline]) {
        for inline in inlines {
            switch inline {
            case .html:
                found.append(inline)
            case .emphasis(let children, _), .strong(let children, _), .strikethrough(let children, _):
                collectCheckedInlines(children, into: &found)
            case .link(let link):
                found.append(inline)
                collectCheckedInlines(link.children, into: &found)
            case .image(let image):
                found.append(inline)
                collectCheckedInlines(image.children, into: &found)
            case .text, .code, .softBreak, .lineBreak:
                break
            }
        }
    }
}

/// Link schemes that cmark's safe mode drops; the editor is told, so the text is not silently changed.
enum LinkSafety {
    static func isUnsafe(_ destination: String) -> Bool {
        let folded = destination.lowercased().filter { !$0.isWhitespace }
        return ["javascript:", "vbscript:", "file:", "data:"].contains { folded.hasPrefix($0) }
    }

    /// `https:`, `mailto:`, `tel:` … : a link that leaves the site.
    static func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }
}
