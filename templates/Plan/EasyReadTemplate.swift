import InterfaceText
import PlanModel
import ViewModel

extension EasyReadPage {
    /// A plan's lättläst page: the label, the title with "lättläst", the text, and the way to the whole plan.
    public func html(_ t: Strings) -> HTML {
        let heading = "\(title) – \(t.easyRead.titleSuffix)"
        return Layout.page(frame, t, title: "\(heading) – \(countyName) – \(frame.siteTitle)",
                           description: t.easyRead.intro, main: """
        <p class="easy-read-label">\(t.easyRead.label)</p>
        <h1>\(heading)</h1>
        <p class="lead">\(t.easyRead.intro)</p>
        <p class="easy-read-link"><a href="\(planHref)">\(t.easyRead.wholePlan): \(planTitle)</a></p>
        \(blocks.map(Self.block))
        """)
    }

    private static func block(_ block: EasyRead.Block) -> HTML {
        switch block {
        case .heading(let heading) where heading.level == 2:
            "<h2 id=\"\(heading.id)\">\(heading.text)</h2>\n"
        case .heading(let heading):
            "<h3 id=\"\(heading.id)\">\(heading.text)</h3>\n"
        case .prose(let prose):
            // cmark's HTML in safe mode, as a plan's prose: raw HTML from the source never passes.
            "\(HTML.trusted(prose.html))"
        }
    }
}

extension EasyReadLink {
    /// The link from a plan's page to its lättläst version (partial of the plan page).
    public func html(_ t: Strings) -> HTML {
        "<p class=\"easy-read-link\"><a href=\"\(href)\">\(t.easyRead.link)</a></p>\n"
    }
}
