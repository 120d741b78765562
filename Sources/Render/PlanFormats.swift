import Mustache
import PlanModel

/// Every alternate format of a plan, at the addresses `PlanAddress` gives, and the site-wide
/// open-data files.
public enum PlanFormats {
    /// `<plan>.txt`, `<plan>.epub`, `<plan>.json` and `<plan>.csv` in the plan's folder.
    public static func render(
        _ plan: Plan, county: County, site: SiteConfig, library: MustacheLibrary, strings: [String: String]
    ) throws -> [OutputFile] {
        [
            OutputFile(path: PlanAddress.text(plan), text: TextFormat.render(plan, county: county, strings: strings)),
            OutputFile(path: PlanAddress.epub(plan),
                       bytes: try EPUBFormat.render(plan, county: county, site: site, library: library, strings: strings)),
            OutputFile(path: PlanAddress.json(plan), bytes: JSONFormat.render(plan, county: county)),
            OutputFile(path: PlanAddress.csv(plan), text: CSVFormat.render(plan, county: county)),
        ]
    }

    /// Where the site-wide files go.
    public static let allPlansJSONPath = "data/planer.json"
    public static let allActivitiesCSVPath = "data/aktiviteter.csv"

    /// `data/plan.schema.json`, `data/planer.json` (every plan) and `data/aktiviteter.csv`
    /// (every activity of every plan).
    public static func renderSiteWide(plans: [Plan], counties: [County]) -> [OutputFile] {
        [
            OutputFile(path: JSONFormat.schemaPath, text: JSONFormat.schema),
            OutputFile(path: allPlansJSONPath, bytes: JSONFormat.renderAll(plans, counties: counties)),
            OutputFile(path: allActivitiesCSVPath, text: CSVFormat.renderAll(plans, counties: counties)),
        ]
    }
}
