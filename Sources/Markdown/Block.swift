/// A block of a Markdown document. Every block carries its source position and the HTML
/// that cmark renders for it (in safe mode: raw HTML from the source never passes through).
public enum Block: Sendable, Hashable {
    case paragraph(Paragraph)
    case heading(Heading)
    case list(ListBlock)
    case table(Table)
    case blockQuote(BlockQuote)
    case codeBlock(CodeBlock)
    case htmlBlock(HTMLBlock)
    case thematicBreak(ThematicBreak)

    public var position: SourcePosition {
        switch self {
        case .paragraph(let b): return b.position
        case .heading(let b): return b.position
        case .list(let b): return b.position
        case .table(let b): return b.position
        case .blockQuote(let b): return b.position
        case .codeBlock(let b): return b.position
        case .htmlBlock(let b): return b.position
        case .thematicBreak(let b): return b.position
        }
    }

    /// cmark's HTML for the whole block.
    public var html: String {
        switch self {
        case .paragraph(let b): return b.html
        case .heading(let b): return b.html
        case .list(let b): return b.html
        case .table(let b): return b.html
        case .blockQuote(let b): return b.html
        case .codeBlock(let b): return b.html
        case .htmlBlock(let b): return b.html
        case .thematicBreak(let b): return b.html
        }
    }

    /// The inlines of this block and of every block inside it, in document order.
    public var allInlines: [Inline] {
        switch self {
        case .paragraph(let b): return b.inlines.flattened
        case .heading(let b): return b.inlines.flattened
        case .list(let b): return b.items.flatMap { $0.blocks.flatMap(\.allInlines) }
        case .table(let b): return b.rows.flatMap { $0.cells.flatMap(\.inlines.flattened) }
        case .blockQuote(let b): return b.blocks.flatMap(\.allInlines)
        case .codeBlock, .htmlBlock, .thematicBreak: return []
        }
    }
}
