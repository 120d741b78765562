import InterfaceText
import ViewModel

extension EPUBBook {
    var hasFollowUp: Bool { !plan.followUps.isEmpty }

    /// The follow-up chapter, when the plan has follow-up reports: a plan without any gets none,
    /// as its page links no follow-up page (a chapter saying "not followed up" would be in
    /// every book of the seeds, none of which publishes a follow-up).
    func followUpChapter(_ t: Strings) -> EPUBFollowUpChapter? {
        guard hasFollowUp else { return nil }
        // Each activity's document: the title page holds the preamble's, a chapter its section's.
        let chapterHref = Dictionary(chapters.map { ($0.section.id, $0.href) }, uniquingKeysWith: { first, _ in first })
        var documents: [String: String] = [:]
        for placed in plan.activities {
            documents[placed.activity.id] = chapterHref[placed.path.first?.id ?? ""] ?? Self.titleHref
        }
        let summary = FollowUpSummary(plan: plan, activities: activities) { id in
            "\(documents[id] ?? Self.titleHref)#\(ids[id])"
        }
        return EPUBFollowUpChapter(language: language, documentTitle: FormatXML.clean("\(t.followUp.chapter) – \(plan.title)"),
                                   summary: summary)
    }
}
