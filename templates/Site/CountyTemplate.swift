import InterfaceText
import ViewModel

extension CountyPage {
    /// One county: its description and its plans.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: "\(name) – \(frame.siteTitle)",
                    description: summary ?? t.county.description(name), main: """
        <h1>\(name)</h1>
        <div class="county-description">
        \(HTML.trusted(descriptionHTML))
        </div>
        <h2>\(t.county.plansHeading)</h2>
        \(if: plans.isEmpty, "<p>\(t.county.noPlans)</p>", else: plans.html(t))
        """)
    }
}
