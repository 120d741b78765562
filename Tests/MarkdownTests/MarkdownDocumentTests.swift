import Markdown
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func tableBecomesRowsAndCellsWithPositions() throws {
        let document = MarkdownDocument(parsing: """
            Intro

            | Aktivitet | Ansvar |
            | --- | --- |
            | Bygga *bostäder* | Länsstyrelsen |
            """)
        #expect(document.blocks.count == 2)
        guard case .table(let table) = document.blocks[1] else {
            Issue.record("expected a table, got \(document.blocks[1])")
            return
        }
        #expect(table.position == SourcePosition(line: 3, column: 1))
        #expect(table.header?.cells.map(\.plainText) == ["Aktivitet", "Ansvar"])
        let row = try #require(table.bodyRows.first)
        #expect(row.cells.map(\.plainText) == ["Bygga bostäder", "Länsstyrelsen"])
        #expect(row.cells[0].inlineHTML == "Bygga <em>bostäder</em>")
        #expect(row.cells[1].position.line == 5)
        #expect(table.html.contains("<table>") && table.html.contains("<th>Aktivitet</th>"))
    }

    @Test func lineOffsetIsAddedToEveryPosition() {
        let document = MarkdownDocument(parsing: "Text", lineOffset: 10)
        #expect(document.blocks.first?.position == SourcePosition(line: 11, column: 1))
    }

    @Test func nestedListsKeepTheirStructure() throws {
        let document = MarkdownDocument(parsing: """
            - ett
              - ett a
              - ett b
            - två
            """)
        guard case .list(let list) = document.blocks.first else {
            Issue.record("expected a list")
            return
        }
        #expect(list.items.count == 2)
        #expect(list.items[0].plainText == "ett")
        guard case .list(let nested) = list.items[0].blocks.last else {
            Issue.record("expected a nested list")
            return
        }
        #expect(nested.items.map(\.plainText) == ["ett a", "ett b"])
        #expect(nested.items[1].position == SourcePosition(line: 3, column: 3))
    }

    @Test func headingsCarryLevelAndInlineHTML() {
        let document = MarkdownDocument(parsing: "## Fokusområde: *Boende*")
        guard case .heading(let heading) = document.blocks.first else {
            Issue.record("expected a heading")
            return
        }
        #expect(heading.level == 2)
        #expect(heading.plainText == "Fokusområde: Boende")
        #expect(heading.inlineHTML == "Fokusområde: <em>Boende</em>")
    }

    @Test func extensionsAreAttached() {
        let html = MarkdownDocument(parsing: """
            ~~borta~~ och https://www.example.se

            - [x] klart
            """).blocks.map(\.html).joined()
        #expect(html.contains("<del>borta</del>"))
        #expect(html.contains("<a href=\"https://www.example.se\">https://www.example.se</a>"))
        #expect(html.contains("type=\"checkbox\""))
    }

    @Test func rawHTMLAndScriptLinksNeverReachTheOutput() {
        let document = MarkdownDocument(parsing: """
            <script>alert(1)</script>

            Text <iframe src="x"></iframe> och [klick](javascript:alert(1)).
            """)
        let html = document.blocks.map(\.html).joined()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("javascript:"))
        #expect(document.blocks.contains { if case .htmlBlock = $0 { true } else { false } })
    }

    @Test func taskListItemsKnowWhetherTheyAreChecked() {
        guard case .list(let list) = MarkdownDocument(parsing: "- [x] klart\n- [ ] kvar\n").blocks.first else {
            Issue.record("expected a list")
            return
        }
        #expect(list.items.map(\.isChecked) == [true, false])
    }

    @Test func tooDeepNestingIsReportedInsteadOfExhaustingTheStack() {
        // Deeper than the copy goes, within the markers one line may start with.
        let deep = String(repeating: "- ", count: 60) + "nivå"
        let document = MarkdownDocument(parsing: deep)
        #expect(document.tooDeepAt != nil)
        #expect(document.blocks.count == 1)
    }

    @Test func aLineOfTenThousandMarkersIsRefusedBeforeCmarkNestsThem() {
        let document = MarkdownDocument(parsing: String(repeating: "- ", count: 10_000) + "nivå")
        #expect(document.overLimit?.limit == .nesting)
        #expect(document.overLimit?.at == SourcePosition(line: 1, column: 202))
        #expect(document.blocks.isEmpty)
    }

    @Test func imagesKeepTheirAlternativeText() {
        let inlines = MarkdownDocument(parsing: "![Karta över länet](karta.png)").blocks.flatMap(\.allInlines)
        let images = inlines.compactMap { inline -> Image? in
            if case .image(let image) = inline { return image }
            return nil
        }
        #expect(images.map(\.children.plainText) == ["Karta över länet"])
        #expect(images.first?.source == "karta.png")
    }
}
