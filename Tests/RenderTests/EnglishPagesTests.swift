import Foundation
import InterfaceText
import PlanModel
import PlanParser
import Render
import Testing
import ViewModel

/// `language: en` on a plan, on a county page, and in site.yml for the whole site.
@Suite struct EnglishPagesTests {
    @Test func aPlanInEnglishGetsEnglishChromeAndLangEnOnBothPages() throws {
        var plan = try HTMLFixtures.parsedPlan()
        plan.language = "en"
        let pages = try HTMLFixtures.renderer().planPages(plan, county: HTMLFixtures.county,
                                                          formats: HTMLFixtures.formats(for: plan), preview: false)
        for page in pages {
            let html = HTMLFixtures.text(page)
            #expect(html.contains("<html lang=\"en\""), "\(page.path)")
            #expect(html.contains(">\(Strings.en.formats.heading)</h2>"))
            #expect(html.contains(">\(Strings.en.formats.request.link)</a>"))
            #expect(html.contains(Strings.en.skipLink))
            #expect(!html.contains(Strings.sv.formats.heading) && !html.contains(Strings.sv.skipLink))
            // The text is the page's language: nothing marked otherwise.
            #expect(!html.contains("<div lang="))
        }
    }

    @Test func aSwedishPlanKeepsSwedishChromeOnASwedishSite() throws {
        let plan = try HTMLFixtures.parsedPlan()
        let pages = try HTMLFixtures.renderer().planPages(plan, county: HTMLFixtures.county, formats: [], preview: false)
        let html = HTMLFixtures.text(pages[0])
        #expect(html.contains("<html lang=\"sv\">") && html.contains(Strings.sv.skipLink))
    }

    @Test func aCountyPageInEnglishGetsEnglishChrome() throws {
        var county = HTMLFixtures.county
        county.language = "en"
        let files = try HTMLFixtures.renderer().sitePages(counties: [county, HTMLFixtures.county.renamed("annat")],
                                                          plans: [], catalog: nil, preview: false)
        let english = try HTMLFixtures.page(files, SiteAddress.county(county.slug))
        #expect(english.contains("<html lang=\"en\">") && english.contains(Strings.en.county.noPlans))
        let swedish = try HTMLFixtures.page(files, SiteAddress.county("annat"))
        #expect(swedish.contains("<html lang=\"sv\">") && swedish.contains(Strings.sv.county.noPlans))
    }

    /// `language: en` in site.yml: every page's chrome is English, and a Swedish plan's own text
    /// is marked `lang="sv"` inside the English page; the text file and the EPUB follow the page.
    @Test func anEnglishSiteIsEnglishThroughoutAndMarksSwedishText() throws {
        var site = HTMLFixtures.site()
        site.language = "en"
        let renderer = SiteRenderer(site: site)
        let plan = try HTMLFixtures.parsedPlan()
        let files = try renderer.planFiles(plan, county: HTMLFixtures.county, alternateFormats: true, preview: false)
        let page = try HTMLFixtures.page(files, SiteAddress.plan(plan))
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("<h1 lang=\"sv\">Handlingsplan för test &amp; prov</h1>"))
        #expect(page.contains("<div lang=\"sv\">"))
        #expect(page.contains(">\(Strings.en.formats.request.link)</a>"))
        let text = try HTMLFixtures.page(files, SiteAddress.planFile(plan, extension: "txt"))
        #expect(text.contains("Text version of the plan.") && text.contains("\(Strings.en.format.publisher): "))
        let site404 = try renderer.sitePages(counties: [HTMLFixtures.county], plans: [plan], catalog: nil, preview: false)
        for path in [SiteAddress.home, SiteAddress.counties, SiteAddress.accessibility, SiteAddress.notFound,
                     SiteAddress.county(HTMLFixtures.county.slug)] {
            let html = try HTMLFixtures.page(site404, path)
            #expect(html.contains("<html lang=\"en\"") && html.contains(Strings.en.skipLink), "\(path)")
        }
        let statement = try HTMLFixtures.page(site404, SiteAddress.accessibility)
        #expect(statement.contains(Strings.en.statement.otherFormatHeading))
    }

    /// The CSV's header row and the JSON's keys are machine keys: the same in every language.
    @Test func csvHeadersAndJSONKeysDoNotFollowTheLanguage() throws {
        var english = HTMLFixtures.site()
        english.language = "en"
        let plan = try HTMLFixtures.parsedPlan()
        func data(_ site: SiteConfig) throws -> [String] {
            let files = try SiteRenderer(site: site).planFiles(plan, county: HTMLFixtures.county, alternateFormats: true, preview: false)
            return try ["csv", "json"].map { try HTMLFixtures.page(files, SiteAddress.planFile(plan, extension: $0)) }
        }
        #expect(try data(english) == data(HTMLFixtures.site()))
    }

    @Test func aSiteLanguageWithoutInterfaceTextIsAnErrorAtItsField() {
        let result = SiteConfigReader.read("title: Planer\nlanguage: de\n", file: "content/site.yml")
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.description).contains {
            $0.hasPrefix("content/site.yml:2:11: error: language: PlanPress har inga texter på ”de”.")
        })
    }
}

extension County {
    /// The same county under another folder name.
    func renamed(_ slug: String) -> County {
        var county = self
        county.slug = slug
        return county
    }
}
