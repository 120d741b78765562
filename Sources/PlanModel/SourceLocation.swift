/// A place in a content file, for messages that an editor can act on.
public struct SourceLocation: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path as the editor knows it, relative to the folder the tool was run in.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    /// Set on an encoder to the content folder as the editor named it (`content/`): `file` is
    /// then written relative to it, so that published data names a source the same way on every
    /// machine and never shows where the editor keeps the files.
    public static let contentFolderKey = CodingUserInfoKey(rawValue: "planpress.contentFolder")!

    private enum CodingKeys: String, CodingKey { case file, line, column }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        line = try container.decode(Int.self, forKey: .line)
        column = try container.decode(Int.self, forKey: .column)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.relative(file, to: encoder.userInfo[Self.contentFolderKey] as? String), forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }

    /// `file` without the `folder` it lies in, when it lies there.
    public static func relative(_ file: String, to folder: String?) -> String {
        guard let folder, !folder.isEmpty, file.hasPrefix(folder) else { return file }
        return String(file.dropFirst(folder.count))
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
