import PlanModel

/// Where each plan's files live in the output, so every renderer links the same way.
public enum PlanAddress {
    /// `dalarna/vagen-in-2015-2020/`
    public static func folder(_ plan: Plan) -> String { "\(plan.countySlug)/\(plan.slug)/" }
    public static func page(_ plan: Plan) -> String { folder(plan) + "index.html" }
    /// The plan's JSON and CSV files, which the site-wide data files are put together from.
    public static func json(_ plan: Plan) -> String { OutputFormat.json.address(of: plan) }
    public static func csv(_ plan: Plan) -> String { OutputFormat.csv.address(of: plan) }
    public static func largePrint(_ plan: Plan) -> String { folder(plan) + "storstil/index.html" }
    public static func county(_ slug: String) -> String { "\(slug)/index.html" }
}
