import PlanModel
import PlanParser
import Testing

/// The e-mail addresses that become "Beställ planen i ett annat format" links: a county page's
/// `email:` and site.yml's `contact.email`.
@Suite struct ContactFieldTests {
    @Test func aCountyPageMayGiveItsOwnEmailAddress() throws {
        let result = PlanParser.parseCounty("---\nname: Testlands län\nemail: integration@testland.example.se\n---\n\nText.\n",
                                            file: "content/testlan/_index.md", slug: "testlan")
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.value).email == "integration@testland.example.se")
    }

    @Test func aCountyPageWithoutEmailLeavesItToTheSite() throws {
        let result = PlanParser.parseCounty("---\nname: Testlands län\n---\n", file: "content/testlan/_index.md", slug: "testlan")
        #expect(try #require(result.value).email == nil)
    }

    @Test func aCountyEmailThatIsNoAddressIsAnErrorAtItsField() {
        let result = PlanParser.parseCounty("---\nname: Testlands län\nemail: Integration Testland\n---\n",
                                            file: "content/testlan/_index.md", slug: "testlan")
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.description).contains {
            $0.hasPrefix("content/testlan/_index.md:3:8: error: ”Integration Testland” är ingen e-postadress.")
        })
    }

    @Test func aSiteEmailWithAQueryIsAnErrorAtItsField() {
        let result = SiteConfigReader.read("title: Planer\ncontact:\n  email: a@example.se?cc=b@example.se\n", file: "content/site.yml")
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.description).contains {
            $0.hasPrefix("content/site.yml:3:10: error: ”a@example.se?cc=b@example.se” är ingen e-postadress.")
        })
    }

    @Test(arguments: ["planer@example.se", "a.b+c@lan.example.se"])
    func plainAddressesAreEmailAddresses(_ address: String) {
        #expect(TextSafety.isEmailAddress(address))
    }

    @Test(arguments: ["planer", "@example.se", "a@b", "a@@example.se", "a b@example.se", "a@example.se>", "a@example.se,b@example.se"])
    func otherTextIsNot(_ text: String) {
        #expect(!TextSafety.isEmailAddress(text))
    }
}
