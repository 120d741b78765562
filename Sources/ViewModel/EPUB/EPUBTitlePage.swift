import PlanModel

/// The title page (`EPUB/titelsida.xhtml`): the plan's facts, its summary, the colophon and
/// the text before the first heading.
public struct EPUBTitlePage: Sendable {
    public var language: String
    public var title: String
    public var subtitle: String?
    public var kind: PlanKind
    public var county: String
    public var publisher: String
    /// `2015–2020`.
    public var period: String
    public var adopted: String?
    /// The plan's reference number (diarienummer).
    public var reference: String?
    public var summary: String?
    /// Lines about the original.
    public var colophon: [String]
    public var blocks: [EPUBBlock]
    /// On an earlier version of a revised plan: that it is one, and which is current.
    public var versionNotice: String?
    /// Every version of a revised plan, as `PlanVersionList.textLines` words them.
    public var versions: [String] = []

    public init(language: String, title: String, subtitle: String?, kind: PlanKind, county: String,
                publisher: String, period: String, adopted: String?, reference: String?, summary: String?,
                colophon: [String], blocks: [EPUBBlock]) {
        self.language = language
        self.title = title
        self.subtitle = subtitle
        self.kind = kind
        self.county = county
        self.publisher = publisher
        self.period = period
        self.adopted = adopted
        self.reference = reference
        self.summary = summary
        self.colophon = colophon
        self.blocks = blocks
    }
}
