/// One XHTML document per top-level section (`EPUB/kapitel-1.xhtml`).
public struct EPUBChapter: Sendable {
    public var language: String
    /// `Fokusområde: Boende – Handlingsplan …`
    public var documentTitle: String
    public var section: EPUBSection

    public init(language: String, documentTitle: String, section: EPUBSection) {
        self.language = language
        self.documentTitle = documentTitle
        self.section = section
    }
}

/// A section of the plan with its fields, blocks and the sections below it.
public struct EPUBSection: Sendable {
    /// A section's heading: its own title as text, or the heading as cmark made it.
    public enum Heading: Sendable {
        case text(String)
        /// cmark's markup, made XHTML.
        case markup(String)
    }

    public var id: String
    /// The heading's id, which the chapter's `aria-labelledby` names.
    public var headingID: String
    /// 0 for a chapter, one more for each level below.
    public var depth: Int
    public var heading: Heading
    /// The section's `Ansvar:`, `Samverkan:` and `När:` lines, when it has them.
    public var responsible: String?
    public var partners: String?
    public var when: String?
    public var blocks: [EPUBBlock]
    public var children: [EPUBSection]

    public var isChapter: Bool { depth == 0 }
    /// `h1` for a chapter, down to `h6`.
    public var level: Int { min(depth + 1, 6) }

    public init(id: String, headingID: String, depth: Int, heading: Heading, responsible: String?,
                partners: String?, when: String?, blocks: [EPUBBlock], children: [EPUBSection]) {
        self.id = id
        self.headingID = headingID
        self.depth = depth
        self.heading = heading
        self.responsible = responsible
        self.partners = partners
        self.when = when
        self.blocks = blocks
        self.children = children
    }
}
