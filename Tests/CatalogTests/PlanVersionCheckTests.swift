import Catalog
import PlanModel
import PlanParser
import Testing

/// What `check` says about `replaces:`: each error at the line, with what to write instead.
@Suite struct PlanVersionCheckTests {
    static func plan(_ slug: String, replaces: String? = nil) throws -> Plan {
        try PlanLinkTests.plan(slug, kind: "handlingsplan", extra: replaces.map { "replaces: \($0)" } ?? "",
                               body: "| Aktivitet |\n| --- |\n| Göra något. |")
    }

    @Test func aPlanThatReplacesAnotherMakesAChainOfVersionsOldestFirst() throws {
        let plans = [try Self.plan("plan-a"), try Self.plan("plan-b", replaces: "plan-a.md"),
                     try Self.plan("plan-c", replaces: "plan-b")]
        let (catalog, diagnostics) = PlanLinkTests.build(plans)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.description))")
        let indices = try plans.map { try #require(catalog.planIndex(PlanKey($0))) }
        #expect(catalog.versionChains == [indices])
        #expect(catalog.versions(of: indices[1]) == indices)
        #expect(catalog.plans[indices[1]].replaces == indices[0] && catalog.plans[indices[1]].replacedBy == indices[2])
    }

    @Test func replacingAPlanThatDoesNotExistNamesTheClosest() throws {
        let (_, diagnostics) = PlanLinkTests.build([try Self.plan("plan-2024"), try Self.plan("plan-2025", replaces: "plan-204.md")])
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.message == "replaces: plan-204.md är ingen plan i länet; det finns ingen tidigare version att ersätta.")
        #expect(error.hint?.hasPrefix("Närmast: replaces: plan-2024.md.") == true, "\(error.hint ?? "")")
        #expect(error.location.line == 6 && error.location.file.hasSuffix("plan-2025.md"))
    }

    @Test func theClosestPlanNamedIsInTheSameCounty() throws {
        let text = "---\ntitle: Plan\nkind: handlingsplan\npublisher: Länsstyrelsen Dalarna\nperiod: 2016\n---\n\n## Målområde 1: Arbete\n\nTema: arbete\n"
        let elsewhere = try #require(PlanParser.parsePlan(text, file: "content/dalarna/plan-2025.md",
                                                          countySlug: "dalarna", slug: "plan-2025").value)
        let plans = [elsewhere, try Self.plan("plan-2015"), try Self.plan("plan-2026", replaces: "plan-2025.md")]
        let (_, diagnostics) = PlanLinkTests.build(plans)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.hint?.hasPrefix("Närmast: replaces: plan-2015.md.") == true, "\(error.hint ?? "")")
    }

    @Test func twoFilesReplacingTheSamePlanIsAnErrorAtTheSecond() throws {
        let plans = [try Self.plan("plan-a"), try Self.plan("plan-b", replaces: "plan-a.md"),
                     try Self.plan("plan-c", replaces: "plan-a.md")]
        let (catalog, diagnostics) = PlanLinkTests.build(plans)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location.file.hasSuffix("plan-c.md") == true)
        #expect(errors.first?.message == "plan-a ersätts redan av plan-b; två filer kan inte båda vara nästa version av samma plan.")
        #expect(catalog.versionChains.count == 1)
    }

    @Test func versionsThatReplaceEachOtherInARingAreAnErrorAtEachAndStandAlone() throws {
        let plans = [try Self.plan("plan-a", replaces: "plan-b.md"), try Self.plan("plan-b", replaces: "plan-a.md")]
        let (catalog, diagnostics) = PlanLinkTests.build(plans)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.message.hasPrefix("Versionerna ersätter varandra i en ring: plan-a → plan-b → plan-a.") })
        #expect(catalog.versionChains.isEmpty)
        #expect(catalog.plans.allSatisfy { $0.replaces == nil && $0.replacedBy == nil })
    }

    @Test func aPlanThatReplacesItselfIsARingOfOne() throws {
        let (_, diagnostics) = PlanLinkTests.build([try Self.plan("plan-a", replaces: "plan-a.md")])
        #expect(diagnostics.filter { $0.severity == .error }.map(\.message)
            == ["Versionerna ersätter varandra i en ring: plan-a → plan-a. En plan kan inte vara en tidigare version av sig själv."])
    }
}
