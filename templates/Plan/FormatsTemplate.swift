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
            let words = Self.words(link.format, t)
            return "<li><a href=\"\(link.href)\">\(words.name) (\(words.type), \(t.fileSize(link.bytes)))</a> <span class=\"format-explanation\">\(words.explanation)</span></li>\n"
        })\
        </ul>
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

    private static func words(_ format: FileFormat, _ t: Strings) -> (name: String, type: String, explanation: String) {
        switch format {
        case .epub: (t.formats.epub.name, t.formats.epub.type, t.formats.epub.explanation)
        case .txt: (t.formats.txt.name, t.formats.txt.type, t.formats.txt.explanation)
        case .csv: (t.formats.csv.name, t.formats.csv.type, t.formats.csv.explanation)
        case .json: (t.formats.json.name, t.formats.json.type, t.formats.json.explanation)
        case .other(let type): (t.formats.other.name, type, t.formats.other.explanation)
        }
    }
}
