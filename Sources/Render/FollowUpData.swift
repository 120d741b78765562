import Foundation
import PlanModel

/// `data/uppfoljningar.json` and `data/uppfoljningar.csv`: every entry of every plan's
/// follow-up reports, one object or row each, plans in the site-wide order and each plan's
/// reports by date. Made from the plan's facts (which keep the follow-ups), a piece per plan.
///
/// CSV columns: `län` (the county folder), `plan` (the plan's file name without `.md`),
/// `uppföljning`, `datum`, `rapporterad av`, `slutlig` (`ja` or empty), `aktivitet` (its id),
/// `status` (the code: `genomford` …), `ersatt av`, `kommentar`, `indikator`.
public enum FollowUpData {
    public static let columns = [
        "län", "plan", "uppföljning", "datum", "rapporterad av", "slutlig", "aktivitet", "status", "ersatt av",
        "kommentar", "indikator",
    ]
    public static var csvHead: [UInt8] { Array((CSVFormat.byteOrderMark + CSVFormat.record(columns)).utf8) }

    /// One entry as `data/uppfoljningar.json` has it.
    struct Entry: Encodable {
        var county: String
        var plan: String
        var followUp: String
        var date: String
        var reportedBy: String
        var isFinal: Bool
        var activityId: String
        var status: ActivityStatus
        var replacedBy: String?
        var comment: String
        var indicator: String?
    }

    static func entries(_ plan: Plan) -> [Entry] {
        plan.followUps.flatMap { followUp in
            followUp.entries.map { entry in
                Entry(county: plan.countySlug, plan: plan.slug, followUp: followUp.slug, date: followUp.date.description,
                      reportedBy: followUp.reportedBy, isFinal: followUp.isFinal, activityId: entry.activityId,
                      status: entry.status, replacedBy: entry.replacedBy, comment: entry.comment,
                      indicator: entry.indicator)
            }
        }
    }

    /// The plan's entries as JSON array elements joined with commas (no brackets); empty when it has none.
    public static func jsonElements(_ plan: Plan) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return entries(plan).map { entry in
            // Strings, numbers and booleans only: encoding cannot fail.
            (try? Array(encoder.encode(entry))) ?? []
        }.joined(separator: Array(",".utf8)).map { $0 }
    }

    /// The plan's rows of `data/uppfoljningar.csv`.
    public static func csvRows(_ plan: Plan) -> [UInt8] {
        Array(entries(plan).map { entry in
            CSVFormat.record([entry.county, entry.plan, entry.followUp, entry.date, entry.reportedBy,
                              entry.isFinal ? "ja" : "", entry.activityId, entry.status.rawValue,
                              entry.replacedBy ?? "", entry.comment, entry.indicator ?? ""])
        }.joined().utf8)
    }
}
