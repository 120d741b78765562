import InterfaceText
import PlanModel

/// The Atom feed of the plans (`planer.atom`): one entry per plan, newest first; a plan's date
/// is when it was adopted, else its first year. A new version of a plan (`replaces:`) says so in
/// its entry's title and summary, naming the version it replaces.
public struct Feed: Sendable {
    public struct Entry: Sendable {
        public var title: String
        /// `urn:planpress:dalarna/vagen-in-2015-2020`
        public var id: String
        /// RFC 3339.
        public var updated: String
        public var href: String
        public var publisher: String
        public var countySlug: String
        public var countyName: String
        /// The plan's summary, else its title.
        public var summary: String
    }

    public var language: String
    public var title: String
    public var subtitle: String
    public var id: String
    public var updated: String
    public var publisher: String
    public var selfHref: String
    public var homeHref: String
    public var entries: [Entry]

    public init(site: SiteConfig, plans: [Plan], counties: [County], t: Strings = .sv) {
        let names = Dictionary(uniqueKeysWithValues: counties.map { ($0.slug, $0.name) })
        let titles = Dictionary(plans.map { ("\($0.countySlug)/\($0.slug)", $0.title) }, uniquingKeysWith: { first, _ in first })
        func replaced(_ plan: Plan) -> String? {
            plan.replaces.flatMap { titles["\($0.countySlug)/\($0.planSlug)"] }
        }
        let dated = plans.map { plan in (plan: plan, updated: Self.timestamp(plan.adopted ?? PartialDate(year: plan.period.first))) }
            .sorted { ($0.updated, $0.plan.countySlug, $0.plan.slug) > ($1.updated, $1.plan.countySlug, $1.plan.slug) }
        entries = dated.map { item in
            var title = item.plan.title, summary = item.plan.summary ?? item.plan.title
            if let earlier = replaced(item.plan) {
                title = t.versions.feedTitle(item.plan.title)
                summary = t.versions.feedSummary(earlier) + (item.plan.summary.map { " " + $0 } ?? "")
            }
            return Entry(title: title,
                  id: "urn:planpress:\(item.plan.countySlug)/\(item.plan.slug)",
                  updated: item.updated,
                  href: SiteAddress.published(SiteAddress.plan(item.plan), base: site.baseURL),
                  publisher: item.plan.publisher,
                  countySlug: item.plan.countySlug,
                  countyName: names[item.plan.countySlug] ?? item.plan.countySlug,
                  summary: summary)
        }
        language = site.language
        title = site.title
        subtitle = site.publisher
        id = site.baseURL ?? "urn:planpress:webbplats"
        updated = site.date.map { "\($0)T00:00:00Z" } ?? dated.first?.updated ?? "2000-01-01T00:00:00Z"
        publisher = site.publisher
        selfHref = SiteAddress.published(SiteAddress.feed, base: site.baseURL)
        homeHref = SiteAddress.published(SiteAddress.home, base: site.baseURL)
        addFollowUps(site: site, plans: plans, countyNames: names, t: t)
    }

    /// RFC 3339, as Atom wants it, from a date as precise as the plan gives it.
    public static func timestamp(_ date: PartialDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date.year)-\(two(date.month ?? 1))-\(two(date.day ?? 1))T00:00:00Z"
    }
}
