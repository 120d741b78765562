import Catalog
import Foundation
import Synchronization
import ViewModel

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

// An activity is listed on several pages of the activity index (the index and its narrowed
// pages); rendering each of those entries through Mustache anew was most of a national site's
// build time. So each entry is rendered once, when a page first lists it, and dropped after
// those pages. A joined page lists at most `HTMLCatalogPages.activityLimit` activities, so
// entries no page shows are never made. (The organisation and theme pages list typed
// `ItemList.Item`s through a Swift template instead.)

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
    static let activityLimit = ListLimit.activities

    func fragment(_ template: String, _ context: HTMLContext) -> RootedFragment {
        RootedFragment(rendered: renderer.templates.render(template, context))
    }
}
