import InterfaceText
import ViewModel

extension PlanPage {
    /// The link to the plan's follow-up page, when it has follow-ups.
    func followUpLinkHTML(_ t: Strings) -> HTML {
        guard let followUpHref else { return "" }
        return "<p class=\"follow-up-link\"><a href=\"\(followUpHref)\">\(t.followUp.link)</a></p>\n"
    }
}
