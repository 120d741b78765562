/// Where a node starts in its source text: 1-based line and column, as cmark counts them
/// (the column counts bytes of UTF-8, which is what editors show for ASCII and close enough otherwise).
public struct SourcePosition: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
