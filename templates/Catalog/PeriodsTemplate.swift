import InterfaceText
import ViewModel

extension PeriodsPage {
    /// Which plans were in force in which years: two data tables (the accessible form) and a chart.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: "\(t.periods.title) – \(frame.siteTitle)", description: t.periods.description, main: """
        <h1>\(t.periods.title)</h1>
        <p class="lead">\(t.periods.intro)</p>
        \(summary.map { summary -> HTML in "<p>\(summaryText(summary, t))</p>\n" })\
        \(if: !years.isEmpty, planTable(t))\
        \(chart.map { $0.html(t) })\
        \(if: !years.isEmpty, yearTable(t))
        \(if: !plans.isEmpty, dueYears.html(t))
        """)
    }

    /// `De 5 planer gäller åren 2008–2020. Flest planer gällde 2016: 4 planer.`
    private func summaryText(_ summary: Summary, _ t: Strings) -> String {
        t.periods.summary(t.count.plans(summary.planCount), summary.span.description) + " "
            + t.periods.busiest(String(summary.busiestYear), t.count.plans(summary.busiestCount))
    }

    private func planTable(_ t: Strings) -> HTML {
        """
        <h2>\(t.periods.byPlanCaption)</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label="\(t.periods.byPlanLabel)">
        <table>
        <caption class="visually-hidden">\(t.periods.byPlanCaption)</caption>
        <thead>
        <tr><th scope="col">\(t.periods.plan)</th><th scope="col">\(t.periods.county)</th><th scope="col">\(t.periods.kind)</th><th scope="col">\(t.periods.first)</th><th scope="col">\(t.periods.last)</th><th scope="col">\(t.periods.years)</th></tr>
        </thead>
        <tbody>
        \(plans.map { plan -> HTML in
            "<tr><th scope=\"row\"><a href=\"\(plan.href)\">\(plan.title)</a></th><td>\(plan.countyName)</td><td>\(plan.kindName)</td><td class=\"number\">\(plan.period.first)</td><td class=\"number\">\(plan.period.last)</td><td class=\"number\">\(plan.period.last - plan.period.first + 1)</td></tr>\n"
        })\
        </tbody>
        </table>
        </div>

        """
    }

    private func yearTable(_ t: Strings) -> HTML {
        """
        <h2>\(t.periods.byYearCaption)</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label="\(t.periods.byYearLabel)">
        <table class="years">
        <caption class="visually-hidden">\(t.periods.byYearCaption)</caption>
        <thead>
        <tr><th scope="col">\(t.periods.year)</th><th scope="col">\(t.periods.count)</th><th scope="col">\(t.periods.plans)</th></tr>
        </thead>
        <tbody>
        \(years.map { year -> HTML in
            "<tr id=\"ar-\(year.year)\"><th scope=\"row\">\(year.year)</th><td class=\"number\">\(year.planIndices.count)</td><td>\(yearPlans(year, t))</td></tr>\n"
        })\
        </tbody>
        </table>
        </div>
        """
    }

    /// The plans in force in a year, as a list in the table's cell.
    private func yearPlans(_ year: Year, _ t: Strings) -> HTML {
        guard !year.planIndices.isEmpty else { return "\(t.periods.noPlans)" }
        return """
        <ul class="cell-list">
        \(year.planIndices.map { index -> HTML in
            let plan = plans[index]
            return "<li><a href=\"\(plan.href)\">\(plan.title)</a> <span class=\"item-meta\">\(plan.countyName), \(plan.kindName) \(plan.period.description)</span></li>\n"
        })\
        </ul>
        """
    }
}

extension PeriodsChart {
    /// The chart as inline SVG, in a figure that scrolls sideways on a narrow screen.
    func html(_ t: Strings) -> HTML {
        """
        <h2>\(t.periods.chartHeading)</h2>
        <figure class="period-chart">
        <div class="table-scroll" tabindex="0" role="region" aria-label="\(t.periods.chartLabel)">
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="diagram-titel" aria-describedby="diagram-beskrivning">
        <title id="diagram-titel">\(t.periods.chartTitle)</title>
        <desc id="diagram-beskrivning">\(description(t))</desc>
        \(lines.map { line -> HTML in
            "<line class=\"grid\" x1=\"\(line.x1)\" y1=\"\(line.y1)\" x2=\"\(line.x2)\" y2=\"\(line.y2)\"/>\n"
        })\
        \(bars.map { bar -> HTML in
            "<rect class=\"bar\" x=\"\(bar.x)\" y=\"\(bar.y)\" width=\"\(bar.width)\" height=\"\(bar.height)\"/>\n"
        })\
        \(labels.map { label -> HTML in
            "<text x=\"\(label.x)\" y=\"\(label.y)\" text-anchor=\"\(label.anchor)\">\(label.text)</text>\n"
        })\
        </svg>
        </div>
        <figcaption>\(t.periods.chartNote)</figcaption>
        </figure>

        """
    }

    /// `En stapel per plan, från första till sista år: Dalarna, Överenskommelse 2015–2020; ….`
    private func description(_ t: Strings) -> String {
        (byPlan ? t.periods.chartDescription : t.periods.chartYearsDescription) + " "
            + descriptions.joined(separator: "; ") + "."
    }
}
