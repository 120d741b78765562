import Foundation
import PlanModel
import PlanParser
import Testing

/// The five transcribed seed plans: every item the source documents hold must reach the model.
@Suite struct SeedPlanTests {
    static let contentFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content")

    static func plan(_ county: String, _ slug: String) throws -> Plan {
        let url = contentFolder.appendingPathComponent("\(county)/\(slug).md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let result = PlanParser.parsePlan(text, file: "content/\(county)/\(slug).md", countySlug: county, slug: slug)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        return try #require(result.value)
    }

    @Test func vasternorrlandActionPlanHasEveryActivityGlossaryTermAndExample() throws {
        let plan = try Self.plan("vasternorrland", "handlingsplan-integration-och-etablering-2015-2017")
        #expect(plan.activities.count == 54)
        #expect(plan.glossary.count == 28)
        #expect(plan.examples.count == 13)
        #expect(plan.reference == "851-2329-15")
        #expect(plan.period == Period(first: 2015, last: 2017))
        let focusAreas = plan.areas.filter { $0.label == "Fokusområde" }
        #expect(focusAreas.count == 4)
        #expect(focusAreas.allSatisfy { $0.responsible != nil })
        let counts = focusAreas.map { area in area.selfAndDescendants.flatMap(\.activities).count }
        #expect(counts == [7, 20, 10, 17])
        let nursing = try #require(plan.activities.first {
            $0.activity.text == "Identifiera personer med vårdutbildningar redan under asylprocessen."
        })
        #expect(nursing.activity.responsible?.mentions.map(\.text) == ["Landstinget", "Arbetsförmedlingen"])
        #expect(plan.glossary.contains { $0.term == "SFI" && $0.definition.hasPrefix("Svenska för invandrare") })
    }

    @Test func jamtlandActionPlan2016HasSixteenInsatserWithResponsibleOrganisations() throws {
        let plan = try Self.plan("jamtland-harjedalen", "handlingsplan-2016")
        #expect(plan.activities.count == 16)
        #expect(plan.activities.allSatisfy { $0.activity.responsible?.mentions.isEmpty == false })
        #expect(plan.areas.filter { $0.label == "Utvecklingsmålområde" }.count == 5)
        #expect(plan.adopted == PartialDate(year: 2016, month: 2, day: 23))
    }

    @Test func jamtlandStrategyHasThirtyExampleActivities() throws {
        let plan = try Self.plan("jamtland-harjedalen", "regional-strategi-okad-inflyttning-och-forbattrad-integration-2015-2020")
        // Listed under `### Exempel på aktiviteter`, they belong to the prioritised area around it.
        let examples = plan.activities.filter { placed in
            placed.section.label == "Prioriterat område" && (placed.section.contentAfterChildren ?? []).contains { block in
                if case .activities(let table) = block { return table.listHeading == "Exempel på aktiviteter" }
                return false
            }
        }
        #expect(examples.count == 30)
        #expect(!plan.allSections.contains { $0.title == "Exempel på aktiviteter" })
        #expect(plan.kind == .strategi)
        #expect(plan.objectives.filter { $0.kind == .målbild }.count == 4)
        #expect(!plan.allSections.flatMap(\.references).isEmpty)
    }

    @Test func dalarnaHasTenCollaborationSubAreasWithPartnersAndTwentyFourSignatories() throws {
        let plan = try Self.plan("dalarna", "vagen-in-2015-2020")
        let areas = plan.sections.filter { $0.kind == .area && $0.label == "Samverkansområde" }
        #expect(areas.count == 5)
        let subAreas = areas.flatMap(\.children).filter { $0.kind == .area }
        #expect(subAreas.count == 10)
        #expect(subAreas.allSatisfy { ($0.partners?.mentions.count ?? 0) > 0 })
        #expect(plan.signatories.count == 24)
        #expect(plan.signatories.first?.name == "Hans Astorin")
    }

    @Test func vastmanlandHasEighteenSignatoriesAndFourCollaborationAreasWithGoals() throws {
        let plan = try Self.plan("vastmanland", "overenskommelse-flyktingintroduktion-2008-2014")
        #expect(plan.signatories.count == 18)
        let areas = plan.areas.filter { $0.label == "Samarbetsområde" }
        #expect(areas.count == 4)
        for area in areas {
            let kinds = Set(area.objectives.map(\.kind))
            #expect(kinds == [.syfte, .individmål, .samverkansmål], "\(area.title)")
            #expect(area.responsible != nil && area.partners != nil, "\(area.title)")
        }
    }
}
