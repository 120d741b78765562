import Catalog
import Foundation

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
// of a national site's build time. So each entry is rendered once, in two sets, each made just
// before the pages that use it and dropped after them, so that only one set is in memory.

/// Every activity as organisation and theme pages list it, through `partials/list-item`.
struct HTMLActivityListEntries: Sendable {
    /// The plain entry.
    let plain: [RootedFragment]
    /// The same with the note that the responsible organisation is the area's, where it is.
    let inheritedResponsible: [RootedFragment?]
    /// The same with the note that the partners are the area's, where they are.
    let inheritedPartners: [RootedFragment?]

    init(pages: HTMLCatalogPages) {
        let catalog = pages.catalog
        let responsibleNote = pages.strings.text("organisation.inheritedResponsible")
        let partnerNote = pages.strings.text("organisation.inheritedPartner")
        let rendered = Parallel.map(catalog.activities.count, minimumChunk: 256) { index in
            let activity = catalog.activities[index]
            func entry(_ note: String?) -> RootedFragment {
                pages.fragment("partials/list-item", pages.activityItem(index, root: RootedFragment.marker, note: note))
            }
            return (
                entry(nil),
                activity.responsible.source == .inherited ? entry(responsibleNote) : nil,
                activity.partners.source == .inherited ? entry(partnerNote) : nil
            )
        }
        plain = rendered.map(\.0)
        inheritedResponsible = rendered.map(\.1)
        inheritedPartners = rendered.map(\.2)
    }
}

/// Every activity as the narrowed activity index pages list it, through
/// `partials/activity-index-item`.
struct HTMLActivityIndexEntries: Sendable {
    let entries: [RootedFragment]

    init(pages: HTMLCatalogPages) {
        entries = Parallel.map(pages.catalog.activities.count, minimumChunk: 256) { index in
            pages.fragment("partials/activity-index-item",
                           pages.indexItem(index).context(root: RootedFragment.marker, filterable: false))
        }
    }
}

extension HTMLCatalogPages {
    func fragment(_ template: String, _ context: HTMLContext) -> RootedFragment {
        RootedFragment(rendered: renderer.templates.render(template, context))
    }
}
