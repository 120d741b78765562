import Catalog
import InterfaceText
import PlanModel

/// Every version of a plan, oldest first, as a version's page, JSON, text edition and EPUB name
/// them: which one this is, which is current, and where the comparison of them is.
public struct PlanVersionList: Sendable {
    public struct Version: Sendable {
        public var key: PlanKey
        public var title: String
        /// When it was adopted (`2025-03`), else its period (`2024–2026`).
        public var when: String
        /// Its page, relative to the site root.
        public var path: String
        public var isThis: Bool
        public var isCurrent: Bool
    }

    /// Oldest first; the last is the current version.
    public var versions: [Version]
    /// The comparison page, relative to the site root.
    public var comparisonPath: String
    /// The version this one revises (`replaces:`), and the one that revises it.
    public var replaces: Version?
    public var replacedBy: Version?

    public var current: Version { versions[versions.count - 1] }
    public var isCurrent: Bool { current.isThis }

    /// The plan's versions from the catalogue; nil when the plan has no other version.
    public init?(plan key: PlanKey, catalog: Catalog?) {
        guard let catalog, let index = catalog.planIndex(key) else { return nil }
        let chain = catalog.versions(of: index)
        guard chain.count > 1 else { return nil }
        versions = chain.map { Self.version(catalog, $0, this: index, current: chain[chain.count - 1]) }
        comparisonPath = SiteAddress.versions(catalog.plans[chain[0]].key)
        let entry = catalog.plans[index]
        replaces = entry.replaces.map { Self.version(catalog, $0, this: index, current: chain[chain.count - 1]) }
        replacedBy = entry.replacedBy.map { Self.version(catalog, $0, this: index, current: chain[chain.count - 1]) }
    }

    /// As the text edition and the EPUB say it: on an earlier version a notice naming the current
    /// one, and every version, with which one this is and which is current.
    public func textLines(_ t: Strings) -> (notice: String?, versions: [String]) {
        let words = t.versions
        let notice = isCurrent ? nil
            : "\(words.earlierNotice) \(words.currentLink) \(words.version(current.title, t.dateInWords(current.when)))."
        let lines = versions.map { version in
            let notes = [version.isThis ? words.thisVersion : nil, version.isCurrent ? words.current : nil].compactMap { $0 }
            return words.version(version.title, t.dateInWords(version.when)) + (notes.isEmpty ? "" : " – " + notes.joined(separator: ", "))
        }
        return (notice, lines)
    }

    static func version(_ catalog: Catalog, _ index: Int, this: Int, current: Int) -> Version {
        let plan = catalog.plans[index]
        return Version(key: plan.key, title: plan.title, when: plan.adopted?.description ?? plan.period.description,
                       path: SiteAddress.plan(plan.key), isThis: index == this, isCurrent: index == current)
    }
}
