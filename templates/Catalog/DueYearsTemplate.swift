import InterfaceText
import ViewModel

extension DueYears {
    /// The periods page's part on the activities due year by year: what is counted, in words;
    /// a table of counts by year and county (recurring, other and no time in rows of their own);
    /// then each year's activities, plan by plan, linked to their rows on the plans' pages.
    func html(_ t: Strings) -> HTML {
        let words = t.periodsDue
        return """
        <h2 id="aktiviteter-ar-for-ar">\(words.heading)</h2>
        <p>\(words.intro)</p>
        <p>\(words.counts(t.count.activities(allCount), String(datedCount), String(recurring.reduce(0, +)),
                          String(other.reduce(0, +)), String(noTime.reduce(0, +))))</p>
        \(if: hasFollowUps, "<p>\(words.notReportedNote)</p>\n")\
        \(if: years.isEmpty, "<p>\(words.none)</p>\n", else: "\(table(t))\(yearLists(t))")
        """
    }

    private func table(_ t: Strings) -> HTML {
        let words = t.periodsDue
        return """
        <div class="table-scroll" tabindex="0" role="region" aria-label="\(words.tableLabel)">
        <table class="due-years">
        <caption>\(words.tableCaption)</caption>
        <thead>
        <tr><th scope="col">\(t.periods.year)</th>\(counties.map { name -> HTML in "<th scope=\"col\">\(name)</th>" })\
        <th scope="col">\(words.total)</th>\(if: hasFollowUps, "<th scope=\"col\">\(words.notReported)</th>")</tr>
        </thead>
        <tbody>
        \(years.map { year -> HTML in
            row("<a href=\"#klara-\(year.year)\">\(year.year)</a>", year.counts, notReported: year.notReported)
        })\
        </tbody>
        <tbody>
        \(row("\(words.recurring)", recurring, notReported: nil))\
        \(row("\(words.other)", other, notReported: nil))\
        \(row("\(words.noTime)", noTime, notReported: nil))\
        </tbody>
        </table>
        </div>

        """
    }

    private func row(_ label: HTML, _ counts: [Int], notReported: Int?) -> HTML {
        """
        <tr><th scope="row">\(label)</th>\(counts.map { count -> HTML in "<td class=\"number\">\(count)</td>" })\
        <td class="number">\(counts.reduce(0, +))</td>\(if: hasFollowUps, "<td class=\"number\">\(notReported.map(String.init) ?? "")</td>")</tr>

        """
    }

    /// Each year's activities, plan by plan: `Plan (Län): Aktivitet 3, Aktivitet 7 (inte uppföljd)`.
    private func yearLists(_ t: Strings) -> HTML {
        let words = t.periodsDue
        let lists = years.map { year -> HTML in
            """
            <h3 id="klara-\(year.year)">\(words.yearHeading(String(year.year)))</h3>
            \(if: !listsActivities, "<p>\(words.countsOnly)</p>\n")\
            <ul class="due-list">
            \(year.plans.map { plan -> HTML in
                "<li><a href=\"\(plan.href)\">\(plan.title)</a> <span class=\"item-meta\">\(plan.countyName)</span>: \(listsActivities ? activityLinks(plan.activities, t) : count(plan, t))</li>\n"
            })\
            </ul>

            """
        }
        return "\(lists)"
    }

    /// `12 aktiviteter (3 inte uppföljda)`, when the lists are too long to name each.
    private func count(_ plan: PlanLine, _ t: Strings) -> HTML {
        "\(t.count.activities(plan.count))\(if: plan.notReported > 0, " (\(t.periodsDue.notReportedCount(plan.notReported)))")"
    }

    private func activityLinks(_ links: [ActivityLink], _ t: Strings) -> HTML {
        var parts: [HTML] = []
        for (index, link) in links.enumerated() {
            parts.append("""
            \(if: index > 0, ", ")<a href="\(link.href)">\(t.format.activity) \(link.number)</a>\(if: link.notReported, " (\(t.periodsDue.notReportedMark))")
            """)
        }
        return "\(parts)"
    }
}
