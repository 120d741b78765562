/// A page the preview server writes itself: the list of problems that stands in for every page
/// while the site cannot be built, or its plain 404. The words come from the preview's messages.
public struct PreviewPage: Sendable {
    /// One problem, as the editor reads it.
    public struct Problem: Sendable {
        public var isError: Bool
        /// `Fel`, `Varning`
        public var severity: String
        /// `content/dalarna/plan.md:12:1`
        public var location: String
        public var message: String
        public var hint: String?

        public init(isError: Bool, severity: String, location: String, message: String, hint: String?) {
            self.isError = isError
            self.severity = severity
            self.location = location
            self.message = message
            self.hint = hint
        }
    }

    public enum Body: Sendable {
        case problems(lead: String, listHeading: String, hintLabel: String, problems: [Problem])
        case notFound(text: String, homeLink: String)
        /// Before the first build is ready: the page reloads itself when it is.
        case building(text: String)
    }

    public var productName: String
    public var title: String
    public var body: Body

    public init(productName: String, title: String, body: Body) {
        self.productName = productName
        self.title = title
        self.body = body
    }
}
