public struct ListBlock: Sendable, Hashable {
    public var isOrdered: Bool
    public var items: [ListItem]
    public var position: SourcePosition
    public var html: String
}

public struct ListItem: Sendable, Hashable {
    public var blocks: [Block]
    /// `true` or `false` for a task-list item (`- [x] …`), `nil` for an ordinary item.
    public var isChecked: Bool?
    public var position: SourcePosition
    /// The item's content without the `<li>` element around it; a tight item's paragraph has no `<p>`.
    public var innerHTML: String

    /// The plain text of the item's own paragraphs (not of nested lists).
    public var plainText: String {
        blocks.compactMap { block -> String? in
            if case .paragraph(let p) = block { return p.plainText }
            return nil
        }.joined(separator: " ")
    }
}
