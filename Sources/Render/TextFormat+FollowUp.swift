import InterfaceText
import PlanModel
import ViewModel

extension TextWriter {
    /// The chapter after the plan's own: what the follow-up page says, in the same words and
    /// from the same `FollowUpSummary`, in the page's order: the status counts per area and per
    /// year, the activities due that no report names, then each report (latest first) with
    /// every activity it names.
    mutating func followUpChapter(_ summary: FollowUpSummary, number: Int) {
        let words = t.followUp
        heading(words.chapter, number: [number])
        add(wrap(words.intro(words.reports(summary.reportCount), summary.latestDate)))

        heading(words.byAreaHeading, number: [number, 1])
        add(wrap(words.byAreaCaption + ":"))
        add((summary.byArea + [totalRow(summary)]).flatMap { countLine($0, summary.statuses) })
        if !summary.byYear.isEmpty {
            heading(words.byYearHeading, number: [number, 2])
            add(wrap(words.byYearCaption + ":"))
            add(summary.byYear.flatMap { countLine($0, summary.statuses) })
        }

        var next = summary.byYear.isEmpty ? 2 : 3
        heading(words.dueHeading, number: [number, next])
        add(wrap(summary.dueNotReported.isEmpty ? words.dueNone : words.dueIntro))
        for line in summary.dueNotReported {
            add(activityLine(line) + (line.when.map { field(words.due, $0, indent: "  ") } ?? []))
        }
        for report in summary.reports {
            next += 1
            heading(words.reportHeading(report.date), number: [number, next])
            add(wrap(words.reportedBy(report.reportedBy) + (report.isFinal ? " " + words.finalReport : "")))
            for row in report.rows {
                var lines = activityLine(row.activity)
                lines += field(words.status, words.statusText(row.entry), indent: "  ")
                if !row.entry.comment.isEmpty { lines += field(words.comment, row.entry.comment, indent: "  ") }
                if let indicator = row.entry.indicator { lines += field(words.indicator, indicator, indent: "  ") }
                add(lines)
            }
        }
    }

    private func totalRow(_ summary: FollowUpSummary) -> FollowUpSummary.CountRow {
        var row = summary.areaTotal
        row.label = t.followUp.total
        return row
    }

    /// `Målområde 1: Arbete: Genomförd 1, Pågår 2, Inte uppföljd 0 (Totalt 3)`: every status, as
    /// the page's table has a column for each.
    private func countLine(_ row: FollowUpSummary.CountRow, _ statuses: [ActivityStatus]) -> [String] {
        let words = t.followUp
        let counts = zip(statuses, row.counts).map { "\(words.word($0)) \($1)" } + ["\(words.notReported) \(row.notReported)"]
        return wrap("\(row.label): \(counts.joined(separator: ", ")) (\(words.total) \(row.total))", rest: "  ")
    }

    /// `Aktivitet 3: text`, as the plan's chapters name it.
    private func activityLine(_ line: FollowUpSummary.ActivityLine) -> [String] {
        field("\(t.format.activity) \(line.number)", line.text, rest: "  ")
    }
}
