import Foundation
import PlanModel
import ViewModel

/// The plan as open data: the typed model as JSON, with its county and a `$schema` reference.
///
/// One plan is an object with every field of `Plan` (so it decodes straight back into a `Plan`),
/// plus `"county"` (the `County`) and `"$schema"`. Keys are sorted, slashes are not escaped, and
/// the output ends with a newline, so the same plan gives the same bytes. No white space: the
/// files are half the size, and every JSON viewer (browsers' too) indents them for reading.
public enum JSONFormat {
    /// The `$schema` of a plan's own JSON file, which lives at `<county>/<plan>/<plan>.json`.
    public static let schemaReference = "../../" + SiteAddress.planSchema

    public static func render(_ plan: Plan, county: County) -> [UInt8] {
        encode(FormatPlanDocument(plan: plan, county: county, schema: schemaReference), contentFolder: contentFolder(plan))
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
            FormatPlanDocument(plan: $0, county: FormatFacts.county($0.countySlug, in: counties), schema: nil)
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

/// A plan with its county, flattened into one object.
struct FormatPlanDocument: Encodable {
    var plan: Plan
    var county: County
    var schema: String?

    private enum Keys: String, CodingKey {
        case schema = "$schema"
        case county
    }

    func encode(to encoder: Encoder) throws {
        var plan = plan
        plan.sourceFile = SourceLocation.relative(plan.sourceFile, to: encoder.userInfo[SourceLocation.contentFolderKey] as? String)
        try plan.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(schema, forKey: .schema)
        try container.encode(county, forKey: .county)
    }
}
