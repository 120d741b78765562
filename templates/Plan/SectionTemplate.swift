import InterfaceText
import ViewModel

extension PlanBody {
    /// The preamble and the sections, on a page whose way back to the site root is `root`.
    func html(_ t: Strings, root: String) -> HTML {
        """
        <div class="plan-body">
        \(preamble.map { $0.html(t, root: root) })\
        \(sections.map { $0.html(t, root: root) })\
        </div>
        """
    }
}

extension PlanSection {
    /// One section of a plan and, inside it, its sub-sections. The heading level is the Markdown one.
    func html(_ t: Strings, root: String) -> HTML {
        """
        <section id="\(id)" class="plan-section plan-section-\(kind.rawValue)">
        <h\(level)>\(HTML.trusted(headingHTML))</h\(level)>
        \(facts.map { $0.html(t, root: root) })\
        \(blocks.map { $0.html(t, root: root) })\
        \(children.map { $0.html(t, root: root) })\
        \(blocksAfterChildren.map { $0.html(t, root: root) })\
        </section>

        """
    }
}

extension AreaFacts {
    func html(_ t: Strings, root: String) -> HTML {
        """
        <dl class="area-facts">
        \(if: !themes.isEmpty, "<div><dt>\(themes.count > 1 ? t.area.themes : t.area.theme)</dt><dd>\(themesHTML(root: root))</dd></div>\n")\
        \(responsible.map { responsible -> HTML in "<div><dt>\(t.area.responsible)</dt><dd>\(responsible.html(root: root))</dd></div>\n" })\
        \(partners.map { partners -> HTML in "<div><dt>\(t.area.partners)</dt><dd>\(partners.html(root: root))</dd></div>\n" })\
        \(when.map { when -> HTML in "<div><dt>\(t.area.when)</dt><dd>\(when)</dd></div>\n" })\
        </dl>

        """
    }

    private func themesHTML(root: String) -> HTML {
        HTML.joined(themes.map { theme -> HTML in
            if let page = theme.page { return "<a href=\"\(root)\(page)\">\(theme.name)</a>" }
            return "\(theme.name)"
        }, separator: ", ")
    }
}
