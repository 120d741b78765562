import Foundation
import Catalog
import PlanModel

/// What a plan's page and its large-print copy share: the table of contents, the preamble and
/// the sections, each block resolved (ids, abbreviation links, who is responsible for what).
/// Made once per plan; links into the catalogue are relative to the site root, so that each
/// page places them from its own folder.
public struct PlanBody: Sendable {
    /// The blocks before the first heading.
    public var preamble: [PlanBlock]
    public var sections: [PlanSection]
    /// The sections' headings, nested as the sections are.
    public var contents: [ContentsEntry]

    /// Ids the page itself uses; the plan's section and activity ids are added before terms get theirs.
    public static let pageIds: Set<String> = ["innehall", "rubrik_innehall", "rubrik_format"]

    /// With the `catalog`, area themes link to their theme pages and glossary abbreviations in
    /// the text link to the merged glossary; without it the body stands alone.
    public init(plan: Plan, catalog: Catalog?) {
        self.init(plan: plan, catalog: catalog, activities: PlanActivities(plan))
    }

    /// `activities` are the plan's, resolved once for the page and every format.
    public init(plan: Plan, catalog: Catalog?, activities: PlanActivities) {
        var builder = PlanBodyBuilder(plan: plan, catalog: catalog, activities: activities)
        preamble = plan.preamble.map { builder.block($0, section: nil, parent: nil) }
        builder.startSection()
        sections = plan.sections.map { builder.section($0, parent: nil) }
        contents = sections.map(ContentsEntry.init)
    }
}

/// One entry of the table of contents.
public struct ContentsEntry: Sendable {
    /// The section's id, the anchor the entry leads to.
    public var id: String
    public var text: String
    public var children: [ContentsEntry]

    init(_ section: PlanSection) {
        id = section.id
        text = section.contentsText
        children = section.children.map(ContentsEntry.init)
    }
}

/// One section of a plan and, inside it, its sub-sections.
public struct PlanSection: Sendable {
    public var id: String
    public var kind: SectionKind
    /// The heading level, the Markdown one kept within 2…6.
    public var level: Int
    /// cmark's HTML of the heading as shown: areas with their label (`Fokusområde: Boende`),
    /// special sections with the title the document gives them (`Bilaga 3 – Ordlista`).
    public var headingHTML: String
    /// The same heading as text, for the table of contents and captions.
    public var contentsText: String
    /// The area's facts (themes, responsible, partners, when), when it states any.
    public var facts: AreaFacts?
    public var blocks: [PlanBlock]
    public var children: [PlanSection]
    /// What follows the sub-sections in the document (a list under `### Aktiviteter`).
    public var blocksAfterChildren: [PlanBlock]
}

/// What an area states about itself, each shown when present.
public struct AreaFacts: Sendable {
    /// Empty when the area names no theme.
    public var themes: [ThemeLink]
    /// As written, with glossary terms (`AF`) linked.
    public var responsible: LinkedHTML?
    public var partners: LinkedHTML?
    public var when: String?
}

/// A theme an area names, linked to the theme's page when the catalogue knows it.
public struct ThemeLink: Sendable {
    public var name: String
    /// The theme's page relative to the site root: `teman/bostad/index.html`.
    public var page: String?
}

/// Walks the plan in document order, as ids and abbreviation links depend on what came before.
struct PlanBodyBuilder {
    let plan: Plan
    let catalog: Catalog?
    let activities: PlanActivities
    var ids: HTMLIds
    var linker: AbbreviationLinker?
    /// Where the text's links to other plans' files lead (`PlanLinkAddresses`).
    let planLinkTargets: [String: String]

    init(plan: Plan, catalog: Catalog?, activities: PlanActivities) {
        self.plan = plan
        self.catalog = catalog
        self.activities = activities
        ids = HTMLIds(reserved: PlanBody.pageIds.union(plan.allSections.map(\.id))
            .union(plan.activities.map(\.activity.id)))
        linker = catalog.map { catalog in
            var linker = AbbreviationLinker(glossary: catalog.glossary) { SiteAddress.of($0.target) }
            linker.phrases = GlossaryPhrases(plan: plan, glossary: catalog.glossary)
            return linker
        }
        planLinkTargets = PlanLinkAddresses.targets(of: plan)
    }

    mutating func startSection() { linker?.startSection() }

    mutating func link(_ html: String) -> LinkedHTML {
        PlanLinkAddresses.rewrite(linker?.link(html) ?? LinkedHTML(html), targets: planLinkTargets)
    }

    /// Plain text with its glossary terms linked.
    mutating func link(text: String?) -> LinkedHTML? {
        guard let text = StatedText.nonBlank(text) else { return nil }
        return linker?.link(text: text) ?? LinkedHTML(text: text)
    }

    mutating func section(_ section: Section, parent: Section?) -> PlanSection {
        // Each section links the first occurrence of each term in it, the facts above its text first.
        startSection()
        let responsible = link(text: section.responsible?.text)
        let partners = link(text: section.partners?.text)
        let blocks = section.content.map { block($0, section: section, parent: parent) }
        let children = section.children.map { self.section($0, parent: section) }
        let blocksAfterChildren = (section.contentAfterChildren ?? []).map { block($0, section: section, parent: parent) }
        let statesFacts = !section.themes.isEmpty || section.responsible != nil || section.partners != nil
            || section.when != nil
        let showsThemes = StatedText.nonBlank(section.themes.joined(separator: ", ")) != nil
        let facts = AreaFacts(
            themes: showsThemes ? section.themes.map(themeLink) : [],
            responsible: responsible,
            partners: partners,
            when: StatedText.nonBlank(section.when))
        return PlanSection(
            id: section.id,
            kind: section.kind,
            level: min(max(section.level, 2), 6),
            headingHTML: SectionHeading.html(section),
            contentsText: SectionHeading.text(section),
            facts: statesFacts ? facts : nil,
            blocks: blocks,
            children: children,
            blocksAfterChildren: blocksAfterChildren)
    }

    private func themeLink(_ text: String) -> ThemeLink {
        let theme = catalog?.themes.resolve(text)
        return ThemeLink(name: theme?.name ?? text, page: theme.map { SiteAddress.theme($0.id) })
    }
}
