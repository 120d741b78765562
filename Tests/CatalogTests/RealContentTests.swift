import Catalog
import Foundation
import InterfaceText
import PlanModel
import Testing
import ViewModel

/// The catalogue of the five seed plans: what the organisation, theme and comparison pages show.
@Suite struct RealContentTests {
    let real = RealContent.shared
    var catalog: Catalog { real.catalog }

    static let vasternorrlandPlan = PlanKey(countySlug: "vasternorrland",
                                            planSlug: "handlingsplan-integration-och-etablering-2015-2017")

    @Test func contentAndDataFilesLoadWithoutProblems() {
        #expect(real.content.plans.count == 5)
        #expect(real.content.counties.count == 4)
        #expect(!real.content.diagnostics.hasErrors, "\(real.content.diagnostics.map(\.description))")
        #expect(real.registryDiagnostics.isEmpty, "\(real.registryDiagnostics.map(\.description))")
        #expect(real.themeDiagnostics.isEmpty, "\(real.themeDiagnostics.map(\.description))")
        #expect(real.themes.themes.count == 7)
        #expect(catalog.counties.map(\.slug) == ["dalarna", "jamtland-harjedalen", "vasternorrland", "vastmanland"])
    }

    @Test func theWholeCatalogueBuildsWithoutAnyDiagnostic() {
        #expect(real.diagnostics.isEmpty, "\(real.diagnostics.map(\.description))")
    }

    @Test func arbetsformedlingenIsResponsibleOrPartnerInAllFourCounties() throws {
        let involvement = try #require(catalog.involvement(of: "arbetsformedlingen"))
        #expect(involvement.counties.map(\.countySlug)
                == ["dalarna", "jamtland-harjedalen", "vasternorrland", "vastmanland"])
        for county in involvement.counties {
            let counts = county.counts
            #expect(counts.responsibleActivities + counts.partnerActivities + counts.responsibleAreas
                    + counts.partnerAreas > 0, "\(county.countySlug)")
        }
        // Dalarna names it only as a partner of areas; Västernorrland gives it a whole focus area.
        let dalarna = try #require(involvement.counties.first { $0.countySlug == "dalarna" })
        #expect(dalarna.counts.partnerAreas >= 5)
        let vasternorrland = try #require(involvement.counties.first { $0.countySlug == "vasternorrland" })
        #expect(vasternorrland.counts.responsibleAreas == 1)
        #expect(vasternorrland.counts.responsibleActivities >= 18)
        #expect(involvement.counts.total == involvement.counties.reduce(0) { $0 + $1.counts.total })
    }

    @Test func theNursingActivityNamesBothTheCountyCouncilAndArbetsformedlingen() throws {
        let activity = try #require(catalog.activities(of: Self.vasternorrlandPlan).first {
            $0.text == "Identifiera personer med vårdutbildningar redan under asylprocessen."
        })
        #expect(activity.responsible.organisationIDs == ["landstinget-vasternorrland", "arbetsformedlingen"])
        #expect(activity.responsible.source == .own)
        #expect(activity.countySlug == "vasternorrland")
        #expect(activity.themeIDs == ["arbete", "utbildning"])
        #expect(activity.sectionPath.last == "Arbete, utbildning och eget företagande")
        #expect(catalog.plans[activity.planIndex].key == Self.vasternorrlandPlan)
        #expect(activity.target == .activity(Self.vasternorrlandPlan, activityID: activity.key.activityID))
        #expect(SiteAddress.of(activity.target)
            .hasPrefix("vasternorrland/handlingsplan-integration-och-etablering-2015-2017/index.html#"))
    }

    @Test func anEmptyResponsibleCellTakesTheAreasAnsvar() throws {
        let activities = catalog.activities(of: Self.vasternorrlandPlan)
        let first = try #require(activities.first)
        #expect(first.responsible.source == .inherited)
        #expect(first.responsible.organisationIDs == ["kommunerna-i-vasternorrlands-lan"])
        #expect(first.responsible.text == "Länets kommuner")
        let followUp = try #require(activities.first { $0.text == "Genomföra uppföljning av bostadsmarknadsenkäten." })
        #expect(followUp.responsible.source == .own)
        #expect(followUp.responsible.organisationIDs == ["lansstyrelsen-vasternorrland"])
        // The Jämtland strategy's implementation table stands in a prose section: own cells only.
        let strategy = PlanKey(countySlug: "jamtland-harjedalen",
                               planSlug: "regional-strategi-okad-inflyttning-och-forbattrad-integration-2015-2020")
        let implementation = catalog.activities(of: strategy).filter { $0.sectionPath == ["Genomförande"] }
        #expect(implementation.count == 6)
        #expect(implementation.allSatisfy { $0.responsible.source == .own && $0.areaIndex == nil && $0.themeIDs.isEmpty })
    }

    @Test func everyResponsibleAndPartnerMentionInAllFivePlansResolves() {
        var lists: [(MentionList, String)] = []
        for plan in real.content.plans {
            for section in plan.allSections {
                if let list = section.responsible { lists.append((list, plan.countySlug)) }
                if let list = section.partners { lists.append((list, plan.countySlug)) }
            }
            for placed in plan.activities {
                if let list = placed.activity.responsible { lists.append((list, plan.countySlug)) }
                if let list = placed.activity.partners { lists.append((list, plan.countySlug)) }
            }
        }
        #expect(lists.count > 50)
        for (list, county) in lists {
            for mention in list.mentions {
                let resolution = real.registry.resolve(mention.text, county: county)
                #expect(resolution.unknown.isEmpty, "\(mention.location): \(mention.text) → \(resolution.unknown)")
                #expect(!resolution.organisationIDs.isEmpty, "\(mention.location): \(mention.text)")
            }
        }
        #expect(!real.diagnostics.contains { $0.message.hasPrefix("Okänd organisation") })
    }

    @Test func everyNameShortNameAndAliasResolvesToItsOwnEntryInItsScope() {
        for organisation in real.registry.organisations {
            let counties: [String?] = organisation.scope.countySlug.map { [$0] } ?? [nil]
            for county in counties {
                for spelling in organisation.spellings {
                    let resolution = real.registry.resolve(spelling, county: county)
                    #expect(resolution.organisationIDs == [organisation.id] && resolution.unknown.isEmpty,
                            "\(spelling) in \(county ?? "nationell") → \(resolution)")
                }
            }
        }
    }

    @Test func landstingetInADalarnaPlanIsLandstingetDalarna() throws {
        #expect(real.registry.resolve("Landstinget", county: "dalarna").organisationIDs == ["landstinget-dalarna"])
        #expect(real.registry.resolve("landstinget.", county: "vastmanland").organisationIDs == ["landstinget-vastmanland"])
        #expect(real.registry.resolve("Landstinget", county: nil).organisationIDs.isEmpty)
        let (catalog, diagnostics) = catalogue("""
            ## Samverkansområde: Hälsa

            Tema: halsa

            Ansvar: Landstinget

            Samverkansparter: Kommunerna, exempelvis Rädda Barnen
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let area = try #require(catalog.areas.first)
        #expect(area.responsible.organisationIDs == ["landstinget-dalarna"])
        #expect(area.partners.organisationIDs == ["kommunerna-i-dalarnas-lan", "radda-barnen"])
    }

    @Test func mentionsSplitAtTheLeftmostJoiningWord() {
        let registry = real.registry
        #expect(registry.resolve("Arbetsförmedlingen i samarbete med näringslivet och offentliga arbetsgivare",
                                 county: "dalarna").organisationIDs
                == ["arbetsformedlingen", "naringslivet", "offentliga-arbetsgivare"])
        #expect(registry.resolve("Arbetsförmedlingen samt offentliga och privata arbetsgivare", county: "dalarna")
                .organisationIDs == ["arbetsformedlingen", "offentliga-och-privata-arbetsgivare"])
        #expect(registry.resolve("Landstinget Dalarna/Kultur och bildning", county: "dalarna").organisationIDs
                == ["kultur-och-bildning-landstinget-dalarna"])
        #expect(registry.resolve("exempelvis Rädda Barnen och Svenska Kyrkan", county: "dalarna").organisationIDs
                == ["radda-barnen", "svenska-kyrkan"])
        #expect(registry.resolve("VKL/kommunerna", county: "vastmanland").organisationIDs
                == ["vastmanlands-kommuner-och-landsting", "kommunerna-i-vastmanlands-lan"])
        #expect(registry.resolve("Försäkringskassan tillsammans med kommunerna", county: "dalarna").organisationIDs
                == ["forsakringskassan", "kommunerna-i-dalarnas-lan"])
        #expect(registry.resolve("Kommunerna och kommunerna", county: "dalarna").organisationIDs
                == ["kommunerna-i-dalarnas-lan"])
        let partly = registry.resolve("Migrationsverket och Okänd förening", county: "dalarna")
        #expect(partly.organisationIDs == ["migrationsverket"])
        #expect(partly.unknown == ["Okänd förening"])
    }

    @Test func theComparisonMatrixCountsEachActivityOncePerTheme() {
        let comparison = catalog.comparison
        let pairs = catalog.activities.reduce(0) { $0 + $1.themeIDs.count }
        #expect(comparison.total == pairs)
        #expect(comparison.total > 0)
        #expect(comparison.themeIDs == real.themes.themes.map(\.id))
        #expect(comparison.countySlugs == catalog.counties.map(\.slug))
        for (column, county) in comparison.countySlugs.enumerated() {
            let inCounty = catalog.activities.filter { $0.countySlug == county }
            #expect(comparison.countyTotals[column] == inCounty.reduce(0) { $0 + $1.themeIDs.count }, "\(county)")
            #expect(comparison.untagged[column] == inCounty.filter(\.themeIDs.isEmpty).count, "\(county)")
            for (row, theme) in comparison.themeIDs.enumerated() {
                #expect(comparison.counts[row][column] == inCounty.filter { $0.themeIDs.contains(theme) }.count)
            }
        }
        #expect(comparison.themeTotals.reduce(0, +) == comparison.total)
        // Dalarna's agreement has no activity tables at all.
        #expect(comparison.countyTotals[0] == 0)
        #expect(comparison.count(theme: "halsa", county: "vasternorrland") == 10)
    }

    @Test func everyThemeHasAreasFromAtLeastTwoCounties() {
        for entry in catalog.themeEntries {
            let counties = entry.counties.filter { !$0.areaIndices.isEmpty }.map(\.countySlug)
            #expect(counties.count >= 2, "theme \(entry.themeID) only has areas in \(counties)")
        }
    }

    @Test func themePagesGroupAreasAndActivitiesByCounty() throws {
        let housing = try #require(catalog.themeEntry(id: "bostad"))
        #expect(housing.counties.map(\.countySlug) == ["dalarna", "jamtland-harjedalen", "vasternorrland"])
        let vasternorrland = try #require(housing.counties.first { $0.countySlug == "vasternorrland" })
        #expect(vasternorrland.activityIndices.count == 7)
        #expect(vasternorrland.areaIndices.map { catalog.areas[$0].title }.last == "Boende")
        #expect(housing.areaCount == housing.counties.reduce(0) { $0 + $1.areaIndices.count })
        for county in housing.counties {
            #expect(county.areaIndices.allSatisfy { catalog.areas[$0].themeIDs.contains("bostad") })
            #expect(county.activityIndices == county.activityIndices.sorted())
        }
    }

    @Test func thePeriodTableKnowsWhichPlansWereInForceIn2016() {
        let periods = catalog.periods
        #expect(periods.firstYear == 2008)
        #expect(periods.lastYear == 2020)
        #expect(periods.years.count == 13)
        let in2016 = catalog.plans(inForce: 2016).map(\.key.description)
        #expect(in2016 == [
            "dalarna/vagen-in-2015-2020",
            "jamtland-harjedalen/handlingsplan-2016",
            "jamtland-harjedalen/regional-strategi-okad-inflyttning-och-forbattrad-integration-2015-2020",
            "vasternorrland/handlingsplan-integration-och-etablering-2015-2017",
        ])
        #expect(catalog.plans(inForce: 2010).map(\.key.countySlug) == ["vastmanland"])
        #expect(catalog.plans(inForce: 2030).isEmpty)
    }

    @Test func organisationsAreGroupedByKindAcrossCounties() throws {
        let groups = Dictionary(uniqueKeysWithValues: catalog.organisationGroups.map { ($0.kind, $0) })
        let councils = try #require(groups[.lansstyrelser])
        #expect(Strings.sv.organisationGroupName(councils.kind) == "Länsstyrelserna")
        // Västmanland's agreement names its Länsstyrelse only in running text, not on an Ansvar line.
        #expect(councils.organisationIDs == ["lansstyrelsen-dalarna", "lansstyrelsen-jamtlands-lan",
                                             "lansstyrelsen-vasternorrland"])
        let municipalities = try #require(groups[.kommuner])
        #expect(Strings.sv.organisationGroupName(municipalities.kind) == "Kommunerna")
        #expect(municipalities.organisationIDs.contains("kommunerna-i-dalarnas-lan"))
        #expect(municipalities.organisationIDs.contains("kramfors-kommun"))
        #expect(Strings.sv.organisationGroupName(.myndigheter) == "Statliga myndigheter")
        #expect(groups[.myndigheter]?.organisationIDs.contains("arbetsformedlingen") == true)
        let listed = catalog.organisationGroups.flatMap(\.organisationIDs)
        #expect(Set(listed).count == listed.count)
        #expect(listed.allSatisfy { catalog.involvement(of: $0) != nil })
        // Signatories count too: Avesta kommun only signs Dalarna's agreement.
        let avesta = try #require(catalog.involvement(of: "avesta-kommun"))
        #expect(avesta.counts.signedPlans == 1 && avesta.counts.total == 1)
    }

    @Test func theGlossaryMergesTermsAndKnowsAbbreviations() throws {
        let glossary = catalog.glossary
        #expect(glossary.terms.count == 28)
        let sfi = try #require(glossary.term("sfi"))
        #expect(sfi.term == "SFI" && sfi.isAbbreviation)
        #expect(sfi.anchor == "term-sfi")
        #expect(SiteAddress.of(sfi.target) == "ordlista/index.html#term-sfi")
        #expect(sfi.definitions.first?.text.hasPrefix("Svenska för invandrare") == true)
        #expect(glossary.abbreviation("EKB")?.anchor == "term-ekb")
        #expect(glossary.abbreviation("ÖK") != nil)
        #expect(glossary.term("Asylsökande")?.isAbbreviation == false)
        let text = "Elever i SFI-utbildning och EKB, men inte SFIX eller sfi."
        let found = glossary.abbreviationMatches(in: text).map { String(text[$0.range]) }
        #expect(found == ["SFI", "EKB"])
        // Swedish order: Ö last.
        #expect(glossary.terms.last?.term == "ÖK")
    }

    @Test func activitiesFilterByCountyThemeAndOrganisation() {
        let all = catalog.activityIndices()
        #expect(all.count == catalog.activities.count)
        let keys = catalog.activities.map { ($0.countySlug, $0.planIndex, $0.number) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { a, b in
            (catalog.counties.firstIndex { $0.slug == a.0 }!, a.1, a.2) < (catalog.counties.firstIndex { $0.slug == b.0 }!, b.1, b.2)
        })
        let health = catalog.activityIndices(county: "vasternorrland", theme: "halsa")
        #expect(health.count == 10)
        let af = catalog.activityIndices(organisation: "arbetsformedlingen")
        #expect(af == af.sorted())
        #expect(af.allSatisfy { catalog.activities[$0].responsible.organisationIDs.contains("arbetsformedlingen")
            || catalog.activities[$0].partners.organisationIDs.contains("arbetsformedlingen") })
        let afJamtland = catalog.activityIndices(county: "jamtland-harjedalen", organisation: "arbetsformedlingen")
        #expect(afJamtland == af.filter { catalog.activities[$0].countySlug == "jamtland-harjedalen" })
        #expect(!afJamtland.isEmpty)
    }

    @Test func theSearchIndexIsDeterministicJSONAndFindsFoldedText() throws {
        let entries = SearchIndex.entries(catalog, .sv)
        #expect(entries.count == catalog.plans.count + catalog.areas.count + catalog.activities.count
                + catalog.organisationGroups.reduce(0) { $0 + $1.organisationIDs.count } + catalog.glossary.terms.count)
        let json = try SearchIndex.json(entries)
        let again = Catalog.build(plans: real.content.plans.reversed(), counties: real.content.counties.reversed(),
                                      registry: real.registry, themes: real.themes).0
        #expect(json == (try SearchIndex.json(SearchIndex.entries(again, .sv))))
        let text = try #require(String(data: json, encoding: .utf8))
        #expect(text.hasPrefix(#"[{"county":"dalarna","folded":"#))
        let plan = try #require(entries.first { $0.type == .plan && $0.county == "vasternorrland" })
        #expect(plan.url == "vasternorrland/handlingsplan-integration-och-etablering-2015-2017/index.html")
        #expect(plan.matches("vasternorrland"))
        #expect(plan.matches("Västernorrland handlingsplan"))
        #expect(plan.normalized.contains("västernorrland"))
        #expect(plan.folded.contains("vasternorrland"))
        let af = try #require(entries.first { $0.type == .organisation && $0.title == "Arbetsförmedlingen" })
        #expect(af.url == "organisationer/arbetsformedlingen/index.html")
        #expect(af.text == "Statlig myndighet, Nationell")
        #expect(af.county == nil)
        #expect(entries.contains { $0.type == .term && $0.url == "ordlista/index.html#term-ekb" })
        #expect(entries.contains { $0.type == .area && $0.url.hasSuffix("2015-2017/index.html#boende") })
    }
}
