import Catalog
import PlanModel

/// The data a template sees. Every key a template tests is always present (`false` when there
/// is nothing), because Mustache looks a missing key up in the enclosing objects: a sub-area
/// without `Ansvar:` must not show its parent's.
typealias HTMLContext = [String: Any]

/// Optional text as a template value: the text, or `false` when there is none.
func htmlOptional(_ text: String?) -> Any {
    guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return false }
    return text
}

/// A plan as template data: its facts, its table of contents and every section and block in
/// document order.
struct HTMLPlanContext {
    let plan: Plan
    let strings: HTMLStrings
    /// Themes and glossary for links into the catalogue; nil when the page stands alone.
    var catalog: Catalog? = nil

    /// Ids the page itself uses; the plan's section and activity ids are added before terms get theirs.
    static let pageIds: Set<String> = ["innehall", "rubrik_innehall", "rubrik_format"]

    func facts(county: County, countyHref: String) -> HTMLContext {
        let kindKey = plan.kind == .överenskommelse ? "overenskommelse" : plan.kind.rawValue
        let adopted: Any = plan.adopted.map { date -> Any in
            ["iso": date.description, "text": HTMLText.date(date.description, strings: strings)] as HTMLContext
        } ?? false
        return [
            "title": plan.title,
            "subtitle": htmlOptional(plan.subtitle),
            "summary": htmlOptional(plan.summary),
            "kindName": strings.text("kinds.\(kindKey)"),
            "isAgreement": plan.kind == .överenskommelse,
            "period": plan.period.description,
            "publisher": plan.publisher,
            "reference": htmlOptional(plan.reference),
            "adopted": adopted,
            "colophon": plan.colophon,
            "hasColophon": !plan.colophon.isEmpty,
            "countyName": county.name,
            "countyHref": countyHref,
        ]
    }

    /// The sections as nested template data, plus the preamble's blocks. `root` leads from the
    /// page to the site root (`../../`), for the links into the catalogue.
    func body(root: String = "") -> (preamble: [HTMLContext], sections: [HTMLContext]) {
        var ids = HTMLIds(reserved: Self.pageIds.union(plan.allSections.map(\.id))
            .union(plan.activities.map(\.activity.id)))
        var linker = catalog.map { catalog in
            HTMLAbbreviationLinker(glossary: catalog.glossary) { root + $0.url }
        }
        let preamble = plan.preamble.map { block(
            $0, section: nil, parent: nil, inheritedResponsible: nil, ids: &ids, linker: &linker) }
        linker?.startSection()
        let sections = plan.sections.map {
            section($0, parent: nil, inheritedResponsible: nil, ids: &ids, linker: &linker, root: root)
        }
        return (preamble, sections)
    }

    private func section(_ section: Section, parent: Section?, inheritedResponsible: String?,
                         ids: inout HTMLIds, linker: inout HTMLAbbreviationLinker?, root: String) -> HTMLContext {
        let responsible = section.responsible?.text
        let areaResponsible = responsible.flatMap { $0.isEmpty ? nil : $0 } ?? inheritedResponsible
        // Each section links the first occurrence of each abbreviation in it.
        linker?.startSection()
        let blocks = section.content.map {
            block($0, section: section, parent: parent, inheritedResponsible: areaResponsible, ids: &ids, linker: &linker)
        }
        let children = section.children.map {
            self.section($0, parent: section, inheritedResponsible: areaResponsible, ids: &ids, linker: &linker, root: root)
        }
        let themes = section.themes.joined(separator: ", ")
        let themeLinks = section.themes.enumerated().map { index, text -> HTMLContext in
            let theme = catalog?.themes.resolve(text)
            return [
                "name": theme?.name ?? text,
                "href": htmlOptional(theme.map { root + HTMLCatalogAddress.theme($0.id) }),
                "separator": index == section.themes.count - 1 ? "" : ", ",
            ]
        }
        let hasFacts = !section.themes.isEmpty || section.responsible != nil || section.partners != nil
            || section.when != nil
        return [
            "id": section.id,
            "level": min(max(section.level, 2), 6),
            "kind": section.kind.rawValue,
            "headingHTML": displayHeadingHTML(section),
            "tocText": displayHeadingText(section),
            "isArea": section.kind == .area,
            "hasFacts": hasFacts,
            "themes": htmlOptional(themes),
            "themeLinks": themeLinks,
            "themesPlural": section.themes.count > 1,
            "responsible": htmlOptional(responsible),
            "partners": htmlOptional(section.partners?.text),
            "when": htmlOptional(section.when),
            "blocks": blocks,
            "children": children,
            "hasChildren": !children.isEmpty,
        ]
    }

    /// Areas show their label (`Fokusområde: Boende`); special sections show the title the
    /// document gives them (`## Ordlista: Bilaga 3 – Ordlista` → `Bilaga 3 – Ordlista`).
    private func displayHeadingHTML(_ section: Section) -> String {
        guard isSpecial(section.kind), let label = section.label else { return section.headingHTML }
        let prefix = label + ":"
        if section.headingHTML.hasPrefix(prefix) {
            let rest = section.headingHTML.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { return rest }
        }
        return section.headingHTML
    }

    private func displayHeadingText(_ section: Section) -> String {
        guard isSpecial(section.kind), let label = section.label else { return section.headingText }
        let prefix = label + ":"
        if section.headingText.hasPrefix(prefix) {
            let rest = section.headingText.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { return rest }
        }
        return section.headingText
    }

    private func isSpecial(_ kind: SectionKind) -> Bool {
        switch kind {
        case .glossary, .examples, .signatories, .participants, .references: true
        case .area, .prose, .example, .network: false
        }
    }

    private func block(_ block: ContentBlock, section: Section?, parent: Section?, inheritedResponsible: String?,
                       ids: inout HTMLIds, linker: inout HTMLAbbreviationLinker?) -> HTMLContext {
        func linked(_ html: String) -> String { linker?.link(html) ?? html }
        var context: HTMLContext = [
            "prose": false, "objective": false, "activities": false, "glossary": false,
            "signatories": false, "participants": false, "references": false,
        ]
        let caption = section.map(displayHeadingText) ?? plan.title
        switch block {
        case .prose(let prose):
            context["prose"] = ["html": linked(prose.html)] as HTMLContext
        case .objective(let objective):
            context["objective"] = ["label": objective.label, "html": linked(objective.html)] as HTMLContext
        case .activities(let table):
            context["activities"] = activityTable(
                table, caption: activityCaption(table, section: section, parent: parent),
                inheritedResponsible: inheritedResponsible, link: linked)
        case .glossary(let entries):
            context["glossary"] = ["entries": entries.map { entry -> HTMLContext in
                let base = HTMLText.slug(entry.term)
                return ["id": ids.unique("term-" + (base.isEmpty ? "ord" : base)),
                        "term": entry.term, "html": entry.definitionHTML]
            }] as HTMLContext
        case .signatories(let people):
            context["signatories"] = [
                "caption": caption,
                "showRole": people.contains { !($0.role ?? "").isEmpty },
                "showOrganisation": people.contains { !($0.organisation ?? "").isEmpty },
                "rows": people.map { ["name": $0.name, "role": $0.role ?? "", "organisation": $0.organisation ?? ""] as HTMLContext },
            ] as HTMLContext
        case .participants(let people):
            context["participants"] = [
                "caption": caption,
                "showOrganisation": people.contains { !($0.organisation ?? "").isEmpty },
                "rows": people.map { ["name": $0.name, "organisation": $0.organisation ?? ""] as HTMLContext },
            ] as HTMLContext
        case .references(let items):
            context["references"] = ["items": items.map { ["html": linked($0.html)] as HTMLContext }] as HTMLContext
        }
        return context
    }

    /// `Aktiviteter: Fokusområde: Boende`. A list under its own heading (`### Exempel på aktiviteter`)
    /// is named by that heading and the area around it: `Exempel på aktiviteter: Prioriterat område: Bostad`.
    private func activityCaption(_ table: ActivityTable, section: Section?, parent: Section?) -> HTMLContext {
        let heading = section.map(displayHeadingText) ?? plan.title
        if let section, let parent, table.columns == [section.headingText] || table.columns == [section.title] {
            return ["prefix": heading, "text": displayHeadingText(parent)]
        }
        return ["prefix": strings.text("activities.caption"), "text": heading]
    }

    /// One row per activity. A column is shown when some activity has a value for it; the
    /// responsible column then shows the area's responsible, marked, where the row has none.
    private func activityTable(_ table: ActivityTable, caption: HTMLContext, inheritedResponsible: String?,
                               link: (String) -> String) -> HTMLContext {
        let activities = table.activities
        let showResponsible = activities.contains { !($0.responsible?.text ?? "").isEmpty }
        let showPartners = activities.contains { !($0.partners?.text ?? "").isEmpty }
        let showWhen = activities.contains { !($0.when ?? "").isEmpty }
        var otherColumns: [String] = []
        for activity in activities {
            for field in activity.otherFields where !otherColumns.contains(field.name) {
                otherColumns.append(field.name)
            }
        }
        let rows = activities.map { activity -> HTMLContext in
            let own = activity.responsible?.text ?? ""
            let inherited = own.isEmpty && showResponsible ? inheritedResponsible : nil
            let others = otherColumns.map { name -> HTMLContext in
                ["name": name, "html": link(activity.otherFields.first { $0.name == name }?.html ?? "")]
            }
            return [
                "id": activity.id,
                "number": activity.number,
                "html": link(activity.html),
                "responsible": own.isEmpty ? (inherited ?? "") : own,
                "inherited": inherited != nil,
                "partners": activity.partners?.text ?? "",
                "when": activity.when ?? "",
                "others": others,
            ]
        }
        return [
            // The interface texts again, nearer the rows that use them: Mustache looks a name
            // up through every enclosing object, and a table may have a hundred thousand rows.
            "t": strings,
            "caption": caption,
            "showResponsible": showResponsible,
            "showPartners": showPartners,
            "showWhen": showWhen,
            "otherColumns": otherColumns,
            "rows": rows,
        ]
    }
}
