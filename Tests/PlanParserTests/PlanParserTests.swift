import PlanModel
import PlanParser
import Testing

/// Each content construct of docs/content-format.md, and what the editor is told when one is wrong.
@Suite struct PlanParserTests {
    static let frontMatter = """
        ---
        title: Testplan
        kind: handlingsplan
        publisher: Länsstyrelsen Testlän
        period: 2015–2017
        ---

        """

    func parse(_ body: String, frontMatter: String = PlanParserTests.frontMatter) -> ParseResult<Plan> {
        PlanParser.parsePlan(frontMatter + body, file: "content/test/plan.md", countySlug: "test", slug: "plan")
    }

    func messages(_ result: ParseResult<Plan>) -> [String] { result.diagnostics.map(\.description) }

    @Test func areasNestByHeadingLevelAndKeepTheirLabels() throws {
        let plan = try #require(parse("""
            ## Mål: Alla har ett boende

            Tema: bostad

            ### Fokusområde: Boende

            Ansvar: Länets kommuner, Länsstyrelsen

            | Aktivitet | Ansvar |
            | --- | --- |
            | Bygga fler bostäder. | |
            | Följa upp enkäten. | Länsstyrelsen |

            ## Förord

            Text.
            """).value)
        #expect(plan.sections.map(\.kind) == [.area, .prose])
        let goal = plan.sections[0]
        #expect(goal.label == "Mål" && goal.title == "Alla har ett boende" && goal.themes == ["bostad"])
        let focus = try #require(goal.children.first)
        #expect(focus.label == "Fokusområde" && focus.title == "Boende")
        #expect(focus.responsible?.mentions.map(\.text) == ["Länets kommuner", "Länsstyrelsen"])
        #expect(focus.activities.map(\.text) == ["Bygga fler bostäder.", "Följa upp enkäten."])
        #expect(focus.activities[0].responsible == nil)
        #expect(focus.activities[1].responsible?.mentions.first?.location.line == 18)
        #expect(plan.activities.map(\.activity.id) == ["aktivitet-1", "aktivitet-2"])
    }

    @Test func objectivesKeepTheirLabelAndText() throws {
        let plan = try #require(parse("""
            ## Samarbetsområde: Hälsa

            Syfte: Bättre hälsa.

            Målbild RUS: Länet är *tryggt*.
            """).value)
        let objectives = plan.objectives
        #expect(objectives.map(\.kind) == [.syfte, .målbild])
        #expect(objectives[1].label == "Målbild RUS")
        #expect(objectives[1].text == "Länet är tryggt.")
        #expect(objectives[1].html == "Länet är <em>tryggt</em>.")
    }

    @Test func specialSectionsHoldGlossarySignatoriesParticipantsExamplesAndReferences() throws {
        let plan = try #require(parse("""
            ## Område: Arbete

            Text.

            ## Ordlista: Bilaga 3 – Ordlista

            | Term | Förklaring |
            | --- | --- |
            | SFI | Svenska för invandrare. |

            ## Undertecknare

            | Namn | Roll | Organisation |
            | --- | --- | --- |
            | Anna Andersson | Landshövding | Länsstyrelsen |
            | Bo Berg | | Kommunen |

            ## Deltagare

            ### Integrationsnätverket

            | Namn | Organisation |
            | --- | --- |
            | Cecilia Ek | Sundsvalls kommun |

            ## Exempel

            ### Härjedalsmodellen

            Ett större projekt.

            ## Referenser

            - *Europa 2020*
            - <https://www.example.se>
            """).value)
        #expect(plan.glossary.map(\.term) == ["SFI"])
        #expect(plan.allSections.first { $0.kind == .glossary }?.title == "Bilaga 3 – Ordlista")
        #expect(plan.signatories.map(\.name) == ["Anna Andersson", "Bo Berg"])
        #expect(plan.signatories[1].role == nil && plan.signatories[1].organisation == "Kommunen")
        let network = try #require(plan.allSections.first { $0.kind == .network })
        #expect(network.title == "Integrationsnätverket" && network.participants.map(\.name) == ["Cecilia Ek"])
        #expect(plan.examples.map(\.title) == ["Härjedalsmodellen"])
        #expect(plan.allSections.flatMap(\.references).count == 2)
    }

    @Test func aThirdGlossaryColumnIsReportedOnItsHeading() throws {
        let result = parse("""
            ## Område: Arbete

            Text.

            ## Ordlista

            | Term | Förklaring | Källa |
            | --- | --- | --- |
            | SFI | Svenska för invandrare. | Skolverket |
            """)
        #expect(result.value?.glossary.map(\.term) == ["SFI"])
        #expect(result.diagnostics.map(\.description) == [
            "content/test/plan.md:13:23: warning: Ordlistans kolumn \"Källa\" används inte; det som står i den visas inte. En ordlista har två kolumner, term och förklaring: flytta texten in i förklaringen.",
        ])
    }

    @Test func aListUnderAnActivityHeadingIsAListOfActivitiesOfTheAreaAroundIt() throws {
        let plan = try #require(parse("""
            ## Prioriterat område: Utbildning

            ### Exempel på aktiviteter

            - Barn integreras tidigt.
            - Körkort i yrkesutbildningar.
            """).value)
        #expect(plan.activities.map(\.activity.text) == ["Barn integreras tidigt.", "Körkort i yrkesutbildningar."])
        #expect(plan.activities[0].path.map(\.title) == ["Utbildning"])
        #expect(plan.allSections.map(\.title) == ["Utbildning"])
        guard case .activities(let table)? = plan.sections[0].content.first else {
            Issue.record("no activity list")
            return
        }
        #expect(table.listHeading == "Exempel på aktiviteter")
    }

    @Test func proseIsKeptWithAPlainTextForm() throws {
        let plan = try #require(parse("""
            Inledning före första rubriken.

            ## Område: Arbete

            - ett
            - två

            | År | Antal |
            | --- | --- |
            | 2007 | 805 |
            """).value)
        guard case .prose(let intro) = plan.preamble.first else {
            Issue.record("expected the preamble to hold prose")
            return
        }
        #expect(intro.textLines == ["Inledning före första rubriken."])
        let texts = plan.sections[0].content.compactMap { block -> [String]? in
            if case .prose(let prose) = block { return prose.textLines }
            return nil
        }
        #expect(texts == [["– ett", "– två"], ["År: 2007; Antal: 805"]])
    }

    @Test func missingFrontMatterIsAnErrorAtLineOne() {
        let result = PlanParser.parsePlan("## Mål: X\n", file: "content/a/b.md", countySlug: "a", slug: "b")
        #expect(result.value == nil)
        #expect(messages(result).first?.hasPrefix("content/a/b.md:1:1: error: Filen börjar inte med front matter.") == true)
    }

    @Test func brokenYAMLNamesItsLine() {
        let result = parse("## Mål: X\n", frontMatter: "---\ntitle: Plan\nkind: [handlingsplan\n---\n")
        #expect(result.value == nil)
        let first = messages(result).first ?? ""
        #expect(first.hasPrefix("content/test/plan.md:"))
        #expect(first.contains("error: Front matter går inte att läsa"))
    }

    /// Front matter that cannot be read is that one error, at the line to mend, not one more
    /// for every field it seems to lack.
    @Test func aDoubledFieldIsOneErrorAtItsLine() {
        let result = parse("## Mål: X\n", frontMatter: "---\ntitle: Plan\nkind: handlingsplan\ntitle: Igen\n---\n")
        #expect(result.value == nil)
        #expect(messages(result).count == 1)
        #expect(messages(result).first?.hasPrefix(
            "content/test/plan.md:2:1: error: Front matter går inte att läsa: fältet title står flera gånger.") == true)
    }

    @Test func missingRequiredFieldsAreEachReported() {
        let result = parse("## Mål: X\n", frontMatter: "---\ntitle: Plan\n---\n")
        #expect(result.value == nil)
        let text = messages(result).joined(separator: "\n")
        #expect(text.contains("Fältet kind saknas"))
        #expect(text.contains("Fältet publisher saknas"))
        #expect(text.contains("Fältet period saknas"))
    }

    @Test func wrongTypesAndValuesNameTheField() {
        let result = parse("## Mål: X\n", frontMatter: """
            ---
            title: Plan
            kind: broschyr
            publisher: [a, b]
            period: 2017–2015
            adopted: 2016-13
            draft: kanske
            ---

            """)
        let text = messages(result).joined(separator: "\n")
        #expect(text.contains("content/test/plan.md:3:7: error: Okänd plantyp \"broschyr\"."))
        #expect(text.contains("Fältet publisher ska vara text."))
        #expect(text.contains("Perioden slutar (2015) innan den börjar (2017)."))
        #expect(text.contains("Datumet \"2016-13\" går inte att läsa."))
        #expect(text.contains("Fältet draft ska vara true eller false."))
    }

    @Test func skippedHeadingLevelIsAnErrorWithItsLine() {
        let result = parse("## Mål: X\n\n#### Djup\n")
        #expect(result.value == nil)
        #expect(messages(result).contains {
            $0.hasPrefix("content/test/plan.md:9:1: error: Rubriknivån hoppar från ## till ####.")
        })
    }

    @Test func aPlanWithoutAreasIsAnError() {
        let result = parse("## Förord\n\nText.\n")
        #expect(result.value == nil)
        #expect(messages(result).contains { $0.contains("error: Planen har inget område.") })
    }

    @Test func imageWithoutAltTextIsAnErrorAndRawHTMLAWarning() {
        let result = parse("## Mål: X\n\n![](karta.png) och <b>fet</b>\n")
        let text = messages(result)
        #expect(text.contains { $0.hasPrefix("content/test/plan.md:9:1: error: Bilden saknar alternativtext.") })
        #expect(text.contains { $0.contains("warning: HTML i texten visas inte") })
    }

    @Test func emptyActivityRowIsReported() {
        let result = parse("""
            ## Mål: X

            | Aktivitet | Ansvar |
            | --- | --- |
            |  | Länsstyrelsen |
            """)
        #expect(messages(result).contains { $0.hasPrefix("content/test/plan.md:11:1: error: Aktivitetsraden är tom.") })
    }

    @Test func fieldLineOutsideAnAreaIsAWarningAndKeptAsText() {
        let result = parse("## Mål: X\n\n## Bakgrund\n\nAnsvar: Länsstyrelsen\n")
        #expect(messages(result).contains { $0.contains("warning: Ansvar: står utanför ett område") })
    }

    @Test func invalidUTF8AndNULBytesAreRefusedWithTheirPlace() {
        let bad = SourceText.decode(Array("ab\ncd".utf8) + [0xC3, 0x28], file: "f.md")
        #expect(bad.text == nil)
        #expect(bad.diagnostics.first?.description.hasPrefix("f.md:2:3: error: Filen är inte kodad som UTF-8.") == true)
        let nul = SourceText.decode(Array("ab".utf8) + [0] + Array("c".utf8), file: "f.md")
        #expect(nul.diagnostics.first?.description.hasPrefix("f.md:1:3: error: Filen innehåller ett NUL-tecken") == true)
        let good = SourceText.decode([0xEF, 0xBB, 0xBF] + Array("å\r\nä".utf8), file: "f.md")
        #expect(good.text == "å\nä")
    }

    @Test func slugsFoldSwedishLetters() {
        #expect(Slug.make("Fokusområde: Hälsa och rehabilitering") == "fokusomrade-halsa-och-rehabilitering")
        #expect(Slug.make("Västerås Lokala försäkringscenter") == "vasteras-lokala-forsakringscenter")
    }
}

@Suite struct LinkCheckTests {
    func parse(_ body: String, frontMatter: String = PlanParserTests.frontMatter) -> ParseResult<Plan> {
        PlanParser.parsePlan(frontMatter + body, file: "p.md", countySlug: "c", slug: "p")
    }

    @Test func anchorsToSectionsAndActivitiesAreAccepted() {
        let result = parse("## Mål: Boende\n\nSe [aktiviteten](#aktivitet-1) och [målet](#boende).\n\n| Aktivitet |\n| --- |\n| Bygga. |\n")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func aMissingAnchorIsAnErrorThatSuggestsTheClosest() {
        let result = parse("## Mål: Boende\n\nSe [målet](#bonde).\n")
        #expect(result.diagnostics.map(\.description).contains {
            $0.hasPrefix("p.md:9:4: error: Länken går till #bonde, som inte finns i planen. Menade du #boende?")
        })
    }

    @Test func aRelativeLinkToAFileThatIsNoPlanIsAnError() {
        let result = parse("## Mål: Boende\n\nSe [bilagan](bilaga.pdf) och [webben](https://www.example.se).\n")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message == "Länken bilaga.pdf går inte att följa på webbplatsen.")
    }

    /// Whether the plan exists is the catalogue's to say, once every plan is read.
    @Test func aLinkToAnotherPlansFileIsRecordedWithItsCountyAndAnchor() throws {
        let result = parse("## Mål: Boende\n\nSe [planen](annan-plan.md), [strategin](../jamtland/strategi.md#arbete).\n")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let links = try #require(result.value).planLinks
        #expect(links.map { "\($0.countySlug)/\($0.planSlug)#\($0.anchor ?? "")" } == ["c/annan-plan#", "jamtland/strategi#arbete"])
        #expect(links.map(\.location.line) == [9, 9])
    }

    @Test func implementsNamesThePlanThisOneCarriesOut() throws {
        let frontMatter = "---\ntitle: T\nkind: handlingsplan\npublisher: P\nperiod: 2016\nimplements: strategi.md\n---\n"
        let plan = try #require(parse("## Mål: Boende\n", frontMatter: frontMatter).value)
        #expect(plan.implements?.planSlug == "strategi" && plan.implements?.countySlug == "c")
        let bad = parse("## Mål: Boende\n", frontMatter: frontMatter.replacingOccurrences(of: "strategi.md", with: "strategin"))
        #expect(bad.diagnostics.map(\.description).contains { $0.hasPrefix("p.md:6:13: error: implements: strategin är ingen plans fil.") })
    }
}

/// What an editor is told about content/site.yml.
@Suite struct SiteConfigReaderTests {
    @Test func brokenYAMLNamesTheFileAndItsLine() {
        let result = SiteConfigReader.read("title: Planer\npublisher: [Länsstyrelsen\n", file: "content/site.yml")
        #expect(result.value == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.description.hasPrefix("content/site.yml:3:1: error: site.yml går inte att läsa: ") == true)
    }

    @Test func aDoubledFieldIsNamedAtItsLine() {
        let result = SiteConfigReader.read("publisher: A\ntitle: Planer\ntitle: Igen\n", file: "content/site.yml")
        #expect(result.diagnostics.map(\.message) == ["site.yml går inte att läsa: fältet title står flera gånger."])
        #expect(result.diagnostics.first?.location.line == 2)
    }

    @Test func aMissingTitleIsNamedAsSiteYmls() {
        let result = SiteConfigReader.read("publisher: A\n", file: "content/site.yml")
        #expect(result.diagnostics.map(\.message) == ["Fältet title saknas i site.yml."])
    }
}
