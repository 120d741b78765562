public struct Heading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    public var inlines: [Inline]
    public var position: SourcePosition
    public var html: String
    /// The heading's content without the `<hN>` element around it.
    public var inlineHTML: String

    public var plainText: String { inlines.plainText }
}
