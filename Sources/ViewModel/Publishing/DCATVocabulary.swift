/// The shared vocabularies the DCAT-AP-SE catalogue names, as absolute IRIs.
public enum DCATVocabulary {
    /// The EU's authority table of countries: a plan with no `spatial:` on its county page covers
    /// a part of Sweden, which this says without guessing an IRI for the county.
    public static let sweden = "http://publications.europa.eu/resource/authority/country/SWE"
    /// The EU data themes of every plan: integration is about society (SOCI), and the plans are
    /// a public body's governance (GOVE).
    public static let themes = ["SOCI", "GOVE"].map { "http://publications.europa.eu/resource/authority/data-theme/" + $0 }
    public static let themeTaxonomy = "http://publications.europa.eu/resource/authority/data-theme"
    public static let json = FileKind(mediaType: "https://www.iana.org/assignments/media-types/application/json",
                                      format: "http://publications.europa.eu/resource/authority/file-type/JSON")
    public static let csv = FileKind(mediaType: "https://www.iana.org/assignments/media-types/text/csv",
                                     format: "http://publications.europa.eu/resource/authority/file-type/CSV")
    /// The publisher's IRI on Sveriges dataportal, from its organisation number.
    public static func organisation(_ number: String) -> String { "http://dataportal.se/organisation/SE" + number }

    /// The EU language table's IRI for a BCP 47 code that PlanPress writes in, or nil.
    public static func language(_ code: String) -> String? {
        let table = ["sv": "SWE", "en": "ENG"]
        let primary = code.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return table[primary].map { "http://publications.europa.eu/resource/authority/language/" + $0 }
    }

    /// A distribution's IANA media type and EU file type.
    public struct FileKind: Sendable {
        public var mediaType: String
        public var format: String
    }
}
