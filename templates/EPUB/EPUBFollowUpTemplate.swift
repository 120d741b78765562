import InterfaceText
import PlanModel
import ViewModel

extension EPUBFollowUpChapter {
    /// `EPUB/uppfoljning.xhtml`: the follow-up page's tables and lists, in its order, without its
    /// chart (the tables hold the same numbers, and a reading system may not show SVG).
    public func xml(_ t: Strings) -> XML {
        let words = t.followUp
        var total = summary.areaTotal
        total.label = words.total
        return XHTMLDocument.page(language: language, title: documentTitle, body: """
        <section epub:type="chapter" role="doc-chapter" id="uppfoljning" aria-labelledby="uppfoljning-rubrik">
        <h1 id="uppfoljning-rubrik">\(words.chapter)</h1>
        <p>\(words.intro(words.reports(summary.reportCount), summary.latestDate))</p>
        <section id="per-omrade">
        <h2>\(words.byAreaHeading)</h2>
        \(countTable(words.byAreaCaption, firstColumn: words.area, rows: summary.byArea + [total], t))\
        </section>
        \(if: !summary.byYear.isEmpty, """
        <section id="ar-for-ar">
        <h2>\(words.byYearHeading)</h2>
        \(countTable(words.byYearCaption, firstColumn: words.year, rows: summary.byYear, t))\
        </section>

        """)\
        <section id="ej-uppfoljda">
        <h2>\(words.dueHeading)</h2>
        \(due(t))\
        </section>
        \(summary.reports.map { report($0, t) })\
        </section>
        """)
    }

    private func countTable(_ caption: String, firstColumn: String, rows: [FollowUpSummary.CountRow], _ t: Strings) -> XML {
        let words = t.followUp
        return """
        <table class="counts">
        <caption>\(caption)</caption>
        <thead>
        <tr><th scope="col">\(firstColumn)</th>\(summary.statuses.map { status -> XML in "<th scope=\"col\">\(words.word(status))</th>" })\
        <th scope="col">\(words.notReported)</th><th scope="col">\(words.total)</th></tr>
        </thead>
        <tbody>
        \(rows.map { row -> XML in
            "<tr><th scope=\"row\">\(row.label)</th>\(row.counts.map { count -> XML in "<td>\(count)</td>" })<td>\(row.notReported)</td><td>\(row.total)</td></tr>\n"
        })\
        </tbody>
        </table>

        """
    }

    private func due(_ t: Strings) -> XML {
        let words = t.followUp
        guard !summary.dueNotReported.isEmpty else { return "<p>\(words.dueNone)</p>\n" }
        return """
        <p>\(words.dueIntro)</p>
        <ul>
        \(summary.dueNotReported.map { line -> XML in
            "<li>\(activity(line, t))\(line.when.map { " (\(words.due): \($0))" } ?? "")</li>\n"
        })\
        </ul>

        """
    }

    private func report(_ report: FollowUpSummary.Report, _ t: Strings) -> XML {
        let words = t.followUp
        return """
        <section id="\(report.id)">
        <h2>\(words.reportHeading(report.date))</h2>
        <p>\(words.reportedBy(report.reportedBy))\(if: report.isFinal, " \(words.finalReport)")</p>
        <table class="report">
        <caption>\(words.reportCaption(report.date))</caption>
        <thead>
        <tr><th scope="col">\(t.format.activity)</th><th scope="col">\(words.status)</th><th scope="col">\(words.comment)</th><th scope="col">\(words.indicator)</th></tr>
        </thead>
        <tbody>
        \(report.rows.map { row -> XML in
            "<tr><th scope=\"row\">\(activity(row.activity, t))</th><td>\(words.statusText(row.entry))</td><td>\(row.entry.comment)</td><td>\(row.entry.indicator ?? "")</td></tr>\n"
        })\
        </tbody>
        </table>
        </section>

        """
    }

    /// `Aktivitet 3: text`, the number leading to the activity's row in its chapter.
    private func activity(_ line: FollowUpSummary.ActivityLine, _ t: Strings) -> XML {
        "<a href=\"\(line.href)\">\(t.format.activity) \(line.number)</a>: \(line.text)"
    }
}
