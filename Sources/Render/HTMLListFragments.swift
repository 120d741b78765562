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
        parts = rendered.utf8.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The fragment on a page whose way back to the root is `root` (`../../`).
    func html(root: String) -> String { parts.joined(separator: root) }
}

/// Every activity as the joined pages list it, rendered once through `partials/list-item` and
/// `partials/activity-index-item`: an activity is listed on a dozen joined pages (its
/// organisations', its themes', the activity index and its narrowed pages), and rendering
/// each of those entries through Mustache anew was most of a national site's build time.
struct HTMLListFragments: Sendable {
    /// The entry as organisation and theme pages list it.
    let listItem: [RootedFragment]
    /// The same with the note that the responsible organisation is the area's, where it is.
    let inheritedResponsible: [RootedFragment?]
    /// The same with the note that the partners are the area's, where they are.
    let inheritedPartners: [RootedFragment?]
    /// The entry as the narrowed activity index pages list it.
    let indexItem: [RootedFragment]
    /// What the activity index shows of each activity, for the full list's own entries.
    let indexItems: [HTMLActivityIndex.Item]

    init(pages: HTMLCatalogPages) {
        let catalog = pages.catalog
        let responsibleNote = pages.strings.text("organisation.inheritedResponsible")
        let partnerNote = pages.strings.text("organisation.inheritedPartner")
        let rendered = Parallel.map(catalog.activities.count, minimumChunk: 256) { index in
            let activity = catalog.activities[index]
            let item = pages.indexItem(index)
            func listItem(_ note: String?) -> RootedFragment {
                pages.fragment("partials/list-item", pages.activityItem(index, root: RootedFragment.marker, note: note))
            }
            return (
                listItem(nil),
                activity.responsible.source == .inherited ? listItem(responsibleNote) : nil,
                activity.partners.source == .inherited ? listItem(partnerNote) : nil,
                pages.fragment("partials/activity-index-item", item.context(root: RootedFragment.marker, filterable: false)),
                item
            )
        }
        listItem = rendered.map(\.0)
        inheritedResponsible = rendered.map(\.1)
        inheritedPartners = rendered.map(\.2)
        indexItem = rendered.map(\.3)
        indexItems = rendered.map(\.4)
    }
}

extension HTMLCatalogPages {
    func fragment(_ template: String, _ context: HTMLContext) -> RootedFragment {
        RootedFragment(rendered: renderer.templates.render(template, context))
    }
}
