import Catalog
import InterfaceText
import PlanModel

/// "Versioner och ändringar": every version of a plan, and each compared with the one before it,
/// newest comparison first (`SiteAddress.versions`).
public struct VersionsPage: Sendable {
    public var frame: PageFrame
    public var planTitle: String
    /// Oldest first, with links from this page.
    public var versions: [VersionLink]
    public var comparisons: [Comparison]

    public struct VersionLink: Sendable {
        public var label: String
        public var href: String
        public var isCurrent: Bool
    }

    /// One earlier version against the next.
    public struct Comparison: Sendable {
        /// `jamforelse-2`: the anchor of the comparison that ends in the second version.
        public var id: String
        public var older: VersionLink
        public var newer: VersionLink
        public var areas: [AreaLine]
        public var activities: [ActivityLine]
        public var added: Int
        public var removed: Int
        public var changed: Int
    }

    /// A run of words as they stand, or added or removed (`Catalog.WordChange`, for the templates).
    public struct Words: Sendable {
        public enum Kind: Sendable { case same, added, removed }
        public var kind: Kind
        public var text: String

        init(_ change: WordChange) {
            kind = switch change.kind {
            case .same: .same
            case .added: .added
            case .removed: .removed
            }
            text = change.text
        }
    }

    public struct AreaLine: Sendable {
        /// `Tillagt`, `Nytt namn`, …: the kinds of change in words.
        public var labels: [String]
        /// The title: its words with what was added and removed when renamed.
        public var title: [Words]
        public var href: String?
        /// Each goal added, removed or reworded.
        public var goals: [[Words]]
    }

    public struct ActivityLine: Sendable {
        public var labels: [String]
        public var text: [Words]
        /// The activity on each version's page.
        public var olderHref: String?
        public var newerHref: String?
        /// The area before and after, when moved.
        public var area: (before: String, after: String)?
        public var responsible: (before: String, after: String)?
        public var partners: (before: String, after: String)?
    }

    /// `chain`: the plan's versions, oldest first (`Catalog.versions(of:)`).
    public init(frame: PageFrame, chain: [Int], catalog: Catalog, t: Strings) {
        self.frame = frame
        let page = frame.path
        let current = chain[chain.count - 1]
        planTitle = catalog.plans[current].title
        func link(_ index: Int) -> VersionLink {
            let plan = catalog.plans[index]
            return VersionLink(label: t.versions.version(plan.title, t.dateInWords(plan.adopted?.description ?? plan.period.description)),
                               href: SiteAddress.relative(from: page, to: SiteAddress.plan(plan.key)),
                               isCurrent: index == current)
        }
        versions = chain.map(link)
        comparisons = zip(chain, chain.dropFirst()).enumerated().reversed().map { offset, pair in
            let comparison = VersionComparison(catalog, older: pair.0, newer: pair.1)
            return Self.comparison(comparison, id: "jamforelse-\(offset + 2)", older: link(pair.0), newer: link(pair.1),
                                   catalog: catalog, page: page, t: t)
        }
    }

    private static func comparison(_ c: VersionComparison, id: String, older: VersionLink, newer: VersionLink,
                                   catalog: Catalog, page: String, t: Strings) -> Comparison {
        let words = t.versions
        func href(_ key: PlanKey, _ anchor: String) -> String {
            SiteAddress.relative(from: page, to: SiteAddress.plan(key)) + "#" + anchor
        }
        let areas = c.areas.map { change -> AreaLine in
            var labels: [String] = []
            if change.old == nil { labels.append(words.added) }
            if change.new == nil { labels.append(words.removed) }
            if change.isRenamed { labels.append(words.renamed) }
            if !change.goals.isEmpty { labels.append(words.goalsChanged) }
            let area = catalog.areas[change.new ?? change.old!]
            let title: [WordChange] = change.isRenamed ? change.title
                : [WordChange(change.old == nil ? .added : change.new == nil ? .removed : .same, area.title)]
            let goals = change.goals.map { goal -> [WordChange] in
                if !goal.words.isEmpty { return goal.words }
                return goal.new.map { [WordChange(.added, $0)] } ?? [WordChange(.removed, goal.old ?? "")]
            }
            return AreaLine(labels: labels, title: title.map(Words.init), href: href(area.key.plan, area.key.sectionID),
                            goals: goals.map { $0.map(Words.init) })
        }
        let activities = c.activities.map { change -> ActivityLine in
            let before = change.old.map { catalog.activities[$0] }, after = change.new.map { catalog.activities[$0] }
            var line = ActivityLine(labels: [], text: [], olderHref: before.map { href($0.key.plan, $0.key.activityID) },
                                    newerHref: after.map { href($0.key.plan, $0.key.activityID) })
            if before == nil { line.labels.append(words.added) }
            if after == nil { line.labels.append(words.removed) }
            if change.isReworded { line.labels.append(words.reworded) }
            if change.isMoved { line.labels.append(words.moved) }
            if change.responsibleChanged { line.labels.append(words.responsibleChanged) }
            if change.partnersChanged { line.labels.append(words.partnersChanged) }
            line.text = (change.isReworded ? change.words
                : [WordChange(before == nil ? .added : after == nil ? .removed : .same, (after ?? before!).text)]).map(Words.init)
            if let before, let after {
                if change.isMoved { line.area = (areaTitle(before, catalog), areaTitle(after, catalog)) }
                if change.responsibleChanged {
                    line.responsible = (parties(before.responsible, catalog, t), parties(after.responsible, catalog, t))
                }
                if change.partnersChanged {
                    line.partners = (parties(before.partners, catalog, t), parties(after.partners, catalog, t))
                }
            }
            return line
        }
        let added = c.activities.count { $0.old == nil }, removed = c.activities.count { $0.new == nil }
        return Comparison(id: id, older: older, newer: newer, areas: areas, activities: activities,
                          added: added, removed: removed, changed: c.activities.count - added - removed)
    }

    private static func areaTitle(_ activity: ActivityEntry, _ catalog: Catalog) -> String {
        activity.areaIndex.map { catalog.areas[$0].title } ?? activity.sectionPath.last ?? ""
    }

    /// The organisations as the plan words them, else by their registry names.
    private static func parties(_ parties: Parties, _ catalog: Catalog, _ t: Strings) -> String {
        if let text = parties.text, !text.isEmpty { return text }
        let names = parties.organisationIDs.map { catalog.organisation(id: $0)?.name ?? $0 }
        return names.isEmpty ? t.format.noResponsible : t.list(names)
    }
}
