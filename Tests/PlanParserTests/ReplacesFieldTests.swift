import PlanModel
import PlanParser
import Testing

/// `replaces:` in a plan's front matter: the earlier version's file in the same county.
@Suite struct ReplacesFieldTests {
    static func parse(_ replaces: String) -> ParseResult<Plan> {
        PlanParser.parsePlan("""
            ---
            title: Plan
            kind: handlingsplan
            publisher: Länsstyrelsen Dalarna
            period: 2016
            replaces: \(replaces)
            ---

            ## Målområde 1: Arbete

            Tema: arbete
            """, file: "content/dalarna/plan.md", countySlug: "dalarna", slug: "plan")
    }

    @Test func theFileNameWithOrWithoutItsExtensionNamesTheEarlierVersion() throws {
        for text in ["plan-2015.md", "plan-2015", "./plan-2015.md"] {
            let plan = try #require(Self.parse(text).value)
            #expect(plan.replaces?.countySlug == "dalarna" && plan.replaces?.planSlug == "plan-2015")
        }
    }

    @Test func aPlanInAnotherCountyIsAnErrorAtTheLine() throws {
        let result = Self.parse("../uppsala/plan-2015.md")
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.location.line == 6 && error.location.column == 11)
        #expect(error.message.contains("ligger i ett annat län (uppsala)"))
        #expect(result.value?.replaces == nil)
    }

    @Test func somethingThatIsNoFileNameIsAnError() throws {
        let result = Self.parse("https://example.se/plan")
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message == "replaces: https://example.se/plan är ingen plans fil." })
    }
}
