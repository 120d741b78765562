import Foundation
import PlanModel
import Render
import Testing
import ViewModel

@Suite struct HTMLPlanPageTests {
    /// The whole plan page, byte for byte. After an intended change to the templates, the strings
    /// or the renderer, write the golden file again with `UPDATE_GOLDEN=1 swift test --filter RenderTests`
    /// and review the difference before committing it.
    @Test func planPageMatchesGoldenFile() throws {
        let plan = try HTMLFixtures.parsedPlan()
        let pages = try HTMLFixtures.renderer(baseURL: "https://www.example.se/planer").planPages(
            plan, county: HTMLFixtures.county, formats: HTMLFixtures.formats(for: plan), preview: false,
            catalog: try HTMLFixtures.fixtureCatalog(plan))
        let page = try HTMLFixtures.page(pages, "testlan/testplan/index.html")
        let golden = HTMLFixtures.goldenFolder.appendingPathComponent("plan-page.html")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(page.utf8).write(to: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if page != expected {
            let got = page.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(got, want)).firstIndex { $0 != $1 } ?? min(got.count, want.count)
            Issue.record("""
                The plan page differs from Golden/plan-page.html, first at line \(line + 1):
                  golden:   \(line < want.count ? String(want[line]) : "(end of file)")
                  rendered: \(line < got.count ? String(got[line]) : "(end of file)")
                If the change is intended, run UPDATE_GOLDEN=1 swift test --filter RenderTests and review the diff.
                """)
        }
    }

    @Test func rendersThePageAndItsLargePrintCopy() throws {
        let plan = try HTMLFixtures.parsedPlan()
        let pages = try HTMLFixtures.renderer().planPages(plan, county: HTMLFixtures.county, formats: [], preview: false)
        #expect(pages.map(\.path) == [SiteAddress.plan(plan), SiteAddress.largePrint(plan)])
        let standard = try HTMLFixtures.page(pages, SiteAddress.plan(plan))
        let large = try HTMLFixtures.page(pages, SiteAddress.largePrint(plan))
        #expect(large.contains("<html lang=\"sv\" class=\"storstil\">"))
        #expect(standard.contains("<html lang=\"sv\">"))
        // Same content: every section, activity and term is on both.
        for id in plan.allSections.map(\.id) + plan.activities.map(\.activity.id) {
            #expect(standard.contains("id=\"\(id)\"") && large.contains("id=\"\(id)\""), "\(id)")
        }
        #expect(standard.contains("<a href=\"storstil/index.html\">"))
        #expect(large.contains("<a href=\"../index.html\">Vanlig textstorlek"))
    }

    /// Walks the model of the fixture and of every real plan: each activity, objective, glossary
    /// term, signatory, participant, reference, prose block and section heading is on the page,
    /// in document order.
    @Test func everyItemOfTheModelIsOnThePageInDocumentOrder() throws {
        let renderer = try HTMLFixtures.renderer()
        let real = try HTMLFixtures.realContent()
        var plans = real.plans
        plans.append(try HTMLFixtures.parsedPlan())
        #expect(plans.count == 6)
        for plan in plans {
            let county = real.counties.first { $0.slug == plan.countySlug } ?? HTMLFixtures.county
            let pages = try renderer.planPages(plan, county: county, formats: [], preview: false)
            let page = try HTMLFixtures.page(pages, SiteAddress.plan(plan))
            var needles: [String] = []
            func walk(_ blocks: [ContentBlock]) {
                for block in blocks {
                    switch block {
                    case .prose(let prose): needles.append(prose.html)
                    case .objective(let objective): needles += [HTMLScan.escape(objective.label) + ":", objective.html]
                    case .activities(let table):
                        for activity in table.activities {
                            needles.append("<tr id=\"\(activity.id)\"><th scope=\"row\">\(activity.html)</th>")
                            if let responsible = activity.responsible?.text, !responsible.isEmpty {
                                needles.append(HTMLScan.escape(responsible))
                            }
                            if let partners = activity.partners?.text, !partners.isEmpty { needles.append(HTMLScan.escape(partners)) }
                            if let when = activity.when, !when.isEmpty { needles.append(HTMLScan.escape(when)) }
                            needles += activity.otherFields.map(\.html).filter { !$0.isEmpty }
                        }
                    case .glossary(let entries):
                        for entry in entries { needles += [">\(HTMLScan.escape(entry.term))</dt>", entry.definitionHTML] }
                    case .signatories(let people):
                        for person in people {
                            needles.append("<th scope=\"row\">\(HTMLScan.escape(person.name))</th>")
                            if let role = person.role, !role.isEmpty { needles.append(HTMLScan.escape(role)) }
                            if let organisation = person.organisation, !organisation.isEmpty { needles.append(HTMLScan.escape(organisation)) }
                        }
                    case .participants(let people):
                        for person in people {
                            needles.append("<th scope=\"row\">\(HTMLScan.escape(person.name))</th>")
                            if let organisation = person.organisation, !organisation.isEmpty { needles.append(HTMLScan.escape(organisation)) }
                        }
                    case .references(let items): needles += items.map { "<li>\($0.html)</li>" }
                    }
                }
            }
            func walk(_ section: Section) {
                needles.append("<section id=\"\(section.id)\"")
                if [.area, .prose, .example, .network].contains(section.kind) { needles.append(">\(section.headingHTML)</h\(section.level)>") }
                if !section.themes.isEmpty { needles.append(HTMLScan.escape(section.themes.joined(separator: ", "))) }
                if let text = section.responsible?.text { needles.append("<dt>Ansvar</dt><dd>\(HTMLScan.escape(text))</dd>") }
                if let text = section.partners?.text { needles.append("<dt>Samverkansparter</dt><dd>\(HTMLScan.escape(text))</dd>") }
                if let text = section.when { needles.append("<dt>När</dt><dd>\(HTMLScan.escape(text))</dd>") }
                walk(section.content)
                section.children.forEach(walk)
            }
            walk(plan.preamble)
            plan.sections.forEach(walk)
            let result = HTMLScan.inOrder(needles, in: page)
            #expect(result.ok, "\(plan.slug): missing or out of order: \(result.missing ?? "")")
            // And the counts, so that nothing is shown twice or dropped silently.
            #expect(page.components(separatedBy: "<tr id=\"aktivitet-").count - 1 == plan.activities.count, "\(plan.slug)")
            #expect(page.components(separatedBy: "<dt id=\"term-").count - 1 == plan.glossary.count, "\(plan.slug)")
            // The table of contents links every section.
            for section in plan.allSections {
                #expect(page.contains("<li><a href=\"#\(section.id)\">"), "\(plan.slug): \(section.id) not in the contents")
            }
        }
    }

    @Test func factsAndSpecialSectionsReadAsTheDocumentHasThem() throws {
        let plan = try HTMLFixtures.parsedPlan()
        let page = try HTMLFixtures.page(
            try HTMLFixtures.renderer().planPages(plan, county: HTMLFixtures.county, formats: [], preview: false),
            SiteAddress.plan(plan))
        #expect(page.contains("<h1>Handlingsplan för test &amp; prov</h1>"))
        #expect(page.contains("<p class=\"subtitle\">Med en undertitel</p>"))
        #expect(page.contains("Aktiviteter som länets aktörer &lt;gemensamt&gt; prioriterar."))
        #expect(page.contains("<dt>Diarienummer</dt><dd>851-2329-15</dd>"))
        #expect(page.contains("<dd><time datetime=\"2015-10\">oktober 2015</time></dd>"))
        #expect(page.contains("<dd>Tryck: Länsstyrelsen Testland 2016</dd>"))
        #expect(page.contains("<dt>Period</dt><dd>2015–2017</dd>"))
        #expect(page.contains("<dt>Typ av plan</dt><dd>Handlingsplan</dd>"))
        // Areas keep their label; special sections show the document's own title.
        #expect(page.contains("<h3>Fokusområde: Boende</h3>"))
        #expect(page.contains("<h2>Bilaga 3 – Ordlista</h2>"))
        #expect(!page.contains("<h2>Ordlista: Bilaga 3 – Ordlista</h2>"))
        #expect(page.contains("<dt>Teman</dt><dd>bostad, arbete</dd>"))
        #expect(page.contains("<p class=\"objective\"><strong class=\"objective-label\">Syfte:</strong> Alla ska ha någonstans att bo.</p>"))
        // Glossary terms have anchors.
        #expect(page.contains("<dt id=\"term-abe\">ABE</dt>"))
        #expect(page.contains("<dt id=\"term-anknytning\">Anknytning</dt>"))
        // Tables of people.
        #expect(page.contains("<caption class=\"visually-hidden\">Integrationsnätverket</caption>"))
        #expect(page.contains("<th scope=\"col\">Namn</th><th scope=\"col\">Roll</th><th scope=\"col\">Organisation</th>"))
        #expect(page.contains("<th scope=\"col\">Namn</th><th scope=\"col\">Organisation</th>"))
    }

    @Test func activityTablesAreRealTables() throws {
        let plan = try HTMLFixtures.parsedPlan()
        let page = try HTMLFixtures.page(
            try HTMLFixtures.renderer().planPages(plan, county: HTMLFixtures.county, formats: [], preview: false),
            SiteAddress.plan(plan))
        #expect(page.contains("<caption>Aktiviteter: Fokusområde: Boende</caption>"))
        #expect(page.contains("<tr><th scope=\"col\">Aktivitet</th><th scope=\"col\">Ansvar</th><th scope=\"col\">Samverkansparter</th><th scope=\"col\">När</th><th scope=\"col\">Kommentar</th></tr>"))
        let first = try #require(plan.activities.first).activity
        #expect(page.contains("<tr id=\"\(first.id)\"><th scope=\"row\">Genomföra uppföljning av bostadsmarknadsenkäten.</th><td data-label=\"Ansvar\">Länsstyrelsen</td><td data-label=\"Samverkansparter\">Kommunerna</td><td data-label=\"När\">2016</td><td data-label=\"Kommentar\">Årligen</td></tr>"))
        // No responsible of its own: the area's, marked.
        #expect(page.contains("<td data-label=\"Ansvar\">Länets kommuner <span class=\"inherited\">(områdets ansvar)</span></td>"))
        // A list of activities becomes the same kind of table.
        #expect(page.contains("<caption>Aktiviteter: Mål: Ett värdigt boende</caption>"))
        #expect(page.contains("<th scope=\"row\">Ordna studiebesök för nyanlända.</th></tr>"))
    }

    @Test func headingsFollowTheOutlineAndIdsAreUnique() throws {
        let renderer = try HTMLFixtures.renderer()
        let real = try HTMLFixtures.realContent()
        for plan in real.plans + [try HTMLFixtures.parsedPlan()] {
            let county = real.counties.first { $0.slug == plan.countySlug } ?? HTMLFixtures.county
            for page in try renderer.planPages(plan, county: county, formats: HTMLFixtures.formats(for: plan), preview: false) {
                let html = HTMLFixtures.text(page)
                let levels = HTMLScan.headingLevels(in: html)
                #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1, "\(page.path)")
                for (previous, next) in zip(levels, levels.dropFirst()) {
                    #expect(next <= previous + 1, "\(page.path): h\(previous) followed by h\(next)")
                }
                let ids = HTMLScan.attributeValues("id", in: html)
                #expect(Set(ids).count == ids.count, "\(page.path): duplicate ids")
                // Every in-page link has its target.
                for href in HTMLScan.attributeValues("href", in: html) where href.hasPrefix("#") {
                    #expect(ids.contains(String(href.dropFirst())), "\(page.path): \(href) has no target")
                }
            }
        }
    }

    @Test func draftIsMarkedOnlyInPreview() throws {
        let renderer = try HTMLFixtures.renderer()
        let draft = try HTMLFixtures.parsedPlan(draft: true)
        let published = try HTMLFixtures.parsedPlan(draft: false)
        func pages(_ plan: Plan, preview: Bool) throws -> [String] {
            try renderer.planPages(plan, county: HTMLFixtures.county, formats: [], preview: preview).map(HTMLFixtures.text)
        }
        for page in try pages(draft, preview: true) {
            #expect(page.contains("<p class=\"draft-banner\"><strong>Utkast</strong>"))
        }
        for page in try pages(draft, preview: false) + pages(published, preview: true) + pages(published, preview: false) {
            #expect(!page.contains("Utkast"))
        }
        // In lists too, only in the preview.
        let listed = try renderer.sitePages(counties: [HTMLFixtures.county], plans: [draft], catalog: nil, preview: true)
        #expect(try HTMLFixtures.page(listed, "index.html").contains("<span class=\"draft-marker\">Utkast</span>"))
        let hidden = try renderer.sitePages(counties: [HTMLFixtures.county], plans: [draft], catalog: nil, preview: false)
        #expect(!(try HTMLFixtures.page(hidden, "index.html")).contains("Utkast"))
    }

    @Test func alternateFormatsAreLinkedWithTypeAndSize() throws {
        let plan = try HTMLFixtures.parsedPlan()
        let pages = try HTMLFixtures.renderer().planPages(
            plan, county: HTMLFixtures.county, formats: HTMLFixtures.formats(for: plan), preview: false)
        let page = try HTMLFixtures.page(pages, SiteAddress.plan(plan))
        #expect(page.contains("<h2 id=\"rubrik_format\">Alternativa format</h2>"))
        let order = HTMLScan.inOrder([
            "<a href=\"storstil/index.html\">Storstil (webbsida)</a>",
            "<a href=\"testplan.epub\">E-bok (EPUB, 27\u{00A0}kB)</a>",
            "<a href=\"testplan.txt\">Ren text (TXT, 9,4\u{00A0}kB)</a>",
            "<a href=\"testplan.csv\">Aktiviteterna som tabell (CSV, 640\u{00A0}byte)</a>",
            "<a href=\"testplan.json\">Planen som data (JSON, 176\u{00A0}kB)</a>",
        ], in: page)
        #expect(order.ok, "\(order.missing ?? "")")
        #expect(page.contains("<span class=\"format-explanation\">För läsplattor"))
        // From the large-print page the same files are one folder up.
        let large = try HTMLFixtures.page(pages, SiteAddress.largePrint(plan))
        #expect(large.contains("<a href=\"../testplan.epub\">E-bok (EPUB, 27\u{00A0}kB)</a>"))
    }

    @Test func canonicalAddressOnlyWithABaseURL() throws {
        let plan = try HTMLFixtures.parsedPlan()
        let with = try HTMLFixtures.renderer(baseURL: "https://www.example.se/planer")
            .planPages(plan, county: HTMLFixtures.county, formats: [], preview: false).map(HTMLFixtures.text)
        for page in with {
            #expect(page.contains("<link rel=\"canonical\" href=\"https://www.example.se/planer/testlan/testplan/\">"))
        }
        let without = try HTMLFixtures.renderer()
            .planPages(plan, county: HTMLFixtures.county, formats: [], preview: false).map(HTMLFixtures.text)
        for page in without { #expect(!page.contains("rel=\"canonical\"")) }
    }

    @Test func samePlanGivesByteIdenticalPagesAlsoFromManyThreads() throws {
        let renderer = try HTMLFixtures.renderer()
        let real = try HTMLFixtures.realContent()
        let plans = real.plans
        let serial = try plans.map { plan in
            try renderer.planPages(plan, county: real.counties.first { $0.slug == plan.countySlug }!, formats: [], preview: false)
        }
        let results = ResultBox(count: plans.count * 4)
        DispatchQueue.concurrentPerform(iterations: plans.count * 4) { index in
            let plan = plans[index % plans.count]
            let files = try? renderer.planPages(plan, county: real.counties.first { $0.slug == plan.countySlug }!,
                                                formats: [], preview: false)
            results.set(index, files ?? [])
        }
        for index in 0..<(plans.count * 4) {
            #expect(results.get(index) == serial[index % plans.count])
        }
    }
}

/// Results written from many threads.
final class ResultBox: @unchecked Sendable {
    private var values: [[OutputFile]]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: [], count: count) }
    func set(_ index: Int, _ value: [OutputFile]) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> [OutputFile] { lock.withLock { values[index] } }
}
