import PlanModel
import PlanParser
import Testing

/// Follow-up reports (docs/content-format.md, "Uppföljning"): read, then checked against the plan.
@Suite struct FollowUpParserTests {
    static let plan = """
        ---
        title: Testplan
        kind: handlingsplan
        publisher: Länsstyrelsen Testlän
        period: 2015–2017
        ---

        ## Fokusområde: Boende

        | Aktivitet | Ansvar | När |
        | --- | --- | --- |
        | Bygga fler bostäder. | Kommunerna | 2016 |
        | Följa upp enkäten. | Länsstyrelsen | Årligen |
        | Följa upp bostadsmarknaden. | Länsstyrelsen | |
        """

    func plan() throws -> Plan {
        try #require(PlanParser.parsePlan(Self.plan, file: "content/test/plan.md", countySlug: "test", slug: "plan").value)
    }

    func report(_ table: String, date: String = "2016-12-01", extra: String = "") -> String {
        "---\ndate: \(date)\nreportedBy: Länsstyrelsen Testlän\n\(extra)---\n\n| Aktivitet | Status | Kommentar | Indikator |\n| --- | --- | --- | --- |\n" + table
    }

    /// Parsed and checked as the build does; the diagnostics of both steps as `line: message`.
    func followUp(_ text: String) throws -> (followUp: FollowUp?, messages: [String]) {
        let parsed = PlanParser.parseFollowUp(text, file: "content/test/plan.uppfoljning-2016.md",
                                              slug: "uppfoljning-2016", planFile: "plan.md")
        var messages = parsed.diagnostics.map { "\($0.location.line): \($0.severity.rawValue): \($0.message) \($0.hint ?? "")" }
        guard let draft = parsed.value else { return (nil, messages) }
        let resolved = PlanParser.resolveFollowUps([draft], in: try plan())
        messages += resolved.diagnostics.map { "\($0.location.line): \($0.severity.rawValue): \($0.message) \($0.hint ?? "")" }
        return (resolved.followUps.first, messages)
    }

    @Test func rowsNameActivitiesByIdOrTextWithStatusCommentAndIndicator() throws {
        let (followUp, messages) = try followUp(report("""
            | aktivitet-1 | Genomförd | Tre hus byggdes. | 30 lägenheter |
            | #aktivitet-2 | pågår | | |
            | Följa upp bostadsmarknaden | Ersatt av aktivitet-2 | Görs i enkäten. | |
            """, extra: "final: true\n"))
        #expect(messages == [])
        let result = try #require(followUp)
        #expect(result.date == PartialDate(year: 2016, month: 12, day: 1) && result.isFinal)
        #expect(result.reportedBy == "Länsstyrelsen Testlän" && result.slug == "uppfoljning-2016")
        #expect(result.entries.map(\.activityId) == ["aktivitet-1", "aktivitet-2", "aktivitet-3"])
        #expect(result.entries.map(\.status) == [.done, .ongoing, .replaced])
        #expect(result.entries[0].comment == "Tre hus byggdes." && result.entries[0].indicator == "30 lägenheter")
        #expect(result.entries[1].comment == "" && result.entries[1].indicator == nil)
        #expect(result.entries[2].replacedBy == "aktivitet-2")
        #expect(result.entries[0].location.line == 9)
    }

    @Test func aMisspeltStatusIsReadAsTheClosestWordAndWarned() throws {
        let (followUp, messages) = try followUp(report("| aktivitet-1 | Genomförrd | | |\n"))
        #expect(followUp?.entries.first?.status == .done)
        #expect(messages.count == 1)
        #expect(messages[0].hasPrefix("8: warning: \"Genomförrd\" är inget ord") && messages[0].contains("\"Genomförd\""))
    }

    @Test func anUnknownStatusIsAnErrorListingTheWords() throws {
        let (followUp, messages) = try followUp(report("| aktivitet-1 | Kanske | | |\n"))
        #expect(followUp == nil)
        #expect(messages.count == 1 && messages[0].hasPrefix("8: error: \"Kanske\" är ingen status"))
        #expect(messages[0].contains("Ej påbörjad") && messages[0].contains("Ersatt av aktivitet-12"))
    }

    @Test func anUnknownActivityNamesTheClosest() throws {
        let (_, byId) = try followUp(report("| aktivitet-12 | Pågår | | |\n"))
        #expect(byId.count == 1 && byId[0].hasPrefix("8: error: Planen har ingen aktivitet \"aktivitet-12\""))
        #expect(byId[0].contains("Menade du aktivitet-1?"))
        let (_, byText) = try followUp(report("| Bygga flera bostäder. | Pågår | | |\n"))
        #expect(byText.count == 1 && byText[0].contains("Menade du aktivitet-1?"))
    }

    @Test func aTextThatFitsSeveralActivitiesIsAnError() throws {
        let (_, messages) = try followUp(report("| Följa upp | Pågår | | |\n"))
        #expect(messages.count == 1 && messages[0].hasPrefix("8: error: \"Följa upp\" passar in på flera aktiviteter."))
        #expect(messages[0].contains("aktivitet-2") && messages[0].contains("aktivitet-3"))
    }

    @Test func anActivityFollowedUpTwiceInOneReportIsAnError() throws {
        let (_, messages) = try followUp(report("""
            | aktivitet-1 | Pågår | | |
            | Bygga fler bostäder. | Genomförd | | |
            """))
        #expect(messages == ["9: error: aktivitet-1 följs upp två gånger i samma rapport. Den följs redan upp på rad 8; samla status och kommentar på en rad."])
    }

    @Test func aReportDatedOutsideThePlansPeriodIsAnError() throws {
        let (_, early) = try followUp(report("| aktivitet-1 | Pågår | | |\n", date: "2014-06"))
        #expect(early.count == 1 && early[0].hasPrefix("2: error: Uppföljningen är daterad 2014-06, utanför planens period 2015–2017."))
        // The year after the period is when the final report is written.
        let (_, after) = try followUp(report("| aktivitet-1 | Pågår | | |\n", date: "2018-02"))
        #expect(after == [])
        let (_, late) = try followUp(report("| aktivitet-1 | Pågår | | |\n", date: "2019"))
        #expect(late.count == 1)
    }

    @Test func missingFieldsATableOrAMatchingPlanAreErrors() throws {
        let (followUp, messages) = try followUp("---\nfollows: annan-plan.md\n---\n\nText.\n")
        #expect(followUp == nil)
        #expect(messages.map { String($0.prefix(while: { $0 != "." })) } == [
            "1: error: Fältet date saknas i front matter",
            "1: error: Fältet reportedBy saknas i front matter",
            "2: error: follows: annan-plan",
            "5: warning: Det här står utanför uppföljningens tabell och visas inte",
            "1: error: Uppföljningen har ingen tabell med kolumnerna Aktivitet och Status",
        ])
    }

    @Test func strictCheckWantsAFinalFollowUpOnceThePeriodHasEnded() throws {
        var plan = try plan()
        let missing = try #require(PlanParser.missingFinalFollowUp(plan, currentYear: 2018))
        #expect(missing.severity == .warning && missing.location.file == "content/test/plan.md")
        #expect(missing.message == "Planens period 2015–2017 är slut, men ingen slutlig uppföljning finns.")
        #expect(PlanParser.missingFinalFollowUp(plan, currentYear: 2017) == nil)
        let (interim, _) = try followUp(report("| aktivitet-1 | Pågår | | |\n"))
        plan.followUps = [try #require(interim)]
        #expect(PlanParser.missingFinalFollowUp(plan, currentYear: 2018) != nil)
        let (final, _) = try followUp(report("| aktivitet-1 | Genomförd | | |\n", date: "2018-02", extra: "final: true\n"))
        plan.followUps.append(try #require(final))
        #expect(PlanParser.missingFinalFollowUp(plan, currentYear: 2018) == nil)
    }
}
