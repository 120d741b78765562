import Markdown
import PlanModel

/// Reads a lättläst file (`<name>.lattlast.md`): front matter with `lattlast: <plan>.md` and
/// perhaps a `title:`, then simple prose. Headings (`##`, `###`), paragraphs and lists are
/// kept; anything else (a table, a quote, code, a rule, raw HTML) is left out with a warning on
/// its line, as easy-to-read text is plain text in short pieces.
public enum EasyReadParser {
    static let knownFields = [EasyRead.field, "title"]

    /// `file` is the path shown in messages; `countySlug` the folder the file is in.
    public static func parse(_ text: String, file: String, countySlug: String) -> ParseResult<EasyRead> {
        var diagnostics: [Diagnostic] = []
        guard let frontMatter = FrontMatter.read(text, file: file, diagnostics: &diagnostics) else {
            return ParseResult(value: nil, diagnostics: diagnostics)
        }
        for name in frontMatter.order where !knownFields.contains(name) {
            diagnostics.append(Diagnostic(.warning, at: frontMatter.location(of: name, orFile: file),
                Messages.unknownField(name), hint: Messages.unknownFieldHint(knownFields)))
        }
        let pointer = frontMatter.location(of: EasyRead.field, orFile: file)
        let target = frontMatter.string(EasyRead.field, diagnostics: &diagnostics)
        let planSlug = target.flatMap(planSlug(of:))
        if target == nil, !frontMatter.isUnreadable {
            diagnostics.append(Diagnostic(.error, at: pointer, Messages.missingField(EasyRead.field),
                hint: Messages.easyReadPointerHint))
        } else if let target, planSlug == nil {
            diagnostics.append(Diagnostic(.error, at: pointer, Messages.easyReadBadPointer(target),
                hint: Messages.easyReadPointerHint))
        }
        let title = frontMatter.string("title", diagnostics: &diagnostics)
        let document = MarkdownDocument(parsing: frontMatter.body, lineOffset: frontMatter.bodyLineOffset)
        if let over = PlanParser.overLimit(document, file: file) {
            return ParseResult(value: nil, diagnostics: diagnostics + [over])
        }
        var reader = EasyReadBlocks(file: file)
        for block in document.blocks { reader.add(block) }
        diagnostics += reader.diagnostics
        if reader.blocks.isEmpty {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                Messages.easyReadEmpty, hint: Messages.easyReadEmptyHint))
        }
        guard let planSlug, !diagnostics.hasErrors else { return ParseResult(value: nil, diagnostics: diagnostics) }
        let easyRead = EasyRead(countySlug: countySlug, planSlug: planSlug, title: title, blocks: reader.blocks,
                                sourceFile: file, pointer: pointer)
        return ParseResult(value: easyRead, diagnostics: diagnostics)
    }

    /// `handlingsplan-2015-2017.md` (or without `.md`) → `handlingsplan-2015-2017`; nil for a
    /// path into another folder or a name that is no plan file's: the lättläst file lies beside its plan.
    static func planSlug(of target: String) -> String? {
        let name = target.hasSuffix(".md") ? String(target.dropLast(3)) : target
        guard !name.isEmpty, !name.contains("/"), Slug.make(name) == name else { return nil }
        return name
    }
}

/// The blocks of a lättläst text, with a warning for each block that is not simple prose.
struct EasyReadBlocks {
    let file: String
    var blocks: [EasyRead.Block] = []
    var diagnostics: [Diagnostic] = []
    private var ids = SlugRegistry()
    private let prose: SectionBuilder

    init(file: String) {
        self.file = file
        prose = SectionBuilder(file: file)
    }

    mutating func add(_ block: Block) {
        let location = prose.location(block.position)
        switch block {
        case .heading(let heading):
            let text = heading.plainText.trimmingWhitespace
            if text.isEmpty {
                diagnostics.append(Diagnostic(.warning, at: location, Messages.emptyHeading, hint: Messages.emptyHeadingHint))
                return
            }
            if heading.level == 1 || heading.level > 3 {
                diagnostics.append(Diagnostic(.warning, at: location, Messages.easyReadHeadingLevel(heading.level),
                    hint: Messages.easyReadHeadingLevelHint))
            }
            let level = min(max(heading.level, 2), 3)
            blocks.append(.heading(EasyRead.Heading(level: level, text: text, id: ids.unique(text, fallback: "avsnitt"))))
            checkInlines(block)
        case .paragraph, .list:
            if let prose = prose.prose(block) { blocks.append(.prose(prose)) }
            checkInlines(block)
        case .table, .blockQuote, .codeBlock, .htmlBlock, .thematicBreak:
            diagnostics.append(Diagnostic(.warning, at: location, Messages.easyReadBlockLeftOut(Self.name(of: block)),
                hint: Messages.easyReadBlockLeftOutHint))
        }
    }

    private static func name(of block: Block) -> String {
        switch block {
        case .table: Messages.easyReadTable
        case .blockQuote: Messages.easyReadQuote
        case .codeBlock: Messages.easyReadCode
        case .htmlBlock: Messages.easyReadHTML
        default: Messages.easyReadRule
        }
    }

    /// Raw HTML, images and links as in a plan; a link within the site is left out of lättläst
    /// text, whose page lies at another depth than the plan's.
    private mutating func checkInlines(_ block: Block) {
        var found: [Inline] = []
        SectionBuilder.collectCheckedInlines(of: block, into: &found)
        for inline in found {
            switch inline {
            case .html(_, let position):
                diagnostics.append(Diagnostic(.warning, at: prose.location(position), Messages.rawHTML, hint: Messages.rawHTMLHint))
            case .image(let image) where image.children.plainText.trimmingWhitespace.isEmpty:
                diagnostics.append(Diagnostic(.error, at: prose.location(image.position), Messages.imageWithoutAlt,
                    hint: Messages.imageWithoutAltHint))
            case .link(let link) where LinkSafety.isUnsafe(link.destination):
                diagnostics.append(Diagnostic(.warning, at: prose.location(link.position), Messages.unsafeLink,
                    hint: Messages.unsafeLinkHint))
            case .link(let link) where !LinkSafety.hasScheme(link.destination):
                diagnostics.append(Diagnostic(.warning, at: prose.location(link.position), Messages.easyReadRelativeLink,
                    hint: Messages.easyReadRelativeLinkHint))
            default:
                break
            }
        }
    }
}
