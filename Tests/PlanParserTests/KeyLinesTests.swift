import PlanModel
import PlanParser
import Testing

/// Key lines written one under the other, with no blank line between them: Markdown makes one
/// paragraph of them, the editor meant one line each.
@Suite struct KeyLinesTests {
    func parse(_ body: String) -> ParseResult<Plan> {
        PlanParser.parsePlan(PlanParserTests.frontMatter + body, file: "content/test/plan.md",
                             countySlug: "test", slug: "plan")
    }

    @Test func keyLinesWithoutABlankLineBetweenThemAreEachReadOnTheirOwnLine() throws {
        let result = parse("""
            ## Mål: Arbete
            Tema: arbete
            Ansvar: Arbetsförmedlingen, Länets kommuner
            Samverkansparter: Studieförbunden
            När: 2016–2017

            | Aktivitet |
            | --- |
            | Ordna praktik. |
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let area = try #require(result.value?.sections.first)
        #expect(area.themes == ["arbete"])
        #expect(area.responsible?.mentions.map(\.text) == ["Arbetsförmedlingen", "Länets kommuner"])
        #expect(area.partners?.mentions.map(\.text) == ["Studieförbunden"])
        #expect(area.partners?.mentions.first?.location.line == 10)
        #expect(area.partners?.mentions.first?.location.column == 19)
        #expect(area.when == "2016–2017")
    }

    @Test func aValueThatGoesOnToTheNextLineStaysOneValue() throws {
        let result = parse("""
            ## Mål: Arbete

            Ansvar: Arbetsförmedlingen och
            Länets kommuner
            """)
        let area = try #require(result.value?.sections.first)
        // The line break is a space, as everywhere in Markdown; the catalogue splits at "och".
        #expect(area.responsible?.mentions.map(\.text) == ["Arbetsförmedlingen och Länets kommuner"])
    }

    @Test func aKeyLineUnderASentenceIsReadAndTheSentenceStaysText() throws {
        let result = parse("""
            ## Mål: Arbete

            Fler ska ha ett arbete.
            Ansvar: Arbetsförmedlingen
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let area = try #require(result.value?.sections.first)
        #expect(area.responsible?.mentions.map(\.text) == ["Arbetsförmedlingen"])
        #expect(area.content.count == 1)
    }

    @Test func aMisspeltKeyOnTheNextLineIsReadAsMeantAndReported() throws {
        let result = parse("""
            ## Mål: Arbete

            Ansvar: Arbetsförmedlingen
            Samverkanspartrar: Studieförbunden
            """)
        let area = try #require(result.value?.sections.first)
        #expect(area.partners?.mentions.map(\.text) == ["Studieförbunden"])
        #expect(result.diagnostics.count == 1 && result.diagnostics[0].location.line == 10)
    }
}
