import InterfaceText
import PlanModel

extension Feed {
    /// An entry per published follow-up report too, dated by the report and leading to the
    /// plan's follow-up page; all entries newest first.
    mutating func addFollowUps(site: SiteConfig, plans: [Plan], countyNames names: [String: String], t: Strings) {
        let reports = plans.flatMap { plan in
            plan.followUps.map { followUp in
                Entry(title: "\(t.followUp.title(plan.title)) \(followUp.date)",
                      id: "urn:planpress:\(plan.countySlug)/\(plan.slug)/\(followUp.slug)",
                      updated: Self.timestamp(followUp.date),
                      href: SiteAddress.published(SiteAddress.followUp(plan), base: site.baseURL) + "#" + followUp.slug,
                      publisher: followUp.reportedBy,
                      countySlug: plan.countySlug,
                      countyName: names[plan.countySlug] ?? plan.countySlug,
                      summary: t.followUp.reportedBy(followUp.reportedBy))
            }
        }
        guard !reports.isEmpty else { return }
        entries = (entries + reports).sorted { ($0.updated, $0.id) > ($1.updated, $1.id) }
        if site.date == nil, let newest = entries.first?.updated { updated = newest }
    }
}
