import Catalog
import Foundation
import Synchronization

/// A piece of a page rendered once and placed on many pages. Its links start from the page's
/// own folder, so it is rendered with `marker` where the way back to the site root goes, and
/// each page fills that in. The marker is a NUL character, which no source text can hold
/// (`SourceText` refuses it), so it only ever stands where the template put `{{root}}`.
struct RootedFragment: Sendable {
    static let marker = "\u{0}"

    private let parts: [String]

    init(rendered: String) {
        // By bytes: a NUL byte is a NUL character, and is never part of another one.
        parts = rendered.utf8.split(separator: 0, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// The fragment on a page whose way back to the root is `root` (`../../`).
    func html(root: String) -> String { parts.joined(separator: root) }
}

// An activity is listed on a dozen joined pages (its organisations', its themes', the activity
// index and its narrowed pages); rendering each of those entries through Mustache anew was most
// of a national site's build time. So each entry is rendered once, when a page first lists it,
// in two sets, each made for the pages that use it and dropped after them. A joined page lists
// at most `HTMLCatalogPages.activityLimit` activities, so entries no page shows are never made.

/// Fragments made when first asked for and kept, for pages made side by side. Two pages asking
/// at once may both make one; they make the same.
final class LazyFragments: Sendable {
    private let made: Mutex<[RootedFragment?]>
    private let make: @Sendable (Int) -> RootedFragment?

    init(count: Int, make: @escaping @Sendable (Int) -> RootedFragment?) {
        made = Mutex([RootedFragment?](repeating: nil, count: count))
        self.make = make
    }

    subscript(index: Int) -> RootedFragment? {
        if let fragment = made.withLock({ $0[index] }) { return fragment }
        guard let fragment = make(index) else { return nil }
        made.withLock { $0[index] = fragment }
        return fragment
    }
}

/// Every activity as organisation and theme pages list it, through `partials/list-item`.
struct HTMLActivityListEntries: Sendable {
    private let plain: LazyFragments
    private let inheritedResponsible: LazyFragments
    private let inheritedPartners: LazyFragments

    init(pages: HTMLCatalogPages) {
        let catalog = pages.catalog
        let responsibleNote = pages.strings.text("organisation.inheritedResponsible")
        let partnerNote = pages.strings.text("organisation.inheritedPartner")
        let count = catalog.activities.count
        @Sendable func entry(_ index: Int, _ note: String?) -> RootedFragment {
            pages.fragment("partials/list-item", pages.activityItem(index, root: RootedFragment.marker, note: note))
        }
        plain = LazyFragments(count: count) { entry($0, nil) }
        inheritedResponsible = LazyFragments(count: count) { index in
            catalog.activities[index].responsible.source == .inherited ? entry(index, responsibleNote) : nil
        }
        inheritedPartners = LazyFragments(count: count) { index in
            catalog.activities[index].partners.source == .inherited ? entry(index, partnerNote) : nil
        }
    }

    /// The plain entry.
    func entry(_ index: Int) -> RootedFragment { plain[index]! }
    /// The entry with the note that the responsible organisation is the area's, where it is.
    func asResponsible(_ index: Int) -> RootedFragment { inheritedResponsible[index] ?? entry(index) }
    /// The entry with the note that the partners are the area's, where they are.
    func asPartner(_ index: Int) -> RootedFragment { inheritedPartners[index] ?? entry(index) }
}

/// How many more activities a joined page may list, and how many it left out.
struct HTMLListBudget {
    private(set) var left = HTMLCatalogPages.activityLimit
    private(set) var total = 0

    /// The first of `indices` that still fit; the rest are counted as left out.
    mutating func take(_ indices: some Collection<Int>) -> [Int] {
        total += indices.count
        let taken = Array(indices.prefix(left))
        left -= taken.count
        return taken
    }

    /// The note that the page lists only some of its activities, or `false` when it lists all.
    func note(_ strings: HTMLStrings) -> Any {
        let shown = HTMLCatalogPages.activityLimit - left
        guard shown < total else { return false }
        return strings.fill("lists.limited", [
            ("shown", String(shown)),
            ("activities", strings.count("count.activities", total)),
        ])
    }
}

extension HTMLCatalogPages {
    /// The most activities one joined page lists: a national site's hundreds of thousands would
    /// make a page no browser or screen reader could use. Every activity is on its plan's page.
    static let activityLimit = 5_000

    func fragment(_ template: String, _ context: HTMLContext) -> RootedFragment {
        RootedFragment(rendered: renderer.templates.render(template, context))
    }
}
