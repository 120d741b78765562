import Catalog
import PlanModel
import Testing

/// organisations.yml is read as strictly as a plan.
@Suite struct HostileDataTests {
    @Test func anOrganisationURLThatIsNoWebAddressIsAnErrorAtItsLine() throws {
        let text = """
            - name: Elak
              kind: myndighet
              scope: nationell
              url: "data:text/html,<script>alert(1)</script>"
            - name: Snäll
              kind: myndighet
              scope: nationell
              url: https://www.example.se/
            """
        let (registry, diagnostics) = OrganisationRegistry.load(text, file: "content/organisations.yml", countySlugs: [])
        let error = try #require(diagnostics.errors.first)
        #expect(error.location == SourceLocation(file: "content/organisations.yml", line: 4, column: 8))
        #expect(diagnostics.errors.count == 1)
        #expect(registry.organisations.first { $0.name == "Elak" }?.url == nil)
        #expect(registry.organisations.first { $0.name == "Snäll" }?.url == "https://www.example.se/")
    }

    @Test func aControlCharacterInOrganisationsIsAnErrorAtItsLine() throws {
        let text = "- name: \"Elak\\x07\"\n  kind: myndighet\n  scope: nationell\n"
        let (_, diagnostics) = OrganisationRegistry.load(text, file: "content/organisations.yml", countySlugs: [])
        #expect(diagnostics.errors.first?.location.line == 1)
    }
}
