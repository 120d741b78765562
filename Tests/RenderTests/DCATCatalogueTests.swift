import Catalog
import Foundation
import InterfaceText
import PlanModel
import Render
import Templates
import Testing
import ViewModel

/// The DCAT-AP-SE catalogue (`datasets/dcat`) from the real plans and from fixtures. The whole
/// file is also parsed with rdflib and checked with SHACL shapes in Tests/Whole/run.sh.
@Suite struct DCATCatalogueTests {
    static let base = "https://www.example.se/planer/"

    static func catalogue(site: SiteConfig? = nil, counties: [County]? = nil) throws -> (DCATCatalogue, [Plan]) {
        let (content, catalog) = try HTMLFixtures.realSite()
        let plans = content.plans.sorted { ($0.countySlug, $0.slug) < ($1.countySlug, $1.slug) }
        let site = site ?? HTMLFixtures.site(baseURL: base)
        let dcat = try #require(DCATCatalogue(site: site, plans: plans, counties: counties ?? content.counties,
                                              catalog: catalog, t: Strings.forLanguage(site.language)))
        return (dcat, plans)
    }

    @Test func withoutABaseURLThereIsNoCatalogue() throws {
        let plan = try HTMLFixtures.parsedPlan()
        let files = PublishingFiles(site: HTMLFixtures.site()).render(
            pages: [], plans: [plan], counties: [HTMLFixtures.county], dataFiles: true)
        #expect(!files.map(\.path).contains(SiteAddress.dcat))
        #expect(DCATCatalogue(site: HTMLFixtures.site(), plans: [plan], counties: [HTMLFixtures.county], catalog: nil, t: .sv) == nil)
    }

    @Test func withABaseURLButNoDataFilesThereIsNoCatalogue() throws {
        let plan = try HTMLFixtures.parsedPlan()
        let publishing = PublishingFiles(site: HTMLFixtures.site(baseURL: Self.base))
        #expect(!publishing.render(pages: [], plans: [plan], counties: [HTMLFixtures.county], dataFiles: false)
            .map(\.path).contains(SiteAddress.dcat))
        #expect(publishing.render(pages: [], plans: [plan], counties: [HTMLFixtures.county], dataFiles: true)
            .map(\.path).contains(SiteAddress.dcat))
    }

    /// One dataset per plan plus the site-wide one, each with a JSON and a CSV distribution
    /// whose addresses are the files the build writes, and the plan's period, date and themes.
    @Test func everyRealPlanIsADatasetWithItsFilesPeriodDateAndThemes() throws {
        let (dcat, plans) = try Self.catalogue()
        let (_, catalog) = try HTMLFixtures.realSite()
        #expect(dcat.iri == Self.base + "datasets/dcat")
        #expect(dcat.datasets.count == plans.count + 1)
        for (plan, dataset) in zip(plans, dcat.datasets) {
            #expect(dataset.titles.first?.value == plan.title)
            #expect(dataset.distributions.map(\.url) == ["json", "csv"].map {
                Self.base + SiteAddress.planFile(plan, extension: $0) })
            #expect(dataset.distributions.map(\.kind.format).map { $0.split(separator: "/").last } == ["JSON", "CSV"])
            #expect(dataset.temporal?.start == "\(plan.period.first)-01-01")
            #expect(dataset.temporal?.end == "\(plan.period.last)-12-31")
            #expect(dataset.issued?.value == plan.adopted?.description)
            let themes = try #require(catalog.plan(PlanKey(plan))).themeIDs.compactMap { id in
                catalog.themes.themes.first { $0.id == id }?.name }
            #expect(!themes.isEmpty && dataset.keywords.map(\.value) == themes)
            #expect(dataset.landingPage == Self.base + plan.countySlug + "/" + plan.slug + "/")
        }
        let all = try #require(dcat.datasets.last)
        #expect(all.distributions.map(\.url) == [Self.base + "data/planer.json", Self.base + "data/aktiviteter.csv"])
        #expect(all.temporal?.start == "\(plans.map(\.period.first).min()!)-01-01")
        let every = dcat.datasets.map(\.iri) + dcat.datasets.flatMap(\.distributions).map(\.iri)
            + [dcat.publisher.iri] + dcat.contacts.map(\.iri)
        #expect(every.allSatisfy { $0.hasPrefix(Self.base) })
        #expect(Set(every).count == every.count)
    }

    @Test func theOrganisationNumberNamesThePublisherOnTheDataportal() throws {
        var site = HTMLFixtures.site(baseURL: Self.base)
        site.openData = .init(organisationNumber: "2021000000", titleEnglish: "Regional plans")
        let (dcat, _) = try Self.catalogue(site: site)
        #expect(dcat.publisher.iri == "http://dataportal.se/organisation/SE2021000000")
        #expect(dcat.publisher.name == site.publisher)
        #expect(dcat.datasets.allSatisfy { $0.publisher == dcat.publisher.iri })
        #expect(dcat.titles.map(\.language) == ["sv", "en"])
        #expect(dcat.license == "http://creativecommons.org/publicdomain/zero/1.0/")
    }

    @Test func aCountysEmailAndAreaAreItsPlansContactAndSpatial() throws {
        let (content, _) = try HTMLFixtures.realSite()
        let counties = content.counties.map { county -> County in
            var county = county
            if county.slug == "dalarna" {
                county.email = "integration@dalarna.example.se"
                county.spatial = "http://data.europa.eu/nuts/code/SE999"
            }
            return county
        }
        let (dcat, plans) = try Self.catalogue(counties: counties)
        let contact = try #require(dcat.contacts.first { $0.email == "integration@dalarna.example.se" })
        for (plan, dataset) in zip(plans, dcat.datasets) {
            let dalarna = plan.countySlug == "dalarna"
            #expect((dataset.contact == contact.iri) == dalarna)
            #expect(dataset.spatial == [dalarna ? "http://data.europa.eu/nuts/code/SE999" : DCATVocabulary.sweden])
        }
    }

    @Test func anEnglishTitleFromThePlanIsTaggedEn() throws {
        var plan = try HTMLFixtures.parsedPlan()
        plan.titleEnglish = "Action plan for tests"
        let dcat = try #require(DCATCatalogue(site: HTMLFixtures.site(baseURL: Self.base), plans: [plan],
                                              counties: [HTMLFixtures.county], catalog: nil, t: .sv))
        #expect(dcat.datasets[0].titles.map(\.value) == [plan.title, "Action plan for tests"])
        #expect(dcat.datasets[0].titles.map(\.language) == ["sv", "en"])
        #expect(dcat.datasets[0].issued?.type == "gYearMonth")
        #expect(dcat.datasets[0].description.value == plan.summary)
    }

    /// The text of the content is escaped in the XML, and the document names what a harvester reads.
    @Test func theXMLEscapesTheContentAndNamesEveryResource() throws {
        let plan = try HTMLFixtures.parsedPlan()
        let dcat = try #require(DCATCatalogue(site: HTMLFixtures.site(baseURL: Self.base), plans: [plan],
                                              counties: [HTMLFixtures.county], catalog: nil, t: .sv))
        let xml = dcat.xml.text
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF"))
        #expect(xml.contains("<dcterms:title xml:lang=\"sv\">Handlingsplan för test &amp; prov</dcterms:title>"))
        #expect(xml.contains("&lt;gemensamt&gt;"))
        #expect(!xml.contains("rdf:nodeID"))
        for resource in ["dcat:Catalog", "dcat:Dataset", "dcat:Distribution", "foaf:Agent", "vcard:Organization"] {
            let opened = xml.components(separatedBy: "<\(resource)").count - 1
            let named = xml.components(separatedBy: "<\(resource) rdf:about=\"\(Self.base)").count - 1
            #expect(opened > 0 && opened == named, "\(resource)")
        }
    }
}

extension DCATCatalogueTests {
    /// PlanPress's own words follow the site's language and say which; the plans' titles keep theirs.
    @Test func onAnEnglishSiteTheCataloguesOwnWordsAreTaggedEn() throws {
        var site = HTMLFixtures.site(baseURL: Self.base)
        site.language = "en"
        let (dcat, plans) = try Self.catalogue(site: site)
        #expect(dcat.description.language == "en" && dcat.description.value.hasPrefix("Open data"))
        #expect(dcat.datasets.last?.titles.map(\.language) == ["en"])
        for (plan, dataset) in zip(plans, dcat.datasets) {
            #expect(dataset.titles.first?.language == plan.language)
            #expect(dataset.distributions.map(\.title.language) == ["en", "en"])
        }
    }
}
