import InterfaceText
import ViewModel

extension NotFoundPage {
    /// 404.html: the way back to the start page and the list of counties.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: "\(t.notFound.title) – \(frame.siteTitle)", description: t.notFound.text, main: """
        <h1>\(t.notFound.title)</h1>
        <p>\(t.notFound.text)</p>
        <ul class="link-list">
        <li><a href="\(frame.root)\(SiteAddress.home)">\(t.notFound.home)</a></li>
        <li><a href="\(frame.root)\(SiteAddress.counties)">\(t.notFound.counties)</a></li>
        </ul>
        """)
    }
}
