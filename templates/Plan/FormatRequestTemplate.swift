import InterfaceText
import ViewModel

extension PlanPage {
    /// "Beställ planen i ett annat format" under the list of formats, when there is an address.
    func requestHTML(_ t: Strings) -> HTML? {
        request.map { request in
            """
            <p class="format-request"><a href="\(request.href(t))">\(t.formats.request.link)</a> \
            <span class="format-explanation">\(t.formats.request.explanation)</span></p>

            """
        }
    }
}
