import InterfaceText
import PlanModel
import ViewModel

extension FollowUpPage {
    /// The follow-up page: counts per area, the years as a chart and a table, each report, and
    /// the activities due that no report names.
    public func html(_ t: Strings) -> HTML {
        let words = t.followUp
        return Layout.page(frame, t, title: "\(words.title(planTitle)) – \(frame.siteTitle)",
                           description: words.description(planTitle), main: """
        <h1>\(words.title(planTitle))</h1>
        <p>\(words.intro(words.reports(summary.reportCount), summary.latestDate)) <a href="\(planHref)">\(words.backToPlan)</a></p>
        <h2 id="per-omrade">\(words.byAreaHeading)</h2>
        \(countTable(words.byAreaCaption, firstColumn: words.area, rows: summary.byArea + [totalRow(words)], t))
        <h2 id="ar-for-ar">\(words.byYearHeading)</h2>
        \(chart(t))
        \(countTable(words.byYearCaption, firstColumn: words.year, rows: summary.byYear, t))
        <h2 id="ej-uppfoljda">\(words.dueHeading)</h2>
        \(dueHTML(t))
        \(summary.reports.map { report($0, t) })
        """)
    }

    private func totalRow(_ words: Strings.FollowUpWords) -> CountRow {
        var row = summary.areaTotal
        row.label = words.total
        return row
    }

    private func countTable(_ caption: String, firstColumn: String, rows: [CountRow], _ t: Strings) -> HTML {
        let words = t.followUp
        return """
        <div class="table-scroll" role="region" aria-label="\(caption)" tabindex="0">
        <table class="counts">
        <caption>\(caption)</caption>
        <thead>
        <tr><th scope="col">\(firstColumn)</th>\(summary.statuses.map { status -> HTML in "<th scope=\"col\">\(words.word(status))</th>" })\
        <th scope="col">\(words.notReported)</th><th scope="col">\(words.total)</th></tr>
        </thead>
        <tbody>
        \(rows.map { row -> HTML in
            "<tr><th scope=\"row\">\(row.label)</th>\(row.counts.map { count -> HTML in "<td>\(count)</td>" })<td>\(row.notReported)</td><td>\(row.total)</td></tr>\n"
        })\
        </tbody>
        </table>
        </div>

        """
    }

    /// One horizontal bar per year, a segment per status with its count written in it; the
    /// table below has the same numbers, so no one needs the colours.
    private func chart(_ t: Strings) -> HTML {
        let words = t.followUp
        let labelWidth = 60, barWidth = 600, rowHeight = 40, legendHeight = 30
        let height = summary.byYear.count * rowHeight + legendHeight + 10
        var shapes: [HTML] = []
        for (index, row) in summary.byYear.enumerated() {
            let y = index * rowHeight + 5
            shapes.append("<text x=\"0\" y=\"\(y + 22)\">\(row.label)</text>\n")
            var x = labelWidth
            let total = max(row.total, 1)
            for (status, count) in zip(summary.statuses.map(words.word) + [words.notReported], row.counts + [row.notReported]) where count > 0 {
                let width = count * barWidth / total
                let kind = summary.statuses.first { words.word($0) == status }?.rawValue ?? "ingen"
                shapes.append("""
                <rect class="status-\(kind)" x="\(x)" y="\(y)" width="\(width)" height="30"><title>\(row.label): \(status) \(count)</title></rect>
                <text x="\(x + 4)" y="\(y + 20)" class="count">\(count)</text>

                """)
                x += width
            }
        }
        return """
        <figure class="chart">
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(labelWidth + barWidth + 10) \(height)" role="img" aria-labelledby="uppfoljning-diagram-titel" aria-describedby="uppfoljning-diagram-beskrivning">
        <title id="uppfoljning-diagram-titel">\(words.chartTitle)</title>
        <desc id="uppfoljning-diagram-beskrivning">\(words.chartDescription)</desc>
        \(shapes)\
        </svg>
        <figcaption>\(words.chartDescription)</figcaption>
        </figure>

        """
    }

    private func dueHTML(_ t: Strings) -> HTML {
        let words = t.followUp
        guard !summary.dueNotReported.isEmpty else { return "<p>\(words.dueNone)</p>\n" }
        return """
        <p>\(words.dueIntro)</p>
        <ul>
        \(summary.dueNotReported.map { line -> HTML in
            "<li><a href=\"\(line.href)\">\(t.format.activity) \(line.number)</a>: \(line.text)\(line.when.map { " (\(words.due): \($0))" } ?? "")</li>\n"
        })\
        </ul>

        """
    }

    private func report(_ report: Report, _ t: Strings) -> HTML {
        let words = t.followUp
        return """
        <section aria-labelledby="\(report.id)">
        <h2 id="\(report.id)">\(words.reportHeading(report.date))</h2>
        <p>\(words.reportedBy(report.reportedBy))\(if: report.isFinal, " \(words.finalReport)")</p>
        <table class="stack">
        <caption>\(words.reportCaption(report.date))</caption>
        <thead>
        <tr><th scope="col">\(t.activities.activity)</th><th scope="col">\(words.status)</th><th scope="col">\(words.comment)</th><th scope="col">\(words.indicator)</th></tr>
        </thead>
        <tbody>
        \(report.rows.map { row -> HTML in
            "<tr><th scope=\"row\"><a href=\"\(row.activity.href)\">\(t.format.activity) \(row.activity.number)</a>: \(row.activity.text)</th><td data-label=\"\(words.status)\">\(words.statusText(row.entry))</td><td data-label=\"\(words.comment)\">\(row.entry.comment)</td><td data-label=\"\(words.indicator)\">\(row.entry.indicator ?? "")</td></tr>\n"
        })\
        </tbody>
        </table>
        </section>

        """
    }
}
