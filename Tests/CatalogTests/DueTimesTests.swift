import Catalog
import PlanModel
import PlanParser
import Testing

/// The catalogue's due year of every activity (`DueTimes`), which the periods page counts.
@Suite struct DueTimesTests {
    static func plan() throws -> Plan {
        let text = """
            ---
            title: Plan med tider
            kind: handlingsplan
            publisher: Länsstyrelsen Dalarna
            period: 2016–2018
            ---

            ## Fokusområde: Arbete

            Tema: arbete

            När: 2018

            | Aktivitet | När |
            | --- | --- |
            | Ett. | 2016–2017 |
            | Två. | Q3 2016 |
            | Tre. | |
            | Fyra. | Årligen |
            | Fem. | Under perioden |

            ## Fokusområde: Boende

            Tema: bostad

            | Aktivitet | När |
            | --- | --- |
            | Sex. | |

            """
        let parsed = PlanParser.parsePlan(text, file: "content/dalarna/tider.md", countySlug: "dalarna", slug: "tider")
        return try #require(parsed.value, "\(parsed.diagnostics.map(\.description))")
    }

    static func build(_ plan: Plan) -> Catalog {
        let real = RealContent.shared
        return Catalog.build(plans: [plan], counties: real.content.counties, registry: real.registry, themes: real.themes).0
    }

    @Test func anActivityIsDueInTheLastYearOfItsTimeOrOfItsAreasWhenItHasNone() throws {
        let times = Self.build(try Self.plan()).dueTimes
        #expect(times.dated.map(\.number) == [1, 2, 3])
        #expect(times.dated.map(\.year) == [2017, 2016, 2018])
        #expect(times.dated.allSatisfy { !$0.notReported } && !times.hasFollowUps)
    }

    @Test func recurringOtherAndMissingTimesAreCountedPerCounty() throws {
        let catalog = Self.build(try Self.plan())
        let dalarna = try #require(catalog.counties.firstIndex { $0.slug == "dalarna" })
        let times = catalog.dueTimes
        #expect(times.recurring.count == catalog.counties.count)
        #expect(times.recurring[dalarna] == 1 && times.other[dalarna] == 1 && times.noTime[dalarna] == 1)
        #expect(times.recurring.reduce(0, +) == 1 && times.noTime.reduce(0, +) == 1)
    }

    @Test func aDueActivityNoFollowUpNamesIsMarkedNotReported() throws {
        var plan = try Self.plan()
        let location = SourceLocation(file: "content/dalarna/tider.uppfoljning-2017.md", line: 6, column: 1)
        plan.followUps = [FollowUp(slug: "uppfoljning-2017", date: PartialDate(year: 2017), reportedBy: "Länsstyrelsen Dalarna",
                                   entries: [FollowUpEntry(activityId: "aktivitet-1", status: .done, location: location)],
                                   sourceFile: location.file)]
        let times = Self.build(plan).dueTimes
        #expect(times.hasFollowUps)
        // Ett is reported; Två was due 2016 and no report names it; Tre is due 2018, after the report.
        #expect(times.dated.map(\.notReported) == [false, true, false])
    }
}
