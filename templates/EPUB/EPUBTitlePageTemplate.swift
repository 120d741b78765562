import InterfaceText
import PlanModel
import ViewModel

extension EPUBTitlePage {
    /// `EPUB/titelsida.xhtml`.
    public func xml(_ t: Strings) -> XML {
        XHTMLDocument.page(language: language, title: title, body: """
        <section epub:type="titlepage" id="titelsida" aria-labelledby="plan-title">
        <h1 id="plan-title">\(title)</h1>
        \(subtitle.map { subtitle -> XML in "<p class=\"subtitle\">\(subtitle)</p>\n" })\
        <dl class="facts">
        \(facts(t).map { fact -> XML in "<dt>\(fact.label)</dt>\n<dd>\(fact.text)</dd>\n" })\
        </dl>
        \(versionNotice.map { notice -> XML in "<p class=\"version-notice\"><strong>\(notice)</strong></p>\n" })\
        \(if: !versions.isEmpty, versionsSection(t))\
        \(summary.map { summary -> XML in "<p class=\"summary\"><span class=\"label\">\(t.format.summary):</span> \(summary)</p>\n" })\
        \(if: !colophon.isEmpty, colophonSection(t))\
        \(blocks.map { $0.xml(t) })\
        </section>
        """)
    }

    private func facts(_ t: Strings) -> [(label: String, text: String)] {
        var facts = [
            (t.format.kind, t.kindName(kind)),
            (t.format.county, county),
            (t.format.publisher, publisher),
            (t.format.period, period),
        ]
        if let adopted { facts.append((t.format.adopted, adopted)) }
        if let reference { facts.append((t.format.reference, reference)) }
        return facts
    }

    private func versionsSection(_ t: Strings) -> XML {
        """
        <section class="versions" aria-labelledby="versions-heading">
        <h2 id="versions-heading">\(t.versions.list)</h2>
        <ol>
        \(versions.map { line -> XML in "<li>\(line)</li>\n" })\
        </ol>
        </section>

        """
    }

    private func colophonSection(_ t: Strings) -> XML {
        """
        <section class="colophon" aria-labelledby="colophon-heading">
        <h2 id="colophon-heading">\(t.format.colophon)</h2>
        \(colophon.map { line -> XML in "<p>\(line)</p>\n" })\
        </section>

        """
    }
}
