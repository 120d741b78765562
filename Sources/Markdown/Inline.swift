/// Inline content of a paragraph, heading or table cell.
public indirect enum Inline: Sendable, Hashable {
    case text(String, SourcePosition)
    case code(String, SourcePosition)
    case softBreak(SourcePosition)
    case lineBreak(SourcePosition)
    case emphasis([Inline], SourcePosition)
    case strong([Inline], SourcePosition)
    case strikethrough([Inline], SourcePosition)
    case link(Link)
    case image(Image)
    /// Raw inline HTML from the source. It is kept in the tree so that checks can report it,
    /// but cmark's safe mode never renders it.
    case html(String, SourcePosition)

    public var position: SourcePosition {
        switch self {
        case .text(_, let p), .code(_, let p), .softBreak(let p), .lineBreak(let p),
             .emphasis(_, let p), .strong(_, let p), .strikethrough(_, let p), .html(_, let p):
            return p
        case .link(let link): return link.position
        case .image(let image): return image.position
        }
    }

    /// The text a reader sees, without markup; breaks become spaces.
    public var plainText: String {
        switch self {
        case .text(let s, _), .code(let s, _): return s
        case .softBreak, .lineBreak: return " "
        case .html: return ""
        case .emphasis(let c, _), .strong(let c, _), .strikethrough(let c, _): return c.plainText
        case .link(let link): return link.children.plainText
        case .image(let image): return image.children.plainText
        }
    }
}

public struct Link: Sendable, Hashable {
    public var destination: String
    public var title: String
    public var children: [Inline]
    public var position: SourcePosition
}

public struct Image: Sendable, Hashable {
    public var source: String
    public var title: String
    /// The alternative text is the image's inline content.
    public var children: [Inline]
    public var position: SourcePosition
}

extension Array where Element == Inline {
    public var plainText: String { map(\.plainText).joined() }

    /// Every inline in document order, nested ones included.
    public var flattened: [Inline] {
        flatMap { inline -> [Inline] in
            switch inline {
            case .emphasis(let c, _), .strong(let c, _), .strikethrough(let c, _):
                return [inline] + c.flattened
            case .link(let link): return [inline] + link.children.flattened
            case .image(let image): return [inline] + image.children.flattened
            default: return [inline]
            }
        }
    }
}
