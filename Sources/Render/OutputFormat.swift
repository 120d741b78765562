import InterfaceText
import PlanModel
import ViewModel

/// One output format of a plan as a value, after Hugo's `output.Format`: what it is called, where
/// its file goes, what a server says it is, how the plan's page names it, and how it is made.
/// Everything that handles a plan's formats (rendering them side by side, listing them under
/// "Alternativa format") walks `OutputFormat.all`; nothing guesses a format from a file name.
public struct OutputFormat: Sendable, Identifiable, Equatable {
    /// `epub`, `text`, `csv`, `json`.
    public let id: String
    /// The plan's file is `<plan>.<fileExtension>` in the plan's folder (`SiteAddress.planFile`).
    public let fileExtension: String
    /// The file's `Content-Type`.
    public let mediaType: String
    /// How the plan's page names the file: `E-bok (EPUB, 48 kB)` and what it is for.
    public let label: @Sendable (Strings) -> FormatLabel
    /// How long the format takes next to the others for the same plan (larger is longer). A
    /// plan's formats are started side by side longest first, so the short ones fill in at the end.
    public let relativeCost: Int
    private let render: @Sendable (FormatInput) throws -> [UInt8]

    init(id: String, fileExtension: String, mediaType: String, label: @escaping @Sendable (Strings) -> FormatLabel,
         relativeCost: Int, render: @escaping @Sendable (FormatInput) throws -> [UInt8]) {
        self.id = id
        self.fileExtension = fileExtension
        self.mediaType = mediaType
        self.label = label
        self.relativeCost = relativeCost
        self.render = render
    }

    /// Where the plan's file in this format lives, relative to the output root.
    public func address(of plan: Plan) -> String { SiteAddress.planFile(plan, extension: fileExtension) }

    /// The plan's file in this format, at its address.
    public func file(_ input: FormatInput) throws -> OutputFile {
        OutputFile(path: address(of: input.plan), bytes: try render(input))
    }

    public static func == (left: OutputFormat, right: OutputFormat) -> Bool { left.id == right.id }
}

extension OutputFormat {
    /// An EPUB 3 book: the longest to make for a plan of many activities (XHTML, then zipped).
    public static let epub = OutputFormat(
        id: "epub", fileExtension: "epub", mediaType: "application/epub+zip", label: { $0.formats.epub },
        relativeCost: 4, render: { try EPUBFormat.render($0.plan, county: $0.county, site: $0.site, activities: $0.activities, t: $0.t, versions: $0.versions) })

    /// Plain text, wrapped at 72 characters: long for a plan of long prose.
    public static let text = OutputFormat(
        id: "text", fileExtension: "txt", mediaType: "text/plain; charset=utf-8", label: { $0.formats.txt },
        relativeCost: 3, render: { Array(TextFormat.render($0.plan, county: $0.county, activities: $0.activities, t: $0.t, versions: $0.versions).utf8) })

    /// The activities as a table.
    public static let csv = OutputFormat(
        id: "csv", fileExtension: "csv", mediaType: "text/csv; charset=utf-8", label: { $0.formats.csv },
        relativeCost: 1, render: { Array(CSVFormat.render($0.plan, county: $0.county, activities: $0.activities).utf8) })

    /// The plan as open data.
    public static let json = OutputFormat(
        id: "json", fileExtension: "json", mediaType: "application/json", label: { $0.formats.json },
        relativeCost: 2, render: { JSONFormat.render($0.plan, county: $0.county, activities: $0.activities, versions: $0.versions) })

    /// The large-print page printed to a tagged A4 PDF with an outline (`build --formats all,pdf`).
    /// Not made from the plan like the others but from the rendered page, by a browser
    /// (`SiteRenderer.planFiles`'s `printer`), so it is not in `all`; it is listed last.
    public static let pdf = OutputFormat(
        id: "pdf", fileExtension: "pdf", mediaType: "application/pdf", label: { $0.formats.pdf },
        relativeCost: 5, render: { _ in throw FormatError.printedFromThePage })

    /// Every format of a plan, in the order the plan's page lists them.
    public static let all: [OutputFormat] = [epub, text, csv, json]

    /// `all`, longest to make first: the order in which a plan's formats are started side by side.
    public static var startOrder: [OutputFormat] { all.sorted { $0.relativeCost > $1.relativeCost } }
}

/// Why a format could not be made.
enum FormatError: Error {
    /// The PDF is printed from the large-print page (`SiteRenderer.planFiles`), never from `FormatInput`.
    case printedFromThePage
}

/// What every format of a plan is made from. Made once per plan and read by each format, so
/// that they all show the same values.
public struct FormatInput: Sendable {
    public var plan: Plan
    public var county: County
    /// The site's fixed date and publisher, for the EPUB's metadata.
    public var site: SiteConfig
    /// The plan's activities with what they take from their areas: the values every format shows.
    public var activities: PlanActivities
    /// The interface text; the formats' own words are `t.format`.
    public var t: Strings
    /// Every version of the plan, when it has more than one (from the catalogue).
    public var versions: PlanVersionList?

    /// `activities` are resolved from the plan when not given.
    public init(plan: Plan, county: County, site: SiteConfig, activities: PlanActivities? = nil, t: Strings = .sv,
                versions: PlanVersionList? = nil) {
        self.plan = plan
        self.county = county
        self.site = site
        self.activities = activities ?? PlanActivities(plan)
        self.t = t
        self.versions = versions
    }
}

/// A plan's file in one format, as the plan's page lists it.
public struct FormatFile: Sendable {
    public var format: OutputFormat
    public var file: OutputFile

    public init(format: OutputFormat, file: OutputFile) {
        self.format = format
        self.file = file
    }
}
