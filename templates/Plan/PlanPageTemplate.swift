import InterfaceText
import ViewModel

extension PlanPage {
    /// A plan's page, or with `frame.largePrint` its large-print copy.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: title(t), description: facts.summary ?? facts.description(t), main: """
        <h1\(lang)>\(facts.title)</h1>
        \(versions.map { versionNoticeHTML($0, t) })\
        \(facts.subtitle.map { subtitle -> HTML in "<p class=\"subtitle\"\(lang)>\(subtitle)</p>\n" })\
        \(facts.summary.map { summary -> HTML in "<p class=\"summary\"\(lang)>\(summary)</p>\n" })\
        \(facts.html(t))
        \(easyRead.map { $0.html(t) })\
        \(versions.map { versionListHTML($0, t) })\
        \(formatsHTML(t))
        \(followUpLinkHTML(t))\
        \(if: !body.contents.isEmpty, contentsHTML(t))\
        \(textLanguage.map { language -> HTML in "<div lang=\"\(language)\">\n\(body.html(t, root: frame.root))\n</div>" } ?? body.html(t, root: frame.root))
        """)
    }

    /// ` lang="sv"` on the plan's own text when the page is in another language.
    private var lang: HTML {
        textLanguage.map { " lang=\"\($0)\"" } ?? .empty
    }

    private func title(_ t: Strings) -> String {
        "\(facts.title)\(frame.largePrint ? " (\(t.plan.largePrintTitle))" : "") – \(facts.countyName) – \(frame.siteTitle)"
    }

    /// The table of contents.
    private func contentsHTML(_ t: Strings) -> HTML {
        """
        <nav class="toc" aria-labelledby="rubrik_innehall">
        <h2 id="rubrik_innehall">\(t.plan.toc)</h2>
        <ul>
        \(body.contents.map(Self.contentsItem))\
        </ul>
        </nav>

        """
    }

    private static func contentsItem(_ entry: ContentsEntry) -> HTML {
        if entry.children.isEmpty {
            return "<li><a href=\"#\(entry.id)\">\(entry.text)</a></li>\n"
        }
        return """
        <li><a href="#\(entry.id)">\(entry.text)</a>
        <ul>
        \(entry.children.map(contentsItem))\
        </ul>
        </li>

        """
    }
}
