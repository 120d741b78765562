import InterfaceText
import ViewModel

extension EPUBNavigation {
    /// `EPUB/nav.xhtml`: the table of contents, and the landmarks (hidden).
    public func xml(_ t: Strings) -> XML {
        XHTMLDocument.page(language: language, title: "\(t.format.contents) – \(title)", body: """
        <nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-heading">
        <h1 id="toc-heading">\(t.format.contents)</h1>
        <ol>
        \(entries.map(entry))\
        </ol>
        </nav>
        <nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-heading" hidden="hidden">
        <h2 id="landmarks-heading">\(t.format.landmarks)</h2>
        <ol>
        <li><a epub:type="titlepage" href="\(titlePageHref)">\(t.format.titlePage)</a></li>
        <li><a epub:type="toc" href="nav.xhtml#toc">\(t.format.contents)</a></li>
        \(bodyHref.map { href -> XML in "<li><a epub:type=\"bodymatter\" href=\"\(href)\">\(t.format.bodyStart)</a></li>\n" })\
        </ol>
        </nav>
        """)
    }

    private func entry(_ entry: Entry) -> XML {
        if entry.children.isEmpty {
            return "<li><a href=\"\(entry.href)\">\(entry.text)</a></li>\n"
        }
        return """
        <li><a href="\(entry.href)">\(entry.text)</a>
        <ol>
        \(entry.children.map(self.entry))\
        </ol>
        </li>

        """
    }
}
