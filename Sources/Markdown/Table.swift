/// A GFM table. The first row is the header row.
public struct Table: Sendable, Hashable {
    public var rows: [TableRow]
    public var position: SourcePosition
    public var html: String

    public var header: TableRow? { rows.first(where: \.isHeader) }
    public var bodyRows: [TableRow] { rows.filter { !$0.isHeader } }
}

public struct TableRow: Sendable, Hashable {
    public var isHeader: Bool
    public var cells: [TableCell]
    public var position: SourcePosition
}

public struct TableCell: Sendable, Hashable {
    public var inlines: [Inline]
    public var position: SourcePosition
    /// The cell's content without the `<td>`/`<th>` element around it.
    public var inlineHTML: String

    public var plainText: String { inlines.plainText }
}
