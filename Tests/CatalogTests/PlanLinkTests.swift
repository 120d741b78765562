import Catalog
import PlanModel
import PlanParser
import Testing

/// Links between plans: checked against every plan, and the strategy → action plan relation.
@Suite struct PlanLinkTests {
    static func plan(_ slug: String, kind: String, extra: String = "", body: String) throws -> Plan {
        let text = """
            ---
            title: Plan \(slug)
            kind: \(kind)
            publisher: Region Jämtland Härjedalen
            period: 2016
            \(extra)
            ---

            ## Målområde 1: Arbete

            Tema: arbete

            \(body)
            """
        let parsed = PlanParser.parsePlan(text, file: "content/jamtland-harjedalen/\(slug).md",
                                          countySlug: "jamtland-harjedalen", slug: slug)
        return try #require(parsed.value, "\(parsed.diagnostics.map(\.description))")
    }

    static func build(_ plans: [Plan]) -> (Catalog, [Diagnostic]) {
        let real = RealContent.shared
        return Catalog.build(plans: plans, counties: real.content.counties, registry: real.registry, themes: real.themes)
    }

    @Test func anActionPlanThatImplementsAStrategyIsListedUnderIt() throws {
        let strategy = try Self.plan("strategi", kind: "strategi", body: "Text.")
        let action = try Self.plan("handlingsplan", kind: "handlingsplan", extra: "implements: strategi.md",
                                   body: "Se [strategin](strategi.md#arbete).")
        let (catalog, diagnostics) = Self.build([strategy, action])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let actionEntry = try #require(catalog.plan(PlanKey(action)))
        let strategyIndex = try #require(catalog.planIndex(PlanKey(strategy)))
        #expect(actionEntry.implements == strategyIndex)
        #expect(catalog.plans[strategyIndex].implementedBy == [catalog.planIndex(PlanKey(action))])
    }

    @Test func aLinkToAPlanThatDoesNotExistIsAnErrorNamingTheClosestPlan() throws {
        let strategy = try Self.plan("strategi", kind: "strategi", body: "Text.")
        let action = try Self.plan("handlingsplan", kind: "handlingsplan", body: "Se [strategin](strategin.md).")
        let (_, diagnostics) = Self.build([strategy, action])
        #expect(diagnostics.count == 1)
        let error = try #require(diagnostics.first)
        #expect(error.severity == .error && error.location.line == 13)
        #expect(error.message == "Länken går till strategin.md, men det finns ingen sådan plan.")
        #expect(error.hint?.hasPrefix("Närmast: ../jamtland-harjedalen/strategi.md.") == true, "\(error.hint ?? "")")
    }

    @Test func aLinkToAMissingAnchorInAnotherPlanNamesTheClosestAnchor() throws {
        let strategy = try Self.plan("strategi", kind: "strategi", body: "Text.")
        let action = try Self.plan("handlingsplan", kind: "handlingsplan", body: "Se [arbetet](strategi.md#arbet).")
        let (_, diagnostics) = Self.build([strategy, action])
        #expect(diagnostics.map(\.message) == ["Länken går till #arbet, som inte finns i Plan strategi."])
        #expect(diagnostics.first?.hint?.hasPrefix("Menade du #arbete?") == true)
    }
}
