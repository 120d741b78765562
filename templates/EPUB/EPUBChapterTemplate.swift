import InterfaceText
import ViewModel

extension EPUBChapter {
    /// `EPUB/kapitel-N.xhtml`: a top-level section and everything below it.
    public func xml(_ t: Strings) -> XML {
        XHTMLDocument.page(language: language, title: documentTitle, body: section.xml(t))
    }
}

extension EPUBSection {
    /// The section, its fields and blocks, then the sections below it.
    func xml(_ t: Strings) -> XML {
        """
        \(if: isChapter, "<section epub:type=\"chapter\" role=\"doc-chapter\" id=\"\(id)\" aria-labelledby=\"\(headingID)\">",
              else: "<section id=\"\(id)\">")
        <h\(level)\(if: isChapter, " id=\"\(headingID)\"")>\(XML.trusted(headingHTML))</h\(level)>
        \(responsible.map { field(t.format.responsible, $0) })\
        \(partners.map { field(t.format.partners, $0) })\
        \(when.map { field(t.format.when, $0) })\
        \(blocks.map { $0.xml(t) })\
        \(children.map { child -> XML in "\(child.xml(t))\n" })\
        \(blocksAfterChildren.map { $0.xml(t) })\
        </section>
        """
    }

    private func field(_ label: String, _ text: String) -> XML {
        "<p class=\"field\"><span class=\"label\">\(label):</span> \(text)</p>\n"
    }
}
