/// The book's last chapter when the plan has follow-up reports (`EPUB/uppfoljning.xhtml`): the
/// plan's `FollowUpSummary`, as the follow-up page and the text edition show it, with each
/// activity linked to its row in the chapter that holds it.
public struct EPUBFollowUpChapter: Sendable {
    public static let href = "uppfoljning.xhtml"
    public static let manifestID = "uppfoljning"

    public var language: String
    /// `Uppföljning – Handlingsplan …`
    public var documentTitle: String
    public var summary: FollowUpSummary

    public init(language: String, documentTitle: String, summary: FollowUpSummary) {
        self.language = language
        self.documentTitle = documentTitle
        self.summary = summary
    }
}
