import Catalog
import PlanModel
import Testing

/// Ten thousand generated plans: the counts must come out exact (speed is not asserted).
@Suite struct ScaleTests {
    static let countySlugs = ["dalarna", "jamtland-harjedalen", "vasternorrland", "vastmanland"]
    static let themeIDs = ["arbete", "utbildning", "halsa", "bostad", "delaktighet", "infrastruktur", "samverkan"]

    static func mentions(_ text: String, _ file: String, line: Int) -> MentionList {
        var column = 1
        var list: [Mention] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.drop { $0 == " " }
            list.append(Mention(text: String(trimmed), location: SourceLocation(
                file: file, line: line, column: column + part.utf8.count - trimmed.utf8.count)))
            column += part.utf8.count + 1
        }
        return MentionList(text: text, mentions: list)
    }

    /// Plan `i`: an area with two themes and `Ansvar: Arbetsförmedlingen`, holding 2 activities
    /// of its own (one with its own responsible cell) and a sub-area with one theme and
    /// partners, holding 3 activities (two inherit). Periods vary over 2000–2014.
    static func plan(_ i: Int) -> Plan {
        let county = countySlugs[i % 4]
        let file = "content/\(county)/plan-\(i).md"
        let location = SourceLocation(file: file, line: 1, column: 1)
        var number = 0
        func activity(_ responsible: String?) -> Activity {
            number += 1
            return Activity(id: "aktivitet-\(number)", number: number, text: "Aktivitet \(number) i plan \(i).",
                            html: "Aktivitet", responsible: responsible.map { mentions($0, file, line: 10 + number) },
                            location: SourceLocation(file: file, line: 10 + number, column: 1))
        }
        let first = themeIDs[i % 7], second = themeIDs[(i + 1) % 7]
        let sub = Section(
            id: "delomrade", kind: .area, label: "Delområde", title: "Delområde \(i)", headingHTML: "", headingText: "",
            level: 3, location: location, themes: [themeIDs[(i + 3) % 7]], themesLocation: location,
            partners: mentions("Migrationsverket och Länsstyrelsen, Landstinget", file, line: 5),
            content: [.activities(ActivityTable(columns: [], activities: [
                activity(nil), activity("Kommunerna"), activity(nil),
            ], location: location))])
        let area = Section(
            id: "mal", kind: .area, label: "Mål", title: "Mål \(i)", headingHTML: "", headingText: "", level: 2,
            location: location, themes: [first, second.uppercased()], themesLocation: location,
            responsible: mentions("Arbetsförmedlingen", file, line: 3),
            content: [.activities(ActivityTable(columns: [], activities: [
                activity(nil), activity("Försäkringskassan/Skatteverket"),
            ], location: location)),
            .glossary([GlossaryEntry(term: i % 2 == 0 ? "SFI" : "sfi", definition: "Svenska för invandrare.",
                                     definitionHTML: "", location: location)])],
            children: [sub])
        return Plan(slug: "plan-\(i)", countySlug: county, title: "Plan \(i)", kind: .handlingsplan,
                    publisher: "Länsstyrelsen", period: Period(first: 2000 + i % 10, last: 2000 + i % 10 + i % 5),
                    sections: [area], sourceFile: file)
    }

    @Test func tenThousandPlansGiveExactCounts() throws {
        let real = RealContent.shared
        let count = 10_000
        let plans = (0..<count).map(Self.plan)
        let (catalog, diagnostics) = Catalog.build(plans: plans, counties: real.content.counties,
                                                   registry: real.registry, themes: real.themes)
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3).map(\.description))")
        #expect(catalog.plans.count == count)
        #expect(catalog.areas.count == 2 * count)
        #expect(catalog.activities.count == 5 * count)
        // Two themes on the area's 2 activities, one on the sub-area's 3.
        #expect(catalog.comparison.total == count * (2 * 2 + 3))
        #expect(catalog.comparison.countyTotals == [7, 7, 7, 7].map { $0 * count / 4 })
        #expect(catalog.comparison.untagged == [0, 0, 0, 0])
        for (row, theme) in Self.themeIDs.enumerated() {
            var expected = 0
            for i in 0..<count {
                if Self.themeIDs[i % 7] == theme || Self.themeIDs[(i + 1) % 7] == theme { expected += 2 }
                if Self.themeIDs[(i + 3) % 7] == theme { expected += 3 }
            }
            #expect(catalog.comparison.themeTotals[row] == expected, "\(theme)")
        }

        // Arbetsförmedlingen: Ansvar of every plan's area and of its first activity plus the sub-area's two
        // inheriting activities (the sub-area has no Ansvar of its own, so the area's applies).
        let af = try #require(catalog.involvement(of: "arbetsformedlingen"))
        #expect(af.counts.responsibleAreas == count)
        #expect(af.counts.responsibleActivities == 3 * count)
        #expect(af.counties.map(\.countySlug) == Self.countySlugs)
        #expect(af.counties.allSatisfy { $0.plans.count == count / 4 })
        let migration = try #require(catalog.involvement(of: "migrationsverket"))
        #expect(migration.counts.partnerAreas == count && migration.counts.partnerActivities == 3 * count)
        for slug in Self.countySlugs {
            let council = try #require(catalog.involvement(of: catalog.registry.lookup("Länsstyrelsen", county: slug)!.id))
            #expect(council.counts.partnerAreas == count / 4)
            #expect(council.counties.map(\.countySlug) == [slug])
        }
        #expect(catalog.involvement(of: "skatteverket")?.counts.responsibleActivities == count)

        let themed = try #require(catalog.themeEntry(id: "arbete"))
        #expect(themed.activityCount == catalog.comparison.themeTotals[0])
        #expect(themed.counties.map(\.countySlug) == Self.countySlugs)

        #expect(catalog.periods.firstYear == 2000 && catalog.periods.lastYear == 2013)
        let inForce2005 = plans.filter { $0.period.contains(2005) }.count
        #expect(catalog.periods.planIndices(inForce: 2005).count == inForce2005)

        #expect(catalog.glossary.terms.count == 1)
        #expect(catalog.glossary.terms.first?.definitions.count == count)
        #expect(catalog.searchItems.count == count + 2 * count + 5 * count
                + catalog.organisationGroups.reduce(0) { $0 + $1.organisationIDs.count } + 1)
        #expect(catalog.activityIndices(county: "vastmanland", theme: "halsa", organisation: "kommunerna-i-vastmanlands-lan")
                == catalog.activities.indices.filter { index in
                    let a = catalog.activities[index]
                    return a.countySlug == "vastmanland" && a.themeIDs.contains("halsa")
                        && a.responsible.organisationIDs.contains("kommunerna-i-vastmanlands-lan")
                })
    }
}
