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
    public var id: String
    /// The heading's id, which the chapter's `aria-labelledby` names.
    public var headingID: String
    /// 0 for a chapter, one more for each level below.
    public var depth: Int
    /// The heading as every format shows it (`SectionHeading`), cmark's markup made XHTML.
    public var headingHTML: String
    /// The section's `Ansvar:`, `Samverkan:` and `När:` lines, when it has them.
    public var responsible: String?
    public var partners: String?
    public var when: String?
    public var blocks: [EPUBBlock]
    public var children: [EPUBSection]
    /// What follows the sub-sections in the document (a list under `### Aktiviteter`).
    public var blocksAfterChildren: [EPUBBlock]

    public var isChapter: Bool { depth == 0 }
    /// `h1` for a chapter, down to `h6`.
    public var level: Int { min(depth + 1, 6) }

    public init(id: String, headingID: String, depth: Int, headingHTML: String, responsible: String?,
                partners: String?, when: String?, blocks: [EPUBBlock], children: [EPUBSection],
                blocksAfterChildren: [EPUBBlock] = []) {
        self.id = id
        self.headingID = headingID
        self.depth = depth
        self.headingHTML = headingHTML
        self.responsible = responsible
        self.partners = partners
        self.when = when
        self.blocks = blocks
        self.children = children
        self.blocksAfterChildren = blocksAfterChildren
    }
}
