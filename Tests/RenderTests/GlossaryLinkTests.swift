import PlanModel
import PlanParser
import Render
import Testing
import ViewModel

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

        | Aktivitet | Ansvar |
        | --- | --- |
        | Bygga bostäder. | AF |
        | Ordna boenden. | AF |

        ## Område: Hälsa

        Tema: halsa

        Ansvar: AF, Regionen

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
        // Where AF was missed: it mostly stands as the responsible organisation, which is text too.
        #expect(page.contains("<th scope=\"row\">Bygga bostäder.</th><td data-label=\"Ansvar\"><a href=\"\(glossary)af\">AF</a></td>"))
        #expect(page.contains("<th scope=\"row\">Ordna boenden.</th><td data-label=\"Ansvar\">AF</td>"))
        #expect(page.contains("<div><dt>Ansvar</dt><dd><a href=\"\(glossary)af\">AF</a>, Regionen</dd></div>"))
    }
}

/// A link in the text to another plan's file leads to that plan's page, in every output.
@Suite struct PlanLinkAddressTests {
    @Test func hrefsToAnotherPlansFileBecomeThatPlansAddressOthersStay() throws {
        let plan = try #require(PlanParser.parsePlan("""
            ---
            title: T
            kind: handlingsplan
            publisher: P
            period: 2016
            ---

            ## Mål: Boende

            Se [strategin](../jamtland/strategi.md#arbete), [igen](../jamtland/strategi.md#arbete) och [målet](#boende).
            """, file: "content/c/p.md", countySlug: "c", slug: "p").value)
        let targets = PlanLinkAddresses.targets(of: plan)
        #expect(targets == ["../jamtland/strategi.md#arbete": "jamtland/strategi/index.html#arbete"])
        let html = try #require(plan.sections.first?.content.first.flatMap { block -> String? in
            if case .prose(let prose) = block { return prose.html }
            return nil
        })
        let rewritten = PlanLinkAddresses.rewrite(html, targets: targets) { "https://example.se/" + $0 }
        #expect(rewritten == "<p>Se <a href=\"https://example.se/jamtland/strategi/index.html#arbete\">strategin</a>, <a href=\"https://example.se/jamtland/strategi/index.html#arbete\">igen</a> och <a href=\"#boende\">målet</a>.</p>\n")
        // Without an address (an EPUB of a site without a base URL) the text stays, as no link.
        let unlinked = PlanLinkAddresses.rewrite(html, targets: targets) { _ in nil }
        #expect(unlinked == "<p>Se <a>strategin</a>, <a>igen</a> och <a href=\"#boende\">målet</a>.</p>\n")
    }
}
