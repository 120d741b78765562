import InterfaceText
import PlanModel
import ViewModel

extension PlanList {
    /// The plans of a county, each with its kind and period (and its summary on the county page).
    public func html(_ t: Strings) -> HTML {
        """
        <ul class="plan-list">
        \(plans.map { item(t, $0) })\
        </ul>
        """
    }

    private func item(_ t: Strings, _ plan: Item) -> HTML {
        let summary = showsSummary ? plan.summary : nil
        return """
        <li><a href="\(plan.href)">\(plan.title)</a> <span class="plan-meta">\(t.kindName(plan.kind)), \(plan.period)</span>\
        \(if: plan.isDraft, " <span class=\"draft-marker\">\(t.draft.banner)</span>")\
        \(summary.map { summary -> HTML in "\n<p class=\"plan-summary\">\(summary)</p>" })</li>

        """
    }
}
