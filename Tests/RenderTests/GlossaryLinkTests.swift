import PlanModel
import PlanParser
import Render
import Testing

/// Every term of a plan's glossary links to its explanation where the plan's text uses it, the
/// first time in each section: abbreviations as written, other terms in any case.
@Suite struct GlossaryLinkTests {
    static let markdown = """
        ---
        title: Ordplan
        kind: strategi
        publisher: Länsstyrelsen Testlän
        period: 2020
        ---

        ## Område: Arbete

        Tema: arbete

        AF och Af ordnar samhällsorientering. Samhällsorientering igen, och AF igen.

        Anvisningsbara  platser finns, men inte anvisningsbara.

        ## Område: Boende

        Tema: bostad

        Samhällsorienteringen är inte ordet; Samhällsorientering är det.

        ## Ordlista

        | Term | Förklaring |
        | --- | --- |
        | AF | Arbetsförmedlingen. |
        | Samhällsorientering | En kurs om samhället. |
        | Anvisningsbara platser | Platser som kommunerna ordnar. |
        """

    @Test func termsLinkTheFirstTimeInEachSectionAbbreviationsOnlyAsWritten() throws {
        let plan = try #require(PlanParser.parsePlan(Self.markdown, file: "content/testlan/ord.md",
                                                     countySlug: "testlan", slug: "ord").value)
        let pages = try HTMLFixtures.renderer().planPages(plan, county: HTMLFixtures.county, formats: [], preview: false,
                                                          catalog: try HTMLFixtures.fixtureCatalog(plan))
        let page = try HTMLFixtures.page(pages, "testlan/ord/index.html")
        let glossary = "../../ordlista/index.html#term-"
        #expect(page.contains("<p><a href=\"\(glossary)af\">AF</a> och Af ordnar <a href=\"\(glossary)samhallsorientering\">samhällsorientering</a>. Samhällsorientering igen, och AF igen.</p>"))
        #expect(page.contains("<p><a href=\"\(glossary)anvisningsbara-platser\">Anvisningsbara  platser</a> finns, men inte anvisningsbara.</p>"))
        #expect(page.contains("<p>Samhällsorienteringen är inte ordet; <a href=\"\(glossary)samhallsorientering\">Samhällsorientering</a> är det.</p>"))
    }
}
