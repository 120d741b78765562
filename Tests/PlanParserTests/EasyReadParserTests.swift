import PlanModel
import PlanParser
import Testing

/// A lättläst file (docs/content-format.md, "Lättläst"): which plan it belongs to, the simple
/// prose it keeps, and what the editor is told about anything else.
@Suite struct EasyReadParserTests {
    static let file = "content/test/plan.lattlast.md"

    func parse(_ text: String) -> ParseResult<EasyRead> {
        EasyReadParser.parse(text, file: Self.file, countySlug: "test")
    }

    @Test func headingsParagraphsAndListsAreKeptInOrderWithTheirPlan() throws {
        let easyRead = try #require(parse("""
            ---
            lattlast: plan.md
            title: Om planen
            ---

            Det här är en text.

            ## Arbete

            - ordna praktik
            - ordna träffar

            ### Mer om arbete

            Fler ska få jobb.
            """).value)
        #expect(easyRead.planSlug == "plan")
        #expect(easyRead.countySlug == "test")
        #expect(easyRead.title == "Om planen")
        #expect(easyRead.pointer == SourceLocation(file: Self.file, line: 2, column: 11))
        #expect(easyRead.blocks.count == 5)
        guard case .heading(let heading) = easyRead.blocks[1], case .prose(let list) = easyRead.blocks[2],
              case .heading(let sub) = easyRead.blocks[3] else {
            Issue.record("unexpected blocks: \(easyRead.blocks)")
            return
        }
        #expect(heading == EasyRead.Heading(level: 2, text: "Arbete", id: "arbete"))
        #expect(list.shape == .list)
        #expect(list.textLines == ["– ordna praktik", "– ordna träffar"])
        #expect(sub.level == 3)
    }

    @Test func theNameOfThePlanMayBeWrittenWithoutMd() throws {
        let easyRead = try #require(parse("---\nlattlast: plan\n---\n\nText.\n").value)
        #expect(easyRead.planSlug == "plan")
    }

    @Test func aTableAndAQuoteAreLeftOutWithAWarningOnTheirLines() throws {
        let result = parse("""
            ---
            lattlast: plan.md
            ---

            Text.

            | A | B |
            | --- | --- |
            | 1 | 2 |

            > Ett citat.
            """)
        let easyRead = try #require(result.value)
        #expect(easyRead.blocks.count == 1)
        #expect(result.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(result.diagnostics.map(\.location.line) == [7, 11])
        #expect(result.diagnostics[0].message.contains("tabellen visas inte"))
        #expect(result.diagnostics[0].hint?.contains("lista") == true)
    }

    @Test func aLevelOneHeadingIsShownAsLevelTwoWithAWarning() throws {
        let result = parse("---\nlattlast: plan.md\n---\n\n# Rubrik\n\nText.\n")
        let easyRead = try #require(result.value)
        guard case .heading(let heading) = easyRead.blocks[0] else {
            Issue.record("no heading")
            return
        }
        #expect(heading.level == 2)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].location.line == 5)
    }

    @Test func withoutTheFieldThatNamesThePlanTheFileIsAnError() {
        let result = parse("---\ntitle: Om planen\n---\n\nText.\n")
        #expect(result.value == nil)
        #expect(result.diagnostics.hasErrors)
        #expect(result.diagnostics.errors.first?.message.contains("lattlast") == true)
    }

    @Test func aPlanInAnotherFolderIsAnErrorAtTheField() {
        let result = parse("---\nlattlast: ../dalarna/plan.md\n---\n\nText.\n")
        #expect(result.value == nil)
        let error = result.diagnostics.errors.first
        #expect(error?.location == SourceLocation(file: Self.file, line: 2, column: 11))
        #expect(error?.hint?.contains("samma") == true)
    }

    @Test func anEmptyTextIsAnError() {
        let result = parse("---\nlattlast: plan.md\n---\n")
        #expect(result.value == nil)
        #expect(result.diagnostics.errors.count == 1)
    }

    @Test func anUnknownFieldIsWarnedAbout() throws {
        let result = parse("---\nlattlast: plan.md\nsumary: x\n---\n\nText.\n")
        #expect(try #require(result.value).planSlug == "plan")
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics[0].location.line == 3)
    }
}
