/// A plan's lättläst version (easy-to-read Swedish, Webbriktlinjer R12): a Markdown file of its
/// own, `<name>.lattlast.md` in the plan's county folder, whose front matter names the plan
/// (`lattlast: <plan>.md`). It holds simple prose only: headings, paragraphs and lists.
public struct EasyRead: Sendable, Hashable {
    /// A heading of the text, with its anchor on the page.
    public struct Heading: Sendable, Hashable {
        /// 2 or 3: the page's own title is the one level-1 heading.
        public var level: Int
        public var text: String
        public var id: String

        public init(level: Int, text: String, id: String) {
            self.level = level
            self.text = text
            self.id = id
        }
    }

    public enum Block: Sendable, Hashable {
        case heading(Heading)
        /// A paragraph or a list.
        case prose(Prose)
    }

    public var countySlug: String
    /// The plan this is the lättläst version of: its file name without `.md`.
    public var planSlug: String
    /// A title of its own, when the front matter gives one.
    public var title: String?
    public var blocks: [Block]
    /// The file as shown in messages.
    public var sourceFile: String
    /// Where `lattlast:` is written, for messages about the plan it names.
    public var pointer: SourceLocation

    public init(countySlug: String, planSlug: String, title: String?, blocks: [Block], sourceFile: String,
                pointer: SourceLocation) {
        self.countySlug = countySlug
        self.planSlug = planSlug
        self.title = title
        self.blocks = blocks
        self.sourceFile = sourceFile
        self.pointer = pointer
    }

    /// `dalarna/vagen-in-2015-2020`: the plan it belongs to, as the build cache names plans.
    public var planName: String { "\(countySlug)/\(planSlug)" }

    /// The file name suffix that makes a content file a lättläst version.
    public static let fileSuffix = ".lattlast.md"
    /// The front matter field that names the plan.
    public static let field = "lattlast"
}
