import Markdown
import PlanModel

/// What parsing one file gives: the value if it could be made, and every problem found.
public struct ParseResult<Value: Sendable>: Sendable {
    public var value: Value?
    public var diagnostics: [Diagnostic]

    public init(value: Value?, diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }
}

/// Reads plan and county files. Pure: text in, model and diagnostics out.
public enum PlanParser {
    static let knownPlanFields = [
        "title", "subtitle", "kind", "publisher", "period", "adopted", "reference", "summary",
        "draft", "colophon", "language", "county", "implements", "replaces", "titleEnglish",
    ]

    /// Parses a plan file. `file` is the path shown in messages; `countySlug` and `slug` come
    /// from the file's folder and name.
    public static func parsePlan(_ text: String, file: String, countySlug: String, slug: String) -> ParseResult<Plan> {
        var diagnostics: [Diagnostic] = []
        guard let frontMatter = FrontMatter.read(text, file: file, diagnostics: &diagnostics) else {
            return ParseResult(value: nil, diagnostics: diagnostics)
        }
        let header = PlanHeader.make(frontMatter: frontMatter, file: file, countySlug: countySlug,
                                diagnostics: &diagnostics)
        let document = MarkdownDocument(parsing: frontMatter.body, lineOffset: frontMatter.bodyLineOffset)
        if let over = overLimit(document, file: file) {
            return ParseResult(value: nil, diagnostics: diagnostics + [over])
        }
        if let deep = document.tooDeepAt {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: deep.line, column: deep.column),
                Messages.tooDeep, hint: Messages.tooDeepHint))
        }
        var builder = SectionBuilder(file: file)
        builder.read(document.blocks)
        diagnostics += builder.diagnostics
        let (preamble, sections) = builder.finish()

        guard let header else {
            return ParseResult(value: nil, diagnostics: diagnostics)
        }
        var plan = Plan(
            slug: slug, countySlug: countySlug, title: header.title, subtitle: header.subtitle,
            kind: header.kind, publisher: header.publisher, period: header.period, adopted: header.adopted,
            reference: header.reference, summary: header.summary, isDraft: header.isDraft,
            colophon: header.colophon, language: header.language, preamble: preamble,
            sections: sections, sourceFile: file, implements: header.implements, replaces: header.replaces,
            titleEnglish: header.titleEnglish)
        // Links to another plan's file are the catalogue's to check, once every plan is known.
        var pageLinks: [(destination: String, location: SourceLocation)] = []
        for link in builder.internalLinks {
            if let planLink = PlanLink.parse(link.destination, fromCounty: countySlug, at: link.location) {
                plan.planLinks.append(planLink)
            } else {
                pageLinks.append(link)
            }
        }
        diagnostics += LinkCheck.check(pageLinks, in: plan)
        if plan.areas.isEmpty {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                Messages.noAreas, hint: Messages.noAreasHint))
        }
        return ParseResult(value: diagnostics.hasErrors ? nil : plan, diagnostics: diagnostics)
    }

    /// Parses a county page (`_index.md`).
    public static func parseCounty(_ text: String, file: String, slug: String) -> ParseResult<County> {
        var diagnostics: [Diagnostic] = []
        guard let frontMatter = FrontMatter.read(text, file: file, diagnostics: &diagnostics) else {
            return ParseResult(value: nil, diagnostics: diagnostics)
        }
        guard let name = frontMatter.string("name", diagnostics: &diagnostics) else {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                Messages.missingCountyField, hint: Messages.missingCountyFieldHint))
            return ParseResult(value: nil, diagnostics: diagnostics)
        }
        let shortName = frontMatter.string("shortName", diagnostics: &diagnostics) ?? name
        let email = frontMatter.string("email", diagnostics: &diagnostics)
        if let email, !TextSafety.isEmailAddress(email) {
            diagnostics.append(Diagnostic(.error, at: frontMatter.location(of: "email", orFile: file),
                Messages.badEmail(email), hint: Messages.badEmailHint))
        }
        let language = frontMatter.string("language", diagnostics: &diagnostics)
        let spatial = frontMatter.string("spatial", diagnostics: &diagnostics)
        if let spatial, !TextSafety.isAbsoluteWebIRI(spatial) {
            diagnostics.append(Diagnostic(.error, at: frontMatter.location(of: "spatial", orFile: file),
                Messages.notAbsoluteIRI("spatial", spatial), hint: Messages.spatialHint))
        }
        let document = MarkdownDocument(parsing: frontMatter.body, lineOffset: frontMatter.bodyLineOffset)
        if let over = overLimit(document, file: file) {
            return ParseResult(value: nil, diagnostics: diagnostics + [over])
        }
        let county = County(
            slug: slug, name: name, shortName: shortName,
            descriptionHTML: document.blocks.map(\.html).joined(),
            descriptionText: document.blocks.map { block -> String in
                if case .paragraph(let p) = block { return p.plainText }
                return ""
            }.filter { !$0.isEmpty }.joined(separator: "\n\n"),
            email: email, spatial: spatial, language: language)
        return ParseResult(value: diagnostics.hasErrors ? nil : county, diagnostics: diagnostics)
    }

    /// The error for a text past one of the Markdown `InputLimit`s: it was not parsed.
    static func overLimit(_ document: MarkdownDocument, file: String) -> Diagnostic? {
        document.overLimit.map { over in
            Diagnostic(.error, at: SourceLocation(file: file, line: over.at.line, column: over.at.column),
                       Messages.overLimit(over.limit), hint: Messages.overLimitHint(over.limit))
        }
    }
}
