import Foundation
/// 404.html. The server shows it for any missing address, so its links start from the base URL
/// when one is set, and its stylesheet is inside the page.
public struct NotFoundPage: Sendable {
    public var frame: PageFrame

    /// `stylesheet`: the site's stylesheet, placed inside the page (nil or blank: linked).
    public init(frame: PageFrame, baseURL: String?, stylesheet: String?) {
        var frame = frame
        if let root = SiteAddress.absoluteRoot(base: baseURL) { frame.root = root }
        frame.canonical = nil
        frame.inlineStyle = StatedText.nonBlank(stylesheet)
        self.frame = frame
    }
}
