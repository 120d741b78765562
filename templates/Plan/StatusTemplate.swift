import InterfaceText
import PlanModel
import ViewModel

extension PlanActivityTable {
    /// The activity's latest status as text, with the date of the report; or that no report names it.
    func statusCell(_ status: LatestStatus?, _ t: Strings) -> HTML {
        let words = t.followUp
        guard let status else {
            return "<td data-label=\"\(words.status)\"><span class=\"status-none\">\(words.notReported)</span></td>"
        }
        return """
        <td data-label="\(words.status)"><span class="status status-\(status.entry.status.rawValue)">\
        \(words.statusText(status.entry))</span> <span class="status-date">(\(words.reported(status.date.description)))</span></td>
        """
    }
}
