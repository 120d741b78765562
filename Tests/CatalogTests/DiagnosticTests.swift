import Catalog
import PlanModel
import Testing

/// What an editor is told about organisations.yml, themes.yml and the names plans use.
@Suite struct DiagnosticTests {
    @Test func anUnknownOrganisationWarnsAtItsMentionWithTheClosestNames() throws {
        let (catalog, diagnostics) = catalogue("""
            ## Mål: Fler i arbete

            Tema: arbete

            Ansvar: Migrationsverket, Arbetsformedlingen
            """)
        #expect(diagnostics.count == 1)
        let warning = try #require(diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "content/dalarna/test.md", line: 11, column: 27))
        #expect(warning.message == #"Okänd organisation "Arbetsformedlingen"."#)
        #expect(warning.description.hasPrefix(
            #"content/dalarna/test.md:11:27: warning: Okänd organisation "Arbetsformedlingen". Närmast bland kända namn: "Arbetsförmedlingen", "#))
        let hint = try #require(warning.hint)
        #expect(hint.hasSuffix("Lägg till den i content/organisations.yml med name:, kind: och scope:, eller som alias till en befintlig."))
        #expect(hint.components(separatedBy: "\"").count == 7, "three names: \(hint)")
        // The known part still counts.
        #expect(catalog.areas.first?.responsible.organisationIDs == ["migrationsverket"])
    }

    @Test func suggestionsComeFromThePlansCountyAndTheNation() {
        let registry = RealContent.shared.registry
        let dalarna = registry.suggestions(for: "Landstinget Dalarnas", county: "dalarna")
        #expect(dalarna.first == "Landstinget Dalarna")
        #expect(!dalarna.contains { $0.contains("Västmanland") })
        #expect(registry.suggestions(for: "Migrationsverkt", county: "vastmanland").first == "Migrationsverket")
    }

    @Test func anUnknownThemeIsAnErrorAtTheThemeLine() throws {
        let (catalog, diagnostics) = catalogue("""
            ## Mål: Bostäder åt alla

            Tema: arbete, boende
            """)
        #expect(diagnostics.count == 1)
        let error = try #require(diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: "content/dalarna/test.md", line: 9, column: 7))
        #expect(error.message == #"Okänt tema "boende"."#)
        #expect(error.hint?.hasPrefix("Närmast: bostad") == true, "\(error.hint ?? "")")
        #expect(catalog.areas.first?.themeIDs == ["arbete"])
    }

    @Test func themesMatchByIdOrNameInAnyCase() {
        let (catalog, diagnostics) = catalogue("""
            ## Mål: Hälsa och bostad

            Tema: HALSA, Bostad, Social sammanhållning och delaktighet
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(catalog.areas.first?.themeIDs == ["halsa", "bostad", "delaktighet"])
    }

    @Test func anAreaWithoutAnyThemeWarnsOnceAtItsHeading() throws {
        let (catalog, diagnostics) = catalogue("""
            ## Mål: Utan tema

            ### Fokusområde: Inte heller här

            | Aktivitet | Ansvar |
            | --- | --- |
            | Göra något. | Länsstyrelsen |

            ## Mål: Med tema

            Tema: halsa

            ### Delområde: Ärver

            | Aktivitet | Ansvar |
            | --- | --- |
            | Göra mer. | |
            """)
        #expect(diagnostics.map(\.description) == [
            "content/dalarna/test.md:7:1: warning: Området saknar tema. Lägg till en rad Tema: … under rubriken, "
                + "med ett eller flera av: arbete, utbildning, halsa, bostad, delaktighet, infrastruktur, samverkan.",
        ])
        let inherited = try #require(catalog.areas.first { $0.title == "Ärver" })
        #expect(inherited.themeIDs == ["halsa"] && inherited.themesInherited)
        #expect(catalog.comparison.untagged == [1, 0, 0, 0])
        #expect(catalog.comparison.total == 1)
    }

    @Test func aSubAreaWithoutThemeBesideATaggedOneWarnsAtItself() {
        let (_, diagnostics) = catalogue("""
            ## Mål: Blandat

            ### Fokusområde: Taggat

            Tema: arbete

            ### Fokusområde: Otaggat
            """)
        #expect(diagnostics.map(\.location.line) == [13])
        #expect(diagnostics.allSatisfy { $0.message == "Området saknar tema." })
    }

    @Test func organisationsFileProblemsAreReportedWithTheirPlace() {
        let yaml = """
            - name: Arbetsförmedlingen
              kind: myndighet
              scope: nationell
              aliases: [AF, Arbetsförmedling]
            - name: Arbetsgivarföreningen
              kind: förening
              scope: nationell
              aliases: [AF]
            - name: Länsstyrelsen Skåne
              kind: länsstyrelse
              scope: skane
            - name: arbetsförmedlingen
              kind: myndighet
              scope: dalarna
            - name: Kommunerna i Dalarna
              kind: kommungrupp
              scope: dalarna
              färg: blå
            """
        let (registry, diagnostics) = OrganisationRegistry.load(yaml, file: "content/organisations.yml",
                                                                countySlugs: ["dalarna", "vastmanland"])
        #expect(diagnostics.map(\.description) == [
            #"content/organisations.yml:6:9: error: Okänt slag av organisation "förening". Skriv kind: myndighet, länsstyrelse, region, kommun, kommungrupp, civilsamhälle, näringsliv, utbildning, projekt eller övrigt."#,
            #"content/organisations.yml:8:13: error: Aliaset "AF" finns redan i den nationella posten "Arbetsförmedlingen". Ett alias får bara finnas i en nationell post: ta bort det från den ena posten, eller flytta den ena posten till ett läns scope."#,
            #"content/organisations.yml:11:10: error: Okänt scope "skane": det finns inget sådant län. Skriv scope: nationell, dalarna eller vastmanland (nationell, eller länets mappnamn under content/)."#,
            #"content/organisations.yml:12:9: error: Organisationen "arbetsförmedlingen" finns redan i registret (content/organisations.yml:1:9). Slå ihop posterna till en, eller ge dem olika namn."#,
            #"content/organisations.yml:18:9: warning: Okänt fält färg; det används inte. Kända fält: name, short, kind, scope, url, aliases."#,
        ])
        #expect(registry.organisations.map(\.id)
                == ["arbetsformedlingen", "arbetsgivarforeningen", "lansstyrelsen-skane", "kommunerna-i-dalarna"])
        #expect(registry.resolve("AF", county: "dalarna").organisationIDs == ["arbetsformedlingen"])
    }

    @Test func aCountyEntryWinsOverANationalOneForTheSameText() {
        let yaml = """
            - name: Arbetsförmedlingen
              kind: myndighet
              scope: nationell
              aliases: [Förmedlingen]
            - name: Arbetsförmedlingen Västerås
              kind: myndighet
              scope: vastmanland
              aliases: [Förmedlingen]
            """
        let (registry, diagnostics) = OrganisationRegistry.load(yaml, file: "o.yml", countySlugs: ["vastmanland", "dalarna"])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(registry.resolve("förmedlingen", county: "vastmanland").organisationIDs == ["arbetsformedlingen-vasteras"])
        #expect(registry.resolve("förmedlingen", county: "dalarna").organisationIDs == ["arbetsformedlingen"])
    }

    @Test func aBrokenDataFileIsOneErrorWithItsLine() {
        let (_, diagnostics) = ThemeVocabulary.load("- id: bostad\n  name: [Bostad\n", file: "content/themes.yml")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message.hasPrefix("Filen går inte att läsa") == true)
        let (_, notList) = ThemeVocabulary.load("id: bostad\n", file: "content/themes.yml")
        #expect(notList.map(\.message) == [#"Filen ska vara en lista med poster som var och en börjar med "- "."#])
    }

    @Test func anUnreadableDataFileIsItsOneErrorNotOneForEveryMention() {
        let real = RealContent.shared
        let counties = real.content.counties
        let (registry, organisationProblems) = OrganisationRegistry.load(
            "- name: Arbetsförmedlingen\n  kind: myndighet\n  kind: kommun\n", file: "content/organisations.yml",
            countySlugs: counties.map(\.slug))
        let (themes, themeProblems) = ThemeVocabulary.load("- id: bostad\n  name: [Bostad\n", file: "content/themes.yml")
        // The doubled key is shown where the entry writes it first.
        #expect(organisationProblems.map(\.description) == [
            "content/organisations.yml:2:3: error: Filen går inte att läsa: fältet kind står flera gånger i samma post. "
                + "Kontrollera indrag och kolon. Varje post börjar med \"- \" och har ett fält per rad. "
                + "Sätt citattecken runt värden som innehåller kolon.",
        ])
        #expect(themeProblems.count == 1)
        #expect(registry.isUnreadable && themes.isUnreadable)
        let (_, diagnostics) = Catalog.build(plans: real.content.plans, counties: counties,
                                             registry: registry, themes: themes)
        #expect(!diagnostics.contains { $0.message.hasPrefix("Okänd organisation") || $0.message.hasPrefix("Okänt tema") })
        // Readable files still name what they lack.
        let (_, readable) = Catalog.build(plans: real.content.plans, counties: counties,
                                          registry: OrganisationRegistry(organisations: []), themes: ThemeVocabulary(themes: []))
        #expect(readable.contains { $0.message.hasPrefix("Okänd organisation") })
        #expect(readable.contains { $0.message.hasPrefix("Okänt tema") })
    }

    @Test func themeFileProblems() {
        let yaml = """
            - id: bostad
              name: Bostad
            - id: bostad
              name: Boende
            - id: Hälsa
              name: Hälsa
            - name: Utan id
            """
        let (vocabulary, diagnostics) = ThemeVocabulary.load(yaml, file: "content/themes.yml")
        #expect(diagnostics.map(\.message) == [
            "Temat bostad finns redan (content/themes.yml:1:7).",
            #"Temats id "Hälsa" får bara innehålla a–z, siffror och bindestreck."#,
            "Posten saknar fältet id.",
        ])
        #expect(vocabulary.themes.map(\.id) == ["bostad", "Hälsa"])
    }
}
