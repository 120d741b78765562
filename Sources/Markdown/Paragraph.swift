public struct Paragraph: Sendable, Hashable {
    public var inlines: [Inline]
    public var position: SourcePosition
    /// `<p>…</p>` as cmark renders it.
    public var html: String
    /// The paragraph's content without the `<p>` element around it.
    public var inlineHTML: String

    public var plainText: String { inlines.plainText }
}

extension Paragraph {
    /// The paragraph cut before every line for which `startsPart` holds: `Ansvar: …` and
    /// `Samverkansparter: …` written on two lines with no blank line between them are two parts.
    /// A line is what stands between soft line breaks; the first line always starts a part. A
    /// paragraph whose break stands inside a link or an emphasis is one part: there a line is no
    /// whole part of the HTML.
    public func split(where startsPart: (Paragraph) -> Bool) -> [Paragraph] {
        let breaks = inlines.indices.filter { if case .softBreak = inlines[$0] { true } else { false } }
        guard !breaks.isEmpty else { return [self] }
        // cmark writes a soft break as a line feed, and nothing else in a paragraph's HTML is
        // one unless a break stands inside another element.
        let htmlLines = inlineHTML.split(separator: "\n", omittingEmptySubsequences: false)
        guard htmlLines.count == breaks.count + 1 else { return [self] }
        let starts = [0] + breaks.map { $0 + 1 }
        let ends = breaks + [inlines.count]
        func part(_ lines: ClosedRange<Int>) -> Paragraph {
            let parts = Array(inlines[starts[lines.lowerBound]..<ends[lines.upperBound]])
            let inner = htmlLines[lines].joined(separator: "\n")
            return Paragraph(inlines: parts, position: parts.first?.position ?? position,
                             html: "<p>\(inner)</p>\n", inlineHTML: inner)
        }
        var result: [Paragraph] = []
        var first = 0
        for line in 1..<starts.count where startsPart(part(line...line)) {
            result.append(part(first...(line - 1)))
            first = line
        }
        guard first > 0 else { return [self] }
        result.append(part(first...(starts.count - 1)))
        return result
    }
}
