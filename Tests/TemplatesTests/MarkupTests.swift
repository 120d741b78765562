import Templates
import Testing

/// What a template interpolates is escaped unless it is markup already.
@Suite struct MarkupTests {
    @Test func textIsEscapedByDefault() {
        let name = "Rådet för \"A & B\" <ny> 'kort'"
        let html: HTML = "<p title=\"\(name)\">\(name)</p>"
        #expect(html.text == "<p title=\"Rådet för &quot;A &amp; B&quot; &lt;ny&gt; &#39;kort&#39;\">Rådet för &quot;A &amp; B&quot; &lt;ny&gt; &#39;kort&#39;</p>")
    }

    /// Templates escape straight into the page (`MarkupEscape.append`): the bytes must be those
    /// of replacing the five characters scalar by scalar, whatever stands next to them.
    @Test func escapingIntoThePageGivesTheSameBytesAsEscapingScalarByScalar() {
        let samples = ["", "plain", "&", "a&b<c>d\"e'f", "<<>>", "Länsstyrelsen & Region Jämtland Härjedalen",
                       "e\u{301}&x", "&\u{301}<\u{308}", "🇸🇪<🇸🇪>'", "\r\n&\r\n", String(repeating: "å&<", count: 40)]
        for sample in samples {
            var page = "före: "
            MarkupEscape.append(sample, to: &page)
            #expect(Array(page.utf8) == Array(("före: " + escapedScalarByScalar(sample)).utf8), "\(sample)")
            #expect(Array(MarkupEscape.text(sample).utf8) == Array(escapedScalarByScalar(sample).utf8))
            let html: HTML = "<p>\(sample)</p>"
            #expect(Array(html.text.utf8) == Array(("<p>" + escapedScalarByScalar(sample) + "</p>").utf8))
        }
    }

    private func escapedScalarByScalar(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&#39;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    @Test func markupIsPlacedAsItIs() {
        let cell: HTML = "<td>\("a<b")</td>"
        let row: HTML = "<tr>\(cell)</tr>"
        #expect(row.text == "<tr><td>a&lt;b</td></tr>")
        #expect(HTML.trusted("<em>SFI</em>").text == "<em>SFI</em>")
    }

    @Test func optionalPartsListsAndConditions() {
        let absent: HTML? = nil
        let items: [HTML] = ["<li>1</li>", "<li>2</li>"]
        let html: HTML = "<ul>\(items)</ul>\(absent)\(if: true, "<p>ja</p>")\(if: false, "<p>nej</p>")\(3)"
        #expect(html.text == "<ul><li>1</li><li>2</li></ul><p>ja</p>3")
        #expect(HTML.joined(items, separator: "\n").text == "<li>1</li>\n<li>2</li>")
        #expect(HTML.empty.isEmpty)
    }

    @Test func xmlEscapesTheSameWay() {
        let title = "Plan & <strategi>"
        let xml: XML = "<title>\(title)</title>"
        #expect(xml.text == "<title>Plan &amp; &lt;strategi&gt;</title>")
    }

    @Test func theBuiltInAssetsAreCompiledIn() {
        let paths = BuiltInAssets.files.map(\.path)
        #expect(paths == ["assets/aktiviteter.js", "assets/sok.js", "assets/style.css"])
        #expect(BuiltInAssets.stylesheet.contains(".site-title"))
    }
}
