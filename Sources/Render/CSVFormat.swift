import PlanModel
import ViewModel

/// The plan's activities as a table, one row per activity, for spreadsheets.
///
/// RFC 4180: comma-separated, fields with a comma, quote or line break in double quotes (quotes
/// doubled), CRLF after every record, header row first. UTF-8 with a byte order mark so that
/// Excel shows å, ä and ö.
///
/// Columns: `län` (the county's name), `plan` (the title), `område` (the headings from the
/// outermost section down to the one holding the activity, joined with ` › `), `aktivitet`,
/// `ansvar` (the activity's own, else the `Ansvar:` of the nearest section on that path that has
/// one), `samverkansparter` (the activity's own, else the nearest section's `Samverkansparter:`),
/// `teman` (theme ids of the nearest section on the path that has any, joined with `; `),
/// `period` (`2015–2017`).
public enum CSVFormat {
    public static let columns = ["län", "plan", "område", "aktivitet", "ansvar", "samverkansparter", "teman", "period"]
    static let byteOrderMark = "\u{FEFF}"
    static let lineEnd = "\r\n"

    public static func render(_ plan: Plan, county: County) -> String {
        byteOrderMark + ([record(columns)] + rows(plan, county: county)).joined()
    }

    /// Every plan's activities (`data/aktiviteter.csv`), plans ordered by county and plan.
    public static func renderAll(_ plans: [Plan], counties: [County]) -> String {
        byteOrderMark + ([record(columns)] + FormatFacts.ordered(plans).flatMap {
            rows($0, county: FormatFacts.county($0.countySlug, in: counties))
        }).joined()
    }

    static func rows(_ plan: Plan, county: County) -> [String] {
        plan.activities.map { placed in
            let path = placed.path
            let partners = placed.activity.partners?.formatNonEmptyText
                ?? path.reversed().lazy.compactMap { $0.partners?.formatNonEmptyText }.first
            return record([
                county.name,
                plan.title,
                path.map(SectionHeading.text).joined(separator: " › "),
                placed.activity.text,
                FormatResponsibility(placed.activity, path: path).text ?? "",
                partners ?? "",
                FormatFacts.themes(path: path).joined(separator: "; "),
                plan.period.description,
            ])
        }
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + lineEnd
    }

    /// One field, quoted when RFC 4180 requires it.
    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
