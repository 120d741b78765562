import PlanModel
import PlanParser
import Testing

/// The fields the DCAT-AP-SE catalogue reads: site.yml's organisationNumber, license,
/// titleEnglish and description, a plan's titleEnglish and a county page's spatial.
@Suite struct OpenDataFieldTests {
    static func site(_ extra: String) -> ParseResult<SiteConfig> {
        SiteConfigReader.read("title: Planer\npublisher: Länsstyrelsen Testland\n" + extra, file: "content/site.yml")
    }

    @Test func withoutTheFieldsTheLicenseIsCC0() throws {
        let openData = try #require(Self.site("").value).openData
        #expect(openData.license == "http://creativecommons.org/publicdomain/zero/1.0/")
        #expect(openData.organisationNumber == nil && openData.titleEnglish == nil && openData.description == nil)
    }

    @Test func theFieldsAreRead() throws {
        let result = Self.site("""
            organisationNumber: 202100-0000
            license: https://creativecommons.org/licenses/by/4.0/
            titleEnglish: Regional integration plans
            description: Planerna som öppna data.

            """)
        #expect(result.diagnostics.isEmpty)
        let openData = try #require(result.value).openData
        #expect(openData.organisationNumber == "2021000000")
        #expect(openData.license == "https://creativecommons.org/licenses/by/4.0/")
        #expect(openData.titleEnglish == "Regional integration plans")
        #expect(openData.description == "Planerna som öppna data.")
    }

    @Test(arguments: ["20210-0000", "202100-000X", "2021-00-0000", "SE2021000000"])
    func anOrganisationNumberThatIsNotTenDigitsIsAnErrorAtItsField(_ number: String) {
        let result = Self.site("organisationNumber: \(number)\n")
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.description).contains {
            $0.hasPrefix("content/site.yml:3:21: error: organisationNumber: ”\(number)” är inget organisationsnummer.")
        })
    }

    @Test(arguments: ["CC0", "/licens/", "ftp://example.se/licens", "https://example.se/a b"])
    func aLicenseThatIsNoAbsoluteIRIIsAnErrorAtItsField(_ license: String) {
        let result = Self.site("license: \"\(license)\"\n")
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.description).contains { $0.hasPrefix("content/site.yml:3:10: error: license: ") })
    }

    @Test func aPlanMayGiveItsTitleInEnglish() throws {
        let text = """
            ---
            title: Handlingsplan
            titleEnglish: Action plan
            kind: handlingsplan
            publisher: Länsstyrelsen Testland
            period: 2015–2017
            ---

            ## Mål: Boende

            Text.

            """
        let result = PlanParser.parsePlan(text, file: "content/t/p.md", countySlug: "t", slug: "p")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(try #require(result.value).titleEnglish == "Action plan")
    }

    @Test func aCountySpatialMustBeAnAbsoluteIRI() throws {
        let good = PlanParser.parseCounty("---\nname: Testlands län\nspatial: http://data.europa.eu/nuts/code/SE999\n---\n",
                                          file: "content/t/_index.md", slug: "t")
        #expect(try #require(good.value).spatial == "http://data.europa.eu/nuts/code/SE999")
        let bad = PlanParser.parseCounty("---\nname: Testlands län\nspatial: SE999\n---\n", file: "content/t/_index.md", slug: "t")
        #expect(bad.value == nil)
        #expect(bad.diagnostics.map(\.description).contains { $0.hasPrefix("content/t/_index.md:3:10: error: spatial: ”SE999”") })
    }
}
