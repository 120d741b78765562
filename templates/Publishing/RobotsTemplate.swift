import ViewModel

extension Robots {
    /// robots.txt. It is plain text, but the sitemap's address is escaped as the old template
    /// escaped it (an `&` in the base URL becomes `&amp;`).
    public var text: String {
        """
        User-agent: *
        Allow: /
        \(sitemap.map { "Sitemap: \(MarkupEscape.text($0))\n" } ?? "")
        """
    }
}
