import InterfaceText
import ViewModel

extension CountiesPage {
    /// All counties, with how many plans each has.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: "\(t.counties.title) – \(frame.siteTitle)",
                    description: t.counties.description(frame.siteTitle), main: """
        <h1>\(t.counties.title)</h1>
        <p class="lead">\(t.counties.intro)</p>
        <ul class="county-list">
        \(counties.map { county -> HTML in
            "<li><a href=\"\(county.href)\">\(county.name)</a> <span class=\"plan-meta\">\(planCount(county.planCount, t))</span></li>\n"
        })\
        </ul>
        """)
    }

    private func planCount(_ count: Int, _ t: Strings) -> String {
        switch count {
        case 0: t.counties.noPlans
        case 1: t.counties.planCountOne
        default: t.counties.planCountMany(String(count))
        }
    }
}
