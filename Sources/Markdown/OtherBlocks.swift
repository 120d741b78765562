public struct BlockQuote: Sendable, Hashable {
    public var blocks: [Block]
    public var position: SourcePosition
    public var html: String
}

public struct CodeBlock: Sendable, Hashable {
    public var code: String
    public var info: String
    public var position: SourcePosition
    public var html: String
}

/// Raw HTML from the source. Kept so that checks can report it; cmark's safe mode renders it
/// as a comment, never as markup.
public struct HTMLBlock: Sendable, Hashable {
    public var literal: String
    public var position: SourcePosition
    public var html: String
}

public struct ThematicBreak: Sendable, Hashable {
    public var position: SourcePosition
    public var html: String
}
