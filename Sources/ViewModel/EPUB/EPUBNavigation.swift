/// The navigation document (`EPUB/nav.xhtml`): the table of contents and the landmarks.
public struct EPUBNavigation: Sendable {
    /// A line of the table of contents, with the sections below it.
    public struct Entry: Sendable {
        public var href: String
        public var text: String
        public var children: [Entry]

        public init(href: String, text: String, children: [Entry]) {
            self.href = href
            self.text = text
            self.children = children
        }
    }

    public var language: String
    /// The plan's title.
    public var title: String
    public var titlePageHref: String
    /// The first chapter; nil when the plan has no sections.
    public var bodyHref: String?
    /// The title page, then each chapter.
    public var entries: [Entry]

    public init(language: String, title: String, titlePageHref: String, bodyHref: String?, entries: [Entry]) {
        self.language = language
        self.title = title
        self.titlePageHref = titlePageHref
        self.bodyHref = bodyHref
        self.entries = entries
    }
}
