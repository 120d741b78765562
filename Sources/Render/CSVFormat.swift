import InterfaceText
import PlanModel
import ViewModel

/// The plan's activities as a table, one row per activity, for spreadsheets.
///
/// RFC 4180: comma-separated, fields with a comma, quote or line break in double quotes (quotes
/// doubled), CRLF after every record, header row first. UTF-8 with a byte order mark so that
/// Excel shows å, ä and ö.
///
/// One row per activity as `PlanActivities` resolved it, so that the table says what the plan's
/// page and every other format say. These columns start every file (the site-wide
/// `data/aktiviteter.csv` is every plan's rows under one header, with these columns only), new
/// ones only ever at the end:
///
/// - `län`: the county's name
/// - `plan`: the plan's title
/// - `område`: the headings from the outermost section down to the one holding the activity,
///   joined with ` › `
/// - `aktivitet`: the activity's text
/// - `ansvar`: the activity's own responsible, else the `Ansvar:` of the nearest section on that
///   path that has one
/// - `samverkansparter`: the activity's own partners, else the nearest section's `Samverkansparter:`
/// - `teman`: theme ids of the nearest section on the path that has any, joined with `; `
/// - `planperiod`: the plan's period (`2015–2017`), the same on every row of a plan
/// - `när`: when the activity takes place: its own time (its `När` column), else the nearest
///   section's `När:`; empty where the plan says nothing
/// - `övrigt`: the activity's other columns (`Uppföljning`, `Finansiering`, `Indikator` …) that
///   have text, as `Rubrik: text`, joined with `; `
/// - `status`: the activity's status in the latest follow-up that names it (`Genomförd`,
///   `Ersatt av aktivitet-5`); empty when none does
/// - `statusdatum`: that follow-up's date (`2025-12-08`)
/// - `statuskommentar`: its comment
///
/// A plan's own file then has one column per distinct heading of those other columns, in the
/// order they first appear in the plan, headed as the plan heads them: `Uppföljning`,
/// `Finansiering` … Plans name them differently, so the site-wide file keeps them in `övrigt`.
public enum CSVFormat {
    public static let columns = [
        "län", "plan", "område", "aktivitet", "ansvar", "samverkansparter", "teman", "planperiod", "när", "övrigt",
        "status", "statusdatum", "statuskommentar",
    ]
    static let byteOrderMark = "\u{FEFF}"
    static let lineEnd = "\r\n"

    /// `activities` are resolved from the plan when not given.
    public static func render(_ plan: Plan, county: County, activities: PlanActivities? = nil) -> String {
        let activities = activities ?? PlanActivities(plan)
        let extra = extraColumns(activities)
        return byteOrderMark + ([record(columns + extra)]
            + rows(plan, county: county, activities: activities, extraColumns: extra)).joined()
    }

    /// Each distinct heading of the activities' other columns, in the order they first appear.
    static func extraColumns(_ activities: PlanActivities) -> [String] {
        var seen: Set<String> = []
        var headings: [String] = []
        for activity in activities.all {
            for field in activity.otherFields where seen.insert(field.name).inserted { headings.append(field.name) }
        }
        return headings
    }

    /// Every plan's activities (`data/aktiviteter.csv`), plans ordered by county and plan.
    public static func renderAll(_ plans: [Plan], counties: [County]) -> String {
        byteOrderMark + ([record(columns)] + FormatFacts.ordered(plans).flatMap {
            rows($0, county: FormatFacts.county($0.countySlug, in: counties), activities: PlanActivities($0))
        }).joined()
    }

    static func rows(_ plan: Plan, county: County, activities: PlanActivities, extraColumns: [String] = []) -> [String] {
        activities.all.map { activity in
            let extraCells = extraColumns.map { heading in
                activity.otherFields.filter { $0.name == heading }.map(\.text).joined(separator: "; ")
            }
            return record([
                county.name,
                plan.title,
                activity.headings.joined(separator: " › "),
                activity.activity.text,
                activity.responsible?.text ?? "",
                activity.partners?.text ?? "",
                activity.themes.joined(separator: "; "),
                plan.period.description,
                activity.when?.text ?? "",
                activity.otherFields.map { "\($0.name): \($0.text)" }.joined(separator: "; "),
                activity.status.map { Strings.sv.followUp.statusText($0.entry) } ?? "",
                activity.status?.date.description ?? "",
                activity.status?.entry.comment ?? "",
            ] + extraCells)
        }
    }

    /// The records of `csv` (no byte order mark, no header) with only their first `count` fields:
    /// a plan's rows as the site-wide file has them. Reads RFC 4180 quoting, in one pass.
    static func firstFields(_ csv: ArraySlice<UInt8>, count: Int) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(csv.count)
        var quoted = false, field = 0
        var previous: UInt8 = 0
        for byte in csv {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted && byte == UInt8(ascii: ",") { field += 1 }
            let endsRecord = !quoted && byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r")
            if field < count || endsRecord {
                if endsRecord && field >= count { result += Array(lineEnd.utf8) } else { result.append(byte) }
            }
            if endsRecord { field = 0 }
            previous = byte
        }
        return result
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + lineEnd
    }

    /// One field, neutralised, then quoted when RFC 4180 requires it.
    static func field(_ raw: String) -> String {
        let text = neutralised(raw)
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A cell a spreadsheet would take for a formula (it starts with `=`, `+`, `-`, `@`, a tab or
    /// a carriage return) gets a `'` in front, as OWASP recommends against CSV injection: Excel
    /// and LibreOffice then show the text as it is. Only the CSV: the JSON keeps the original.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
