import Foundation
import PlanModel

/// A plan's page (`SiteAddress.plan`) or its large-print copy (`SiteAddress.largePrint`, with
/// `frame.largePrint`): the plan's facts, the other formats, the table of contents and the body.
public struct PlanPage: Sendable {
    public var frame: PageFrame
    public var facts: PlanFacts
    /// The same page in the other size: the large-print copy from the page, the page from the copy.
    public var otherVersionHref: String
    /// The plan's files in other formats, known formats first.
    public var formats: [PlanFormatLink]
    public var body: PlanBody

    /// `formats`: the plan's files in other formats (path relative to the site root, size).
    public init(frame: PageFrame, plan: Plan, county: County, formats: [(path: String, bytes: Int)], body: PlanBody) {
        self.frame = frame
        facts = PlanFacts(plan: plan, county: county, page: frame.path)
        otherVersionHref = SiteAddress.relative(
            from: frame.path, to: frame.largePrint ? SiteAddress.plan(plan) : SiteAddress.largePrint(plan))
        self.formats = formats
            .map { PlanFormatLink(path: $0.path, bytes: $0.bytes, page: frame.path) }
            .sorted { ($0.format.rank, $0.path) < ($1.format.rank, $1.path) }
        self.body = body
    }
}

/// What the page says about the plan before its text.
public struct PlanFacts: Sendable {
    public var title: String
    public var subtitle: String?
    public var summary: String?
    public var kind: PlanKind
    /// `2015–2020`
    public var period: String
    public var publisher: String
    /// The reference number (diarienummer).
    public var reference: String?
    /// When the plan was adopted, or the agreement signed, as an ISO date (`2015-06-03`, `2015`).
    public var adopted: String?
    /// Lines from the printed plan's colophon.
    public var colophon: [String]
    public var countyName: String
    public var countyHref: String

    /// An agreement is signed, not adopted.
    public var isAgreement: Bool { kind == .överenskommelse }

    init(plan: Plan, county: County, page: String) {
        title = plan.title
        subtitle = PlanBody.nonBlank(plan.subtitle)
        summary = PlanBody.nonBlank(plan.summary)
        kind = plan.kind
        period = plan.period.description
        publisher = plan.publisher
        reference = PlanBody.nonBlank(plan.reference)
        adopted = plan.adopted?.description
        colophon = plan.colophon
        countyName = county.name
        countyHref = SiteAddress.relative(from: page, to: SiteAddress.county(county.slug))
    }
}

/// A link to one of the plan's files in another format.
public struct PlanFormatLink: Sendable {
    public var format: FileFormat
    /// The file relative to the site root.
    public var path: String
    /// The file as seen from the page.
    public var href: String
    public var bytes: Int

    init(path: String, bytes: Int, page: String) {
        self.path = path
        self.bytes = bytes
        href = SiteAddress.relative(from: page, to: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var fileExtension = ""
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            fileExtension = name[name.index(after: dot)...].lowercased()
        }
        format = FileFormat(fileExtension: fileExtension, path: path)
    }
}

/// The formats a plan's page knows by name, in the order the page lists them.
public enum FileFormat: Sendable {
    case epub, txt, csv, json
    /// Any other file, with its type as shown: the extension in capitals, or the path when it has none.
    case other(type: String)

    init(fileExtension: String, path: String) {
        switch fileExtension {
        case "epub": self = .epub
        case "txt": self = .txt
        case "csv": self = .csv
        case "json": self = .json
        default: self = .other(type: fileExtension.isEmpty ? path : fileExtension.uppercased())
        }
    }

    var rank: Int {
        switch self {
        case .epub: 0
        case .txt: 1
        case .csv: 2
        case .json: 3
        case .other: 4
        }
    }
}
