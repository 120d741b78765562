import PlanModel
import PlanParser

/// What a catalogue entry, or a search entry, points at. The catalogue names things by their
/// keys; where each lives on the site is the render side's business (`SiteAddress.of`).
public enum CatalogTarget: Hashable, Sendable {
    case county(String)
    case plan(PlanKey)
    case area(PlanKey, sectionID: String)
    case activity(PlanKey, activityID: String)
    case organisation(String)
    /// A glossary term, by its anchor (`term-sfi`).
    case term(anchor: String)
}

extension PlanEntry {
    public var target: CatalogTarget { .plan(key) }
}

extension AreaEntry {
    /// The area's heading on its plan's page.
    public var target: CatalogTarget { .area(key.plan, sectionID: key.sectionID) }
}

extension ActivityEntry {
    /// The activity's row on its plan's page.
    public var target: CatalogTarget { .activity(key.plan, activityID: key.activityID) }
}

extension GlossaryTerm {
    /// The term's entry on the glossary page.
    public var target: CatalogTarget { .term(anchor: anchor) }

    /// The anchor a term would have on its own: `term-` and the term as a slug (`term-sfi`), or
    /// `term` when the term has no letters a slug keeps. The catalogue numbers repeats
    /// (`term-sfi-2`), so that every anchor on the glossary page is unique.
    static func baseAnchor(_ term: String) -> String {
        let slug = Slug.make(term)
        return slug.isEmpty ? "term" : "term-" + slug
    }
}
