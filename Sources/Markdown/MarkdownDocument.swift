/// A parsed Markdown document: its top-level blocks in order.
public struct MarkdownDocument: Sendable, Hashable {
    public var blocks: [Block]
    /// Where the document nests deeper than the Markdown layer copies (lists in lists in …), if it does.
    public var tooDeepAt: SourcePosition?
    /// Where the text goes past one of the `InputLimit`s, if it does: then it is not parsed at all.
    public var overLimit: InputLimitExceeded?

    /// Parses GitHub Flavored Markdown with cmark-gfm (table, strikethrough, autolink,
    /// tagfilter and tasklist extensions). `lineOffset` is added to every line number, so that
    /// positions count from the top of a file whose front matter was cut off before parsing.
    public init(parsing text: String, lineOffset: Int = 0) {
        if let over = InputLimit.firstExceeded(text, lineOffset: lineOffset) {
            (blocks, overLimit) = ([], over)
            return
        }
        (blocks, tooDeepAt) = CmarkConverter.parse(text, lineOffset: lineOffset)
    }

    public init(blocks: [Block]) {
        self.blocks = blocks
    }
}
