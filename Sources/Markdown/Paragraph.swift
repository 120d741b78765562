public struct Paragraph: Sendable, Hashable {
    public var inlines: [Inline]
    public var position: SourcePosition
    /// `<p>…</p>` as cmark renders it.
    public var html: String
    /// The paragraph's content without the `<p>` element around it.
    public var inlineHTML: String

    public var plainText: String { inlines.plainText }
}
