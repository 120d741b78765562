import Foundation
import Markdown
import PlanModel
import PlanParser
import Testing

/// Text that arrives in forms an editor never meant: control characters, decomposed letters,
/// YAML aliases that expand without end, addresses that run script.
@Suite struct HostileTextTests {
    static func plan(frontMatter: String = "", body: String = "## Mål: Arbete\n\nTema: arbete\n") -> String {
        "---\ntitle: Plan\nkind: handlingsplan\npublisher: Länsstyrelsen\nperiod: 2020–2022\n\(frontMatter)---\n\n\(body)"
    }

    static func diagnostics(_ text: String, file: String = "content/c/p.md") -> [Diagnostic] {
        let decoded = SourceText.decode(Array(text.utf8), file: file)
        guard let source = decoded.text else { return decoded.diagnostics }
        return PlanParser.parsePlan(source, file: file, countySlug: "c", slug: "p").diagnostics
    }

    @Test func aYAMLAliasBombIsRefusedAtItsFirstAlias() throws {
        var bomb = "a0: &a0 [x,x,x,x,x,x,x,x,x]\n"
        for level in 1...8 {
            bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]\n"
        }
        bomb += "? *a8\n: boom\n"
        let found = Self.diagnostics(Self.plan(frontMatter: bomb))
        let error = try #require(found.errors.first)
        #expect(error.location == SourceLocation(file: "content/c/p.md", line: 7, column: 10))
        #expect(error.message.contains("*a0"))
    }

    @Test func aStarOrAmpersandThatIsNoAliasIsText() {
        #expect(Self.diagnostics(Self.plan(frontMatter: "subtitle: Bo & arbeta *viktigt*\n")).errors.isEmpty)
    }

    @Test(arguments: [#"title: "A\0B""#, #"title: "A\x01B""#, #"subtitle: "sv\x1b[31m""#, #"title: "\u0085""#])
    func aControlCharacterFromAYAMLEscapeIsAnErrorAtItsLine(field: String) throws {
        let text = Self.plan(body: "## Mål: Arbete\n\nTema: arbete\n").replacingOccurrences(of: "title: Plan", with: field)
        let error = try #require(Self.diagnostics(text).errors.first)
        #expect(error.location.line == 2)
        #expect(error.message.contains("styrtecknet"))
    }

    @Test func aControlCharacterInTheTextIsAnErrorAtItsLineAndColumn() throws {
        let error = try #require(Self.diagnostics(Self.plan(body: "## Mål: Arbete\n\nTema: arbete\n\nEtt\u{07}pip\n")).errors.first)
        #expect(error.location == SourceLocation(file: "content/c/p.md", line: 12, column: 4))
        #expect(error.message.contains("styrtecken"))
        #expect(Self.diagnostics(Self.plan(body: "## Mål: Arbete\n\nTema: arbete\n\nTab\there\r\n")).errors.isEmpty)
    }

    @Test func aSiteFileWithAControlCharacterIsAnErrorAtItsLine() throws {
        let read = SiteConfigReader.read("title: Planer\nlanguage: \"sv\\x01\"\n", file: "content/site.yml")
        #expect(read.value == nil)
        #expect(read.diagnostics.first?.location.line == 2)
    }

    @Test func decomposedLettersGiveTheSameAddressesAsComposedOnes() throws {
        let composed = Self.plan(body: "## Mål: Boende i Västerås\n\nTema: arbete\n")
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
        func ids(_ text: String) throws -> [String] {
            let source = try #require(SourceText.decode(Array(text.utf8), file: "p.md").text)
            return try #require(PlanParser.parsePlan(source, file: "p.md", countySlug: "c", slug: "p").value).allSections.map(\.id)
        }
        #expect(try ids(decomposed) == ids(composed))
        #expect(try ids(composed).contains { $0.contains("vasteras") })
        // The Ångström sign is Å too.
        #expect(TextSafety.nfc("\u{212B}") == "Å")
        #expect(TextSafety.nfc("Ett – stycke “citat” • 5 € → ›") == "Ett – stycke “citat” • 5 € → ›")
    }

    @Test func onlyHTTPMailTelAndRelativeAddressesAreAllowedInDataFiles() {
        for good in ["https://www.af.se/", "http://x.se", "mailto:a@b.se", "tel:+4610", "/om/", "om.html", "#a", "a/b:c"] {
            #expect(TextSafety.isAllowedURL(good), "\(good)")
        }
        for bad in ["javascript:alert(1)", "JaVaScRiPt:x", " java\tscript:x", "data:text/html,x", "vbscript:x", "file:///etc",
                    "ftp://x", "java\u{0A}script:x"] {
            #expect(!TextSafety.isAllowedURL(bad), "\(bad)")
        }
    }

    @Test func aScriptAddressInSiteYMLIsAnErrorAtItsLine() throws {
        let read = SiteConfigReader.read("title: Planer\ncontact:\n  url: \"javascript:alert(1)\"\n", file: "content/site.yml")
        #expect(read.value == nil)
        let error = try #require(read.diagnostics.first)
        #expect(error.location.line == 3)
        #expect(error.message.contains("contact.url"))
    }

    @Test func moreBracketsThanTheLimitAreRefusedBeforeCmarkSeesThem() throws {
        let body = "## Mål: Arbete\n\nTema: arbete\n\n" + String(repeating: "![[]()", count: InputLimit.brackets.maximum / 2 + 1) + "\n"
        let found = Self.diagnostics(Self.plan(body: body))
        #expect(found.count == 1)
        let error = try #require(found.first)
        #expect(error.location.line == 12)
        #expect(error.message.contains("20 000"))
    }

    @Test func moreHeadingsThanTheLimitAreRefusedAtTheFirstOnePast() throws {
        let body = "## Mål: Arbete\n\nTema: arbete\n\n" + String(repeating: "### a\n", count: InputLimit.headings.maximum)
        let found = Self.diagnostics(Self.plan(body: body))
        #expect(found.count == 1)
        // "## Mål" on line 8 is the first heading, so the one past the limit is the last "### a".
        #expect(found.first?.location.line == 11 + InputLimit.headings.maximum)
        #expect(found.first?.message.contains("5 000 rubriker") == true)
    }

    @Test func aTableRowWiderThanTheLimitIsRefused() throws {
        let row = "|" + String(repeating: " x |", count: InputLimit.columns.maximum) + "\n"
        let found = Self.diagnostics(Self.plan(body: "## Mål: Arbete\n\nTema: arbete\n\n" + row))
        #expect(found.first?.location.line == 12)
        #expect(found.first?.message.contains("500 kolumner") == true)
    }

    @Test(arguments: ["1000–9999", "1899–1900", "2100–2101", "1066"])
    func aPeriodOutsideThePossibleYearsIsAnErrorAtItsLine(period: String) throws {
        let text = Self.plan().replacingOccurrences(of: "period: 2020–2022", with: "period: \(period)")
        let error = try #require(Self.diagnostics(text).errors.first)
        #expect(error.location.line == 5)
        #expect(error.message.contains("1900–2100"))
    }

    @Test func moreAtSignsThanTheLimitAreRefused() throws {
        let body = "## Mål: Arbete\n\nTema: arbete\n\n" + String(repeating: "a@b.", count: InputLimit.atSigns.maximum + 1) + "\n"
        let found = Self.diagnostics(Self.plan(body: body))
        #expect(found.count == 1)
        #expect(found.first?.location.line == 12)
    }

    @Test(arguments: ["> ", ">", "- ", "* ", "1. ", "- > "])
    func aLineNestingDeeperThanTheLimitIsRefused(marker: String) throws {
        let line = String(repeating: marker, count: InputLimit.nesting.maximum + 1) + "text\n"
        let found = Self.diagnostics(Self.plan(body: "## Mål: Arbete\n\nTema: arbete\n\n" + line))
        #expect(found.first?.location.line == 12)
        #expect(found.first?.message.contains("citat- eller listtecken") == true)
    }

    @Test func longRulesAndDashesAreNoNesting() {
        let body = "## Mål: Arbete\n\nTema: arbete\n\nText\n" + String(repeating: "-", count: 400) + "\n\n"
            + String(repeating: "*", count: 300) + "\n"
        #expect(!Self.diagnostics(Self.plan(body: body)).contains { $0.message.contains("listtecken") })
    }
}
