import PlanModel

/// The plan's facts from its front matter, checked.
struct PlanHeader {
    var title: String
    var titleEnglish: String?
    var subtitle: String?
    var kind: PlanKind
    var publisher: String
    var period: Period
    var adopted: PartialDate?
    var reference: String?
    var summary: String?
    var isDraft: Bool
    var colophon: [String]
    var language: String
    var implements: PlanLink?
    var replaces: PlanLink?

    /// Reads and checks the fields; `value` is nil when a required field is missing or wrong.
    static func make(
        frontMatter: FrontMatter, file: String, countySlug: String, diagnostics: inout [Diagnostic]
    ) -> PlanHeader? {
        guard !frontMatter.isUnreadable else { return nil }
        for name in frontMatter.order where !PlanParser.knownPlanFields.contains(name) {
            diagnostics.append(Diagnostic(.warning, at: frontMatter.location(of: name, orFile: file),
                Messages.unknownField(name), hint: Messages.unknownFieldHint(PlanParser.knownPlanFields)))
        }
        func required(_ name: String, example: String) -> String? {
            if let value = frontMatter.string(name, diagnostics: &diagnostics) { return value }
            if let value = frontMatter.fields[name] {
                if case .scalar = value.node {
                    diagnostics.append(Diagnostic(.error, at: value.location,
                        Messages.emptyFrontMatterField(name), hint: Messages.missingFieldHint(name, example: example)))
                }
            } else {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                    Messages.missingField(name), hint: Messages.missingFieldHint(name, example: example)))
            }
            return nil
        }
        let title = required("title", example: "Handlingsplan för integration 2015–2017")
        let kindText = required("kind", example: "handlingsplan")
        let publisher = required("publisher", example: "Länsstyrelsen Västernorrland")
        let periodText = required("period", example: "2015–2017")

        var kind: PlanKind?
        if let kindText {
            kind = Vocabulary.kindsByWord[kindText.lowercased()]
            if kind == nil {
                diagnostics.append(Diagnostic(.error, at: frontMatter.location(of: "kind", orFile: file),
                    Messages.unknownKind(kindText), hint: Messages.unknownKindHint))
            }
        }
        var period: Period?
        if let periodText {
            period = readPeriod(periodText, at: frontMatter.location(of: "period", orFile: file),
                                diagnostics: &diagnostics)
        }
        var adopted: PartialDate?
        if let text = frontMatter.string("adopted", diagnostics: &diagnostics) {
            adopted = readDate(text)
            if adopted == nil {
                diagnostics.append(Diagnostic(.error, at: frontMatter.location(of: "adopted", orFile: file),
                    Messages.badDate(text), hint: Messages.badDateHint))
            }
        }
        if let county = frontMatter.string("county", diagnostics: &diagnostics), county != countySlug {
            diagnostics.append(Diagnostic(.error, at: frontMatter.location(of: "county", orFile: file),
                Messages.countyMismatch(county, countySlug), hint: Messages.countyMismatchHint))
        }
        let subtitle = frontMatter.string("subtitle", diagnostics: &diagnostics)
        let titleEnglish = frontMatter.string("titleEnglish", diagnostics: &diagnostics)
        let reference = frontMatter.string("reference", diagnostics: &diagnostics)
        let summary = frontMatter.string("summary", diagnostics: &diagnostics)
        let isDraft = frontMatter.bool("draft", diagnostics: &diagnostics) ?? false
        let colophon = frontMatter.strings("colophon", diagnostics: &diagnostics)
        let language = frontMatter.string("language", diagnostics: &diagnostics) ?? "sv"
        var implements: PlanLink?
        if let text = frontMatter.string("implements", diagnostics: &diagnostics) {
            let location = frontMatter.location(of: "implements", orFile: file)
            implements = PlanLink.parse(text, fromCounty: countySlug, at: location)
            if implements == nil {
                diagnostics.append(Diagnostic(.error, at: location, Messages.badImplements(text),
                                              hint: Messages.badImplementsHint))
            }
        }

        let replaces = readReplaces(frontMatter, file: file, countySlug: countySlug, diagnostics: &diagnostics)

        guard let title, let kind, let publisher, let period else { return nil }
        return PlanHeader(
            title: title, titleEnglish: titleEnglish, subtitle: subtitle, kind: kind, publisher: publisher, period: period,
            adopted: adopted, reference: reference, summary: summary, isDraft: isDraft,
            colophon: colophon, language: language, implements: implements, replaces: replaces)
    }

    /// `replaces:`, the earlier version's file in the same county (`.md` may be left out).
    /// Whether that plan exists, is replaced once only and no chain of versions goes round is the
    /// catalogue's to check, once every plan is known.
    static func readReplaces(_ frontMatter: FrontMatter, file: String, countySlug: String,
                             diagnostics: inout [Diagnostic]) -> PlanLink? {
        guard let text = frontMatter.string("replaces", diagnostics: &diagnostics) else { return nil }
        let location = frontMatter.location(of: "replaces", orFile: file)
        let destination = text.hasSuffix(".md") ? text : text + ".md"
        guard let link = PlanLink.parse(destination, fromCounty: countySlug, at: location), link.anchor == nil else {
            diagnostics.append(Diagnostic(.error, at: location, Messages.badReplaces(text), hint: Messages.badReplacesHint))
            return nil
        }
        guard link.countySlug == countySlug else {
            diagnostics.append(Diagnostic(.error, at: location, Messages.replacesOtherCounty(text, link.countySlug),
                                          hint: Messages.replacesOtherCountyHint))
            return nil
        }
        return link
    }

    static func readPeriod(_ text: String, at location: SourceLocation, diagnostics: inout [Diagnostic]) -> Period? {
        let parts = text.split(whereSeparator: { "-–—/".contains($0) || $0 == " " }).filter { !$0.isEmpty }
        let years = parts.compactMap { Int($0) }.filter { (1000...9999).contains($0) }
        guard years.count == parts.count, (1...2).contains(years.count) else {
            diagnostics.append(Diagnostic(.error, at: location, Messages.badPeriod(text), hint: Messages.badPeriodHint))
            return nil
        }
        let period = Period(first: years[0], last: years[years.count - 1])
        if period.last < period.first {
            diagnostics.append(Diagnostic(.error, at: location,
                Messages.periodBackwards(period.first, period.last), hint: Messages.periodBackwardsHint))
            return nil
        }
        guard Period.possibleYears.contains(period.first), Period.possibleYears.contains(period.last) else {
            diagnostics.append(Diagnostic(.error, at: location, Messages.periodOutOfRange(text), hint: Messages.badPeriodHint))
            return nil
        }
        return period
    }

    static func readDate(_ text: String) -> PartialDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        let numbers = parts.map { $0! }
        guard (1000...9999).contains(numbers[0]) else { return nil }
        if numbers.count > 1, !(1...12).contains(numbers[1]) { return nil }
        if numbers.count > 2, !(1...31).contains(numbers[2]) { return nil }
        return PartialDate(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
                           day: numbers.count > 2 ? numbers[2] : nil)
    }
}
