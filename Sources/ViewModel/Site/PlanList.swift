import Foundation
import PlanModel

/// The plans of one county as the home page and the county page list them.
public struct PlanList: Sendable {
    public struct Item: Sendable {
        public var title: String
        public var href: String
        public var kind: PlanKind
        /// `2015–2020`.
        public var period: String
        /// Shown on the county page only; nil when the plan has none.
        public var summary: String?
        /// Marked "Utkast" (only in the preview).
        public var isDraft: Bool
    }

    public var plans: [Item]
    /// Whether each plan's summary is shown under it.
    public var showsSummary: Bool

    public var isEmpty: Bool { plans.isEmpty }

    /// The `plans` as links from the page at `page`.
    public init(_ plans: [Plan], from page: String, preview: Bool, showsSummary: Bool) {
        self.showsSummary = showsSummary
        self.plans = plans.map { plan in
            Item(title: plan.title,
                 href: SiteAddress.relative(from: page, to: SiteAddress.plan(plan)),
                 kind: plan.kind,
                 period: plan.period.description,
                 summary: StatedText.nonBlank(plan.summary),
                 isDraft: preview && plan.isDraft)
        }
    }
}
