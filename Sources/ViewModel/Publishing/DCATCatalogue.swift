import Catalog
import InterfaceText
import PlanModel
import PlanParser

/// The DCAT-AP-SE 3.0.1 catalogue at `datasets/dcat`, which Sveriges dataportal harvests: one
/// dataset per plan (its JSON and CSV files) and one for the site-wide data files. Every
/// catalog, dataset, distribution, publisher and contact has an absolute IRI under the base URL,
/// so there is no catalogue without one.
public struct DCATCatalogue: Sendable {
    public var iri: String
    public var titles: [DCATText]
    public var description: DCATText
    public var homepage: String
    public var license: String
    public var language: String?
    /// site.yml's `date`: when the content was last changed.
    public var modified: DCATDate?
    public var publisher: DCATAgent
    /// Every contact point the datasets name, the site's first.
    public var contacts: [DCATContact]
    public var datasets: [DCATDataset]

    /// `plans` in the site's order, with their `counties`; the `catalog` gives each plan's themes
    /// as keywords. Nil without a base URL.
    public init?(site: SiteConfig, plans: [Plan], counties: [County], catalog: Catalog?, t: Strings) {
        guard let base = SiteAddress.absoluteRoot(base: site.baseURL) else { return nil }
        let iri = base + SiteAddress.dcat
        func address(_ path: String) -> String { SiteAddress.published(path, base: base) }
        let license = site.openData.license
        // PlanPress's own words are in the interface's language; the content's in its own.
        let ours = t.isEnglish ? "en" : "sv"
        self.iri = iri
        titles = DCATText.titles(site.title, language: site.language, english: site.openData.titleEnglish)
        description = DCATText(site.openData.description ?? t.openData.catalogDescription(site.title, site.publisher),
                               language: site.openData.description == nil ? ours : site.language)
        homepage = base
        self.license = license
        language = DCATVocabulary.language(site.language)
        modified = site.date.flatMap(DCATDate.init)
        publisher = DCATAgent(iri: site.openData.organisationNumber.map(DCATVocabulary.organisation) ?? iri + "#utgivare",
                              name: site.publisher)
        let siteContact = DCATContact(iri: iri + "#kontakt", name: site.publisher, email: site.contact.email,
                                      url: site.contact.url.flatMap { TextSafety.isAbsoluteWebIRI($0) ? $0 : nil })
        let countyBySlug = Dictionary(counties.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var contacts = [siteContact]
        let withPlans = Set(plans.map(\.countySlug))
        for county in counties where county.email != nil && withPlans.contains(county.slug) {
            contacts.append(DCATContact(iri: iri + "#kontakt/" + county.slug, name: county.name, email: county.email, url: nil))
        }
        self.contacts = contacts
        let themeNames = Dictionary((catalog?.themes.themes ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var datasets: [DCATDataset] = []
        datasets.reserveCapacity(plans.count + 1)
        for plan in plans {
            let county = countyBySlug[plan.countySlug]
            let id = iri + "#" + plan.countySlug + "/" + plan.slug
            let themes = catalog?.plan(PlanKey(plan))?.themeIDs ?? []
            datasets.append(DCATDataset(
                iri: id,
                titles: DCATText.titles(plan.title, language: plan.language, english: plan.titleEnglish),
                description: plan.summary.map { DCATText($0, language: plan.language) } ?? DCATText(
                    t.openData.planDescription(plan.title, county?.name ?? plan.countySlug, plan.period.description),
                    language: ours),
                publisher: publisher.iri,
                contact: county?.email != nil ? iri + "#kontakt/" + plan.countySlug : siteContact.iri,
                keywords: themes.compactMap { themeNames[$0] }.map { DCATText($0) },
                spatial: [county?.spatial ?? DCATVocabulary.sweden],
                temporal: DCATPeriod(plan.period),
                issued: plan.adopted.map(DCATDate.init),
                landingPage: address(SiteAddress.plan(plan)),
                language: DCATVocabulary.language(plan.language),
                distributions: [
                    DCATDistribution(iri: id + "/json", title: DCATText(t.formats.json.name, language: ours),
                                     url: address(SiteAddress.planFile(plan, extension: "json")), kind: DCATVocabulary.json,
                                     license: license),
                    DCATDistribution(iri: id + "/csv", title: DCATText(t.formats.csv.name, language: ours),
                                     url: address(SiteAddress.planFile(plan, extension: "csv")), kind: DCATVocabulary.csv,
                                     license: license),
                ]))
        }
        datasets.append(Self.allPlans(plans, iri: iri + "#alla-planer", publisher: publisher.iri, contact: siteContact.iri,
                                      spatial: Set(plans.map { countyBySlug[$0.countySlug]?.spatial ?? DCATVocabulary.sweden }),
                                      keywords: Set(datasets.flatMap(\.keywords).map(\.value)),
                                      license: license, site: site, address: address, t: t, language: ours))
        self.datasets = datasets
    }

    /// The dataset of `data/planer.json` and `data/aktiviteter.csv`: every plan's period and area.
    private static func allPlans(_ plans: [Plan], iri: String, publisher: String, contact: String, spatial: Set<String>,
                                 keywords: Set<String>, license: String, site: SiteConfig,
                                 address: (String) -> String, t: Strings, language: String) -> DCATDataset {
        let first = plans.map(\.period.first).min()
        let last = plans.map(\.period.last).max()
        return DCATDataset(
            iri: iri, titles: [DCATText(t.openData.allPlansTitle, language: language)],
            description: DCATText(t.openData.allPlansDescription, language: language),
            publisher: publisher, contact: contact,
            keywords: keywords.sorted().map { DCATText($0) },
            spatial: spatial.sorted(),
            temporal: first.flatMap { first in last.map { DCATPeriod(Period(first: first, last: $0)) } },
            issued: nil, landingPage: address(SiteAddress.home), language: DCATVocabulary.language(site.language),
            distributions: [
                DCATDistribution(iri: iri + "/json", title: DCATText(t.openData.allPlansJSON, language: language),
                                 url: address(SiteAddress.allPlansJSON), kind: DCATVocabulary.json, license: license),
                DCATDistribution(iri: iri + "/csv", title: DCATText(t.openData.allActivitiesCSV, language: language),
                                 url: address(SiteAddress.allActivitiesCSV), kind: DCATVocabulary.csv, license: license),
            ])
    }
}

public struct DCATDataset: Sendable {
    public var iri: String
    public var titles: [DCATText]
    public var description: DCATText
    public var publisher: String
    public var contact: String
    public var keywords: [DCATText]
    public var spatial: [String]
    public var temporal: DCATPeriod?
    public var issued: DCATDate?
    public var landingPage: String
    public var language: String?
    public var distributions: [DCATDistribution]
}

public struct DCATDistribution: Sendable {
    public var iri: String
    public var title: DCATText
    /// The file: both its access and its download URL.
    public var url: String
    public var kind: DCATVocabulary.FileKind
    public var license: String
}

/// A `foaf:Agent`.
public struct DCATAgent: Sendable {
    public var iri: String
    public var name: String
}

/// A `vcard:Organization`.
public struct DCATContact: Sendable {
    public var iri: String
    public var name: String
    public var email: String?
    public var url: String?
}

/// A literal with its language tag.
public struct DCATText: Sendable {
    public var value: String
    public var language: String

    public init(_ value: String, language: String = "sv") {
        self.value = value
        self.language = language
    }

    /// The title in its language, and the English one when the content gives it.
    static func titles(_ title: String, language: String, english: String?) -> [DCATText] {
        let english = language == "en" ? nil : english
        return [DCATText(title, language: language)] + (english.map { [DCATText($0, language: "en")] } ?? [])
    }
}

/// A date as precise as the content gives it, with its XML Schema type.
public struct DCATDate: Sendable {
    public var value: String
    /// `date`, `gYearMonth` or `gYear`.
    public var type: String

    init(_ date: PartialDate) {
        value = date.description
        type = date.day != nil ? "date" : date.month != nil ? "gYearMonth" : "gYear"
    }

    /// site.yml's `date`, when it is an ISO date.
    init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { return nil }
        self.init(PartialDate(year: year, month: month, day: day))
    }
}

/// A plan's period: from the first day of its first year to the last day of its last.
public struct DCATPeriod: Sendable {
    public var start: String
    public var end: String

    init(_ period: Period) {
        start = "\(period.first)-01-01"
        end = "\(period.last)-12-31"
    }
}
