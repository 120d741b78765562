import PlanModel

/// Where each plan's files live in the output, so every renderer links the same way.
public enum PlanAddress {
    /// `dalarna/vagen-in-2015-2020/`
    public static func folder(_ plan: Plan) -> String { "\(plan.countySlug)/\(plan.slug)/" }
    public static func page(_ plan: Plan) -> String { folder(plan) + "index.html" }
    public static func text(_ plan: Plan) -> String { folder(plan) + "\(plan.slug).txt" }
    public static func epub(_ plan: Plan) -> String { folder(plan) + "\(plan.slug).epub" }
    public static func json(_ plan: Plan) -> String { folder(plan) + "\(plan.slug).json" }
    public static func csv(_ plan: Plan) -> String { folder(plan) + "\(plan.slug).csv" }
    public static func largePrint(_ plan: Plan) -> String { folder(plan) + "storstil/index.html" }
    public static func county(_ slug: String) -> String { "\(slug)/index.html" }
}
