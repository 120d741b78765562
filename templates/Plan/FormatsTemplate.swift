import InterfaceText
import ViewModel

extension PlanPage {
    /// "Alternativa format": the page in the other size, then the plan's files with type and size.
    func formatsHTML(_ t: Strings) -> HTML {
        """
        <div class="formats">
        <h2 id="rubrik_format">\(t.formats.heading)</h2>
        <p>\(t.formats.intro)</p>
        <ul class="format-list">
        \(otherVersionItem(t))
        \(formats.map { link -> HTML in
            "<li><a href=\"\(link.href)\">\(link.label.name) (\(link.label.type), \(t.fileSize(link.bytes)))</a> <span class=\"format-explanation\">\(link.label.explanation)</span></li>\n"
        })\
        </ul>
        \(requestHTML(t))\
        </div>
        """
    }

    private func otherVersionItem(_ t: Strings) -> HTML {
        if frame.largePrint {
            let standard = t.formats.standard
            return "<li><a href=\"\(otherVersionHref)\">\(standard.name) (\(standard.type))</a> <span class=\"format-explanation\">\(standard.explanation)</span></li>"
        }
        let largePrint = t.formats.largePrint
        return "<li><a href=\"\(otherVersionHref)\">\(largePrint.name) (\(largePrint.type))</a> <span class=\"format-explanation\">\(largePrint.explanation)</span></li>"
    }
}
