import Catalog
import InterfaceText

/// The periods as a chart for inline SVG, laid out here: a bar per plan across its years, or
/// with many plans a column per year as high as the number of plans in force. The tables are the
/// accessible form; the chart's description says the same in words.
///
/// Numbers are written with at most one decimal (`386.5`, `340`).
public struct PeriodsChart: Sendable {
    public struct Line: Sendable {
        public var x1: String, y1: String, x2: String, y2: String
    }

    public struct Bar: Sendable {
        public var x: String, y: String, width: String, height: String
    }

    public struct Label: Sendable {
        public var x: String, y: String
        public var text: String
        /// `start`, `middle` or `end`.
        public var anchor: String
    }

    /// Up to this many plans the chart has a bar per plan; with more, a column per year.
    public static let planLimit = 30

    public var width: String
    public var height: String
    public var lines: [Line] = []
    public var bars: [Bar] = []
    public var labels: [Label] = []
    /// Whether there is a bar per plan (else a column per year).
    public var byPlan: Bool
    /// What the chart shows, plan by plan or year by year: `Dalarna, Överenskommelse 2015–2020; …`.
    public var descriptions: [String] = []

    /// Nil when there are no plans.
    public init?(catalog: Catalog, t: Strings) {
        let periods = catalog.periods
        let plans = catalog.joinedPlanIndices.map { catalog.plans[$0] }
        guard let first = periods.firstYear, let last = periods.lastYear, !plans.isEmpty else { return nil }
        let yearCount = last - first + 1
        let width = 960.0
        self.width = Self.format(width)
        byPlan = plans.count <= Self.planLimit
        if byPlan {
            // A bar per plan: labels on the left, years across the top.
            let labelWidth = 340.0, top = 34.0, rowHeight = 34.0, barHeight = 20.0
            let yearWidth = (width - labelWidth - 16) / Double(yearCount)
            func x(_ year: Int) -> Double { labelWidth + Double(year - first) * yearWidth }
            let height = top + Double(plans.count) * rowHeight + 8
            self.height = Self.format(height)
            let step = yearWidth >= 36 ? 1 : yearWidth >= 18 ? 2 : 5
            for year in first...(last + 1) {
                line(x(year), top - 6, x(year), height - 4)
                if year <= last, (year - first) % step == 0 {
                    label(x(year) + yearWidth / 2, 18, String(year), anchor: "middle")
                }
            }
            for (index, plan) in plans.enumerated() {
                let text = t.periods.chartPlan(catalog.counties[plan.countyIndex].shortName,
                                               t.kindName(plan.kind), plan.period.description)
                descriptions.append(text)
                let y = top + Double(index) * rowHeight
                label(labelWidth - 10, y + rowHeight / 2 + 5, text, anchor: "end")
                bar(x(plan.period.first), y + (rowHeight - barHeight) / 2,
                    Double(plan.period.last - plan.period.first + 1) * yearWidth - 2, barHeight)
            }
        } else {
            // A column per year, as high as the number of plans in force.
            let left = 48.0, top = 24.0, plotHeight = 240.0, bottom = top + plotHeight
            let most = max(1, periods.years.map(\.planIndices.count).max() ?? 1)
            let columnWidth = (width - left - 16) / Double(yearCount)
            self.height = Self.format(bottom + 30)
            let step = columnWidth >= 36 ? 1 : columnWidth >= 18 ? 2 : 5
            line(left, bottom, width - 16, bottom)
            label(left - 8, top + 5, String(most), anchor: "end")
            label(left - 8, bottom + 5, "0", anchor: "end")
            line(left, top, width - 16, top)
            for year in periods.years {
                let x = left + Double(year.year - first) * columnWidth
                let h = plotHeight * Double(year.planIndices.count) / Double(most)
                bar(x + 2, bottom - h, columnWidth - 4, h)
                if (year.year - first) % step == 0 {
                    label(x + columnWidth / 2, bottom + 20, String(year.year), anchor: "middle")
                }
                descriptions.append("\(year.year): \(t.count.plans(year.planIndices.count))")
            }
        }
    }

    private mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) {
        lines.append(Line(x1: Self.format(x1), y1: Self.format(y1), x2: Self.format(x2), y2: Self.format(y2)))
    }

    private mutating func bar(_ x: Double, _ y: Double, _ width: Double, _ height: Double) {
        bars.append(Bar(x: Self.format(x), y: Self.format(y), width: Self.format(max(width, 1)),
                        height: Self.format(max(height, 0))))
    }

    private mutating func label(_ x: Double, _ y: Double, _ text: String, anchor: String) {
        labels.append(Label(x: Self.format(x), y: Self.format(y), text: text, anchor: anchor))
    }

    /// At most one decimal, none when it is zero: `386.5`, `340`.
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
