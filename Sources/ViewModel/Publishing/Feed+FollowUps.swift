import InterfaceText
import PlanModel

extension Feed {
    /// The feed with an entry per published follow-up report too, dated by the report and
    /// leading to the plan's follow-up page; all entries newest first.
    public init(site: SiteConfig, plans: [Plan], counties: [County], t: Strings) {
        self.init(site: site, plans: plans, counties: counties)
        let names = Dictionary(uniqueKeysWithValues: counties.map { ($0.slug, $0.name) })
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
