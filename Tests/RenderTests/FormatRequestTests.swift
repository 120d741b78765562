import Foundation
import InterfaceText
import PlanModel
import Render
import Testing
import ViewModel

/// "Beställ planen i ett annat format" on a plan's page and its large-print copy.
@Suite struct FormatRequestTests {
    /// The `href` of the request link on the page, or nil when it has none.
    static func requestHref(_ html: String) -> String? {
        guard let link = html.range(of: "<p class=\"format-request\"><a href=\"") else { return nil }
        let rest = html[link.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The address and the decoded subject of a `mailto:` link.
    static func mail(_ href: String) throws -> (to: String, subject: String) {
        let unescaped = href.replacingOccurrences(of: "&amp;", with: "&")
        #expect(unescaped.hasPrefix("mailto:"))
        let parts = unescaped.dropFirst("mailto:".count).split(separator: "?", maxSplits: 1)
        #expect(parts.count == 2)
        let query = String(parts[1])
        #expect(query.hasPrefix("subject="))
        return (try #require(String(parts[0]).removingPercentEncoding),
                try #require(String(query.dropFirst("subject=".count)).removingPercentEncoding))
    }

    @Test func bothPagesMailTheSiteContactWithTheAbsoluteAddressUnderABaseURL() throws {
        let plan = try HTMLFixtures.parsedPlan()
        let pages = try HTMLFixtures.renderer(baseURL: "https://www.example.se/planer").planPages(
            plan, county: HTMLFixtures.county, formats: [], preview: false)
        #expect(pages.count == 2)
        for page in pages {
            let html = HTMLFixtures.text(page)
            #expect(html.contains(">\(Strings.sv.formats.request.link)</a>"), "\(page.path)")
            let href = try #require(Self.requestHref(html), "\(page.path)")
            let mail = try Self.mail(href)
            #expect(mail.to == "planer@example.se")
            #expect(mail.subject == Strings.sv.formats.request.subject(
                "Handlingsplan för test & prov", "https://www.example.se/planer/testlan/testplan/"))
        }
    }

    /// Spaces, `&`, `#`, `?` and å ä ö in the title are percent-encoded (RFC 6068): a raw `&` or
    /// `#` would end the subject early, a raw space breaks some mail programs.
    @Test func theSubjectIsPercentEncoded() throws {
        var plan = try HTMLFixtures.parsedPlan()
        plan.title = "Plan #1: Åtgärder & mål? 100%"
        let pages = try HTMLFixtures.renderer().planPages(plan, county: HTMLFixtures.county, formats: [], preview: false)
        let href = try #require(Self.requestHref(HTMLFixtures.text(pages[0])))
        let query = try #require(href.split(separator: "?", maxSplits: 1).last)
        #expect(!query.contains(where: { " #&?Åå".contains($0) }), "\(query)")
        #expect(query.contains("%C3%85tg%C3%A4rder%20%26%20m%C3%A5l%3F%20100%25"))
        let mail = try Self.mail(href)
        #expect(mail.subject == Strings.sv.formats.request.subject(plan.title, "testlan/testplan/"))
    }

    @Test func theCountysOwnAddressComesBeforeTheSites() throws {
        let plan = try HTMLFixtures.parsedPlan()
        var county = HTMLFixtures.county
        county.email = "integration@testland.example.se"
        let pages = try HTMLFixtures.renderer().planPages(plan, county: county, formats: [], preview: false)
        for page in pages {
            let mail = try Self.mail(try #require(Self.requestHref(HTMLFixtures.text(page))))
            #expect(mail.to == "integration@testland.example.se")
        }
    }

    @Test func withoutAnyEmailAddressThePageHasNoRequestLink() throws {
        let plan = try HTMLFixtures.parsedPlan()
        var site = HTMLFixtures.site()
        site.contact.email = nil
        let pages = try SiteRenderer(site: site).planPages(plan, county: HTMLFixtures.county, formats: [], preview: false)
        #expect(pages.allSatisfy { Self.requestHref(HTMLFixtures.text($0)) == nil })
    }

    @Test func theAccessibilityStatementNamesTheRequestLink() throws {
        let files = try HTMLFixtures.renderer().sitePages(counties: [HTMLFixtures.county], plans: [], catalog: nil, preview: false)
        let statement = try HTMLFixtures.page(files, SiteAddress.accessibility)
        #expect(statement.contains(Strings.sv.formats.request.link))
    }
}
