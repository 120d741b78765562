import PlanModel
import ViewModel

/// The site-wide open-data files, made from every plan (a plan's own files are `OutputFormat`s).
public enum PlanFormats {
    // MARK: - The site-wide files, a plan at a time

    /// `data/planer.json` and `data/aktiviteter.csv` put together from each plan's own JSON and
    /// CSV file, in the order county, then plan, so that a build can write them as the plans
    /// come instead of holding every plan: `head`, then each plan's piece (with `separator`
    /// between JSON pieces), then `tail` give exactly the bytes of `JSONFormat.renderAll` and
    /// `CSVFormat.renderAll`. (`data/plan.schema.json` is `JSONFormat.schema`.)
    public enum SiteWidePieces {
        public static let jsonHead = Array("[".utf8)
        public static let jsonSeparator = Array(",".utf8)
        public static let jsonTail = Array("]\n".utf8)
        /// With no plan at all the array is JSONEncoder's empty one.
        public static let emptyJSON = JSONFormat.renderAll([], counties: [])
        public static var csvHead: [UInt8] { Array((CSVFormat.byteOrderMark + CSVFormat.record(CSVFormat.columns)).utf8) }

        /// The plan as an element of the array in `data/planer.json`, from its own JSON file
        /// (`JSONFormat.render`): the same object without `$schema`, which sorts first.
        public static func jsonElement(planJSON: [UInt8]) -> ArraySlice<UInt8> {
            var element = planJSON[...]
            // The file ends with a line break, the element does not.
            if element.last == UInt8(ascii: "\n") { element.removeLast() }
            guard element.dropFirst().starts(with: schemaMember) else { return element }
            return ArraySlice([UInt8(ascii: "{")] + element.dropFirst(1 + schemaMember.count))
        }

        private static let schemaMember = Array("\"$schema\":\"\(JSONFormat.schemaReference)\",".utf8)

        /// The plan's rows of `data/aktiviteter.csv`: its own CSV file without the byte order
        /// mark, the header row and the plan's own columns after `övrigt`.
        public static func csvRows(planCSV: [UInt8]) -> ArraySlice<UInt8> {
            let bom = Array(CSVFormat.byteOrderMark.utf8), lineEnd = Array(CSVFormat.lineEnd.utf8)
            var body = planCSV[...]
            if body.starts(with: bom) { body = body.dropFirst(bom.count) }
            // No header field holds a line break (headings are one table cell): its first CRLF ends it.
            guard let end = body.indices.first(where: { body[$0...].starts(with: lineEnd) }) else { return [] }
            return CSVFormat.firstFields(body[(end + lineEnd.count)...], count: CSVFormat.columns.count)[...]
        }
    }
}
