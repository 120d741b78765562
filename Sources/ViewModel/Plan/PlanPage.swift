import Catalog
import Foundation
import InterfaceText
import PlanModel

/// A plan's page (`SiteAddress.plan`) or its large-print copy (`SiteAddress.largePrint`, with
/// `frame.largePrint`): the plan's facts, the other formats, the table of contents and the body.
public struct PlanPage: Sendable {
    public var frame: PageFrame
    public var facts: PlanFacts
    /// The same page in the other size: the large-print copy from the page, the page from the copy.
    public var otherVersionHref: String
    /// The plan's files in other formats.
    public var formats: [PlanFormatLink]
    public var body: PlanBody
    /// The plan's lättläst version, when it has one.
    public var easyRead: EasyReadLink?
    /// "Beställ planen i ett annat format", when the county or the site gives an e-mail address.
    public var request: FormatRequest?
    /// The language of the plan's own text when it differs from the page's (an English page of a
    /// Swedish plan): its title, summary and body carry it as `lang`.
    public var textLanguage: String?
    /// Every version of the plan, when it has more than one (`replaces:`).
    public var versions: PlanVersionList?
    /// The plan's follow-up page, when it has follow-ups.
    public var followUpHref: String?

    /// `formats`: the plan's files in other formats, in the order to list them: how the format
    /// is named, the file's path relative to the site root, and its size.
    /// With the `catalog`, the facts name the strategy the plan carries out and the plans that carry it out.
    public init(frame: PageFrame, plan: Plan, county: County,
                formats: [(label: FormatLabel, path: String, bytes: Int)], body: PlanBody, catalog: Catalog? = nil) {
        self.frame = frame
        facts = PlanFacts(plan: plan, county: county, page: frame.path, catalog: catalog)
        otherVersionHref = SiteAddress.relative(
            from: frame.path, to: frame.largePrint ? SiteAddress.plan(plan) : SiteAddress.largePrint(plan))
        self.formats = formats.map { PlanFormatLink(label: $0.label, path: $0.path, bytes: $0.bytes, page: frame.path) }
        self.body = body
        request = FormatRequest(email: county.email ?? frame.contact?.email, title: plan.title,
                                address: frame.canonical ?? SiteAddress.planFolder(plan))
        versions = PlanVersionList(plan: PlanKey(plan), catalog: catalog)
        if !plan.followUps.isEmpty {
            followUpHref = SiteAddress.relative(from: frame.path, to: SiteAddress.followUp(plan))
        }
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
    /// The strategy this plan carries out (its `implements:`).
    public var implements: RelatedPlan?
    /// The plans that carry this one out, in catalogue order.
    public var implementedBy: [RelatedPlan]

    /// Another plan, linked from this one's page.
    public struct RelatedPlan: Sendable {
        public var title: String
        public var href: String
    }

    /// An agreement is signed, not adopted.
    public var isAgreement: Bool { kind == .överenskommelse }

    init(plan: Plan, county: County, page: String, catalog: Catalog?) {
        title = plan.title
        subtitle = StatedText.nonBlank(plan.subtitle)
        summary = StatedText.nonBlank(plan.summary)
        kind = plan.kind
        period = plan.period.description
        publisher = plan.publisher
        reference = StatedText.nonBlank(plan.reference)
        adopted = plan.adopted?.description
        colophon = plan.colophon
        countyName = county.name
        countyHref = SiteAddress.relative(from: page, to: SiteAddress.county(county.slug))
        let entry = catalog?.plan(PlanKey(plan))
        func related(_ index: Int) -> RelatedPlan? {
            guard let other = catalog?.plans[index] else { return nil }
            return RelatedPlan(title: other.title, href: SiteAddress.relative(from: page, to: SiteAddress.plan(other.key)))
        }
        implements = entry?.implements.flatMap(related)
        implementedBy = entry?.implementedBy.compactMap(related) ?? []
    }
}

/// A link to one of the plan's files in another format.
public struct PlanFormatLink: Sendable {
    /// How the format is named: `E-bok (EPUB, 48 kB)` and what it is for.
    public var label: FormatLabel
    /// The file relative to the site root.
    public var path: String
    /// The file as seen from the page.
    public var href: String
    public var bytes: Int

    init(label: FormatLabel, path: String, bytes: Int, page: String) {
        self.label = label
        self.path = path
        self.bytes = bytes
        href = SiteAddress.relative(from: page, to: path)
    }
}
