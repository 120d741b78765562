import PlanModel

/// One county: its description and its plans.
public struct CountyPage: Sendable {
    public var frame: PageFrame
    public var name: String
    /// The county's description as cmark made it.
    public var descriptionHTML: String
    /// The description shortened for the page's meta description; nil when it has none.
    public var summary: String?
    public var plans: PlanList

    public init(frame: PageFrame, county: County, plans: [Plan], preview: Bool) {
        self.frame = frame
        name = county.name
        descriptionHTML = county.descriptionHTML
        let short = Self.shortened(county.descriptionText)
        summary = short.isEmpty ? nil : short
        self.plans = PlanList(plans, from: frame.path, preview: preview, showsSummary: true)
    }

    /// The first words of `text`, at most `limit` characters, with ` …` when some were left out.
    static func shortened(_ text: String, limit: Int = 300) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var result = ""
        for word in words {
            if !result.isEmpty && result.count + word.count + 1 > limit { return result + " …" }
            result += (result.isEmpty ? "" : " ") + word
        }
        return result
    }
}
