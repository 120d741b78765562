/// One file of the finished site: where it goes under the output folder, and its bytes.
public struct OutputFile: Sendable, Equatable {
    /// Relative to the output folder, with `/` between folders: `dalarna/vagen-in-2015-2020/index.html`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
