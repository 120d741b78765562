import Foundation
import PlanModel
import ViewModel

/// The plan as open data: the typed model as JSON, with its county and a `$schema` reference.
///
/// One plan is an object with every field of `Plan` (so it decodes straight back into a `Plan`),
/// plus `"county"` (the `County`), `"$schema"` and `"activities"`: every activity with what it
/// takes from its areas (`PlanActivities`), the values the page and the other formats show. Keys are sorted, slashes are not escaped, and
/// the output ends with a newline, so the same plan gives the same bytes. No white space: the
/// files are half the size, and every JSON viewer (browsers' too) indents them for reading.
public enum JSONFormat {
    /// The `$schema` of a plan's own JSON file, which lives at `<county>/<plan>/<plan>.json`.
    public static let schemaReference = "../../" + SiteAddress.planSchema

    /// `activities` are resolved from the plan when not given. With `versions`, the plan lists
    /// every version of itself (`versions`) and the page comparing them (`versionsPage`).
    public static func render(_ plan: Plan, county: County, activities: PlanActivities? = nil,
                              versions: PlanVersionList? = nil) -> [UInt8] {
        encode(FormatPlanDocument(plan: plan, county: county, schema: schemaReference,
                                  activities: activities ?? PlanActivities(plan), versions: versions),
               contentFolder: contentFolder(plan))
    }

    /// The content folder as the plan's source file names it: `content/` in
    /// `content/dalarna/vagen-in.md`. Published files are named relative to it.
    static func contentFolder(_ plan: Plan) -> String? {
        let tail = "/" + plan.countySlug + "/"
        guard let range = plan.sourceFile.range(of: tail, options: .backwards) else { return nil }
        return String(plan.sourceFile[..<range.lowerBound]) + "/"
    }

    /// Every plan, ordered by county and plan, as one array (`data/planer.json`). The items carry
    /// no `$schema`; each validates against the schema's root.
    public static func renderAll(_ plans: [Plan], counties: [County]) -> [UInt8] {
        encode(FormatFacts.ordered(plans).map {
            FormatPlanDocument(plan: $0, county: FormatFacts.county($0.countySlug, in: counties), schema: nil,
                               activities: PlanActivities($0))
        }, contentFolder: plans.first.flatMap(contentFolder))
    }

    static func encode<T: Encodable>(_ value: T, contentFolder: String?) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let contentFolder { encoder.userInfo[SourceLocation.contentFolderKey] = contentFolder }
        do {
            return Array(try encoder.encode(value)) + Array("\n".utf8)
        } catch {
            // The model holds only strings, numbers, booleans and nested values: encoding cannot fail.
            preconditionFailure("JSONFormat: \(error)")
        }
    }
}

/// A plan with its county and its resolved activities, flattened into one object.
struct FormatPlanDocument: Encodable {
    var plan: Plan
    var county: County
    var schema: String?
    var activities: PlanActivities
    var versions: PlanVersionList? = nil

    private enum Keys: String, CodingKey {
        case schema = "$schema"
        case county
        case activities
        case versions
        case versionsPage
    }

    func encode(to encoder: Encoder) throws {
        var plan = plan
        let folder = encoder.userInfo[SourceLocation.contentFolderKey] as? String
        plan.sourceFile = SourceLocation.relative(plan.sourceFile, to: folder)
        for index in plan.followUps.indices {
            plan.followUps[index].sourceFile = SourceLocation.relative(plan.followUps[index].sourceFile, to: folder)
        }
        try plan.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(schema, forKey: .schema)
        try container.encode(county, forKey: .county)
        try container.encode(activities.all.map(JSONResolvedActivity.init), forKey: .activities)
        if let versions {
            let file = SiteAddress.planFile(plan, extension: "json")
            try container.encode(versions.versions.map { JSONVersion($0, from: file) }, forKey: .versions)
            try container.encode(SiteAddress.relative(from: file, to: versions.comparisonPath), forKey: .versionsPage)
        }
    }
}

/// A version as `#/$defs/planVersion` in the schema.
private struct JSONVersion: Encodable {
    var countySlug: String
    var planSlug: String
    var title: String
    var date: String
    var current: Bool
    var this: Bool
    var json: String

    init(_ version: PlanVersionList.Version, from file: String) {
        countySlug = version.key.countySlug
        planSlug = version.key.planSlug
        title = version.title
        date = version.when
        current = version.isCurrent
        this = version.isThis
        json = SiteAddress.relative(from: file, to: "\(version.key.countySlug)/\(version.key.planSlug)/\(version.key.planSlug).json")
    }
}

/// An activity as `#/$defs/resolvedActivity` in the schema: the activity's id and number, and
/// who is responsible, the partners, the time and the themes as resolved. Its text, its other
/// columns and the headings above it are in `sections`, under the same id; not repeating them
/// here keeps the file small.
private struct JSONResolvedActivity: Encodable {
    struct Fact: Encodable {
        var text: String
        var inherited: Bool
    }

    var id: String
    var number: Int
    var responsible: Fact?
    var partners: Fact?
    var when: Fact?
    var themes: [String]
    var schedule: JSONSchedule?
    var status: JSONStatus?

    init(_ resolved: ResolvedActivity) {
        func fact(_ fact: ActivityFact?) -> Fact? { fact.map { Fact(text: $0.text, inherited: $0.isInherited) } }
        id = resolved.activity.id
        number = resolved.activity.number
        responsible = fact(resolved.responsible)
        partners = fact(resolved.partners)
        when = fact(resolved.when)
        themes = resolved.themes
        schedule = resolved.schedule.map(JSONSchedule.init)
        status = resolved.status.map(JSONStatus.init)
    }
}

/// `#/$defs/latestStatus`.
private struct JSONStatus: Encodable {
    var status: ActivityStatus
    var replacedBy: String?
    var comment: String
    var indicator: String?
    var date: String
    var followUp: String

    init(_ latest: LatestStatus) {
        status = latest.entry.status
        replacedBy = latest.entry.replacedBy
        comment = latest.entry.comment
        indicator = latest.entry.indicator
        date = latest.date.description
        followUp = latest.followUpSlug
    }
}

/// `#/$defs/schedule`: the years, the part of a year, or the recurrence.
private struct JSONSchedule: Encodable {
    var first: Int?
    var last: Int?
    var part: String?
    var recurring: String?

    init(_ schedule: Schedule) {
        switch schedule {
        case .years(let first, let last): (self.first, self.last) = (first, last)
        case .part(let part, let year): (first, last, self.part) = (year, year, part.rawValue)
        case .recurring(let recurrence): recurring = recurrence.rawValue
        }
    }
}
