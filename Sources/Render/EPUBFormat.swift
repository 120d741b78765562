import Foundation
import Mustache
import PlanModel
import ZIPFoundation

/// The plan as an EPUB 3 book that meets EPUB Accessibility 1.1 (WCAG 2.2 AA): a title page,
/// the navigation document, and one XHTML document per top-level section, in document order.
///
/// The XHTML comes from the templates `templates/epub/*.mustache`, registered in the library as
/// `epub/package`, `epub/container`, `epub/nav`, `epub/toc-entry`, `epub/title`, `epub/chapter`,
/// `epub/section`, `epub/block` and `epub/style.css`. The output is byte-identical for the same
/// input: fixed dates everywhere (from `site.date`), entries in a fixed order.
public enum EPUBFormat {
    /// The templates the book needs, by the name they have in the library.
    public static let templateNames = [
        "epub/package", "epub/container", "epub/nav", "epub/toc-entry", "epub/title", "epub/chapter",
        "epub/section", "epub/block", "epub/style.css",
    ]

    /// `dcterms:modified` and the zip entries' dates when the site has no fixed date.
    public static let fallbackDate = "2000-01-01"

    static let packagePath = "EPUB/package.opf"

    /// Registers every `*.mustache` in `directory` (normally `templates/epub`) under `epub/<name>`,
    /// for callers (and tests) whose library does not hold them yet.
    public static func registerTemplates(from directory: String, into library: inout MustacheLibrary) throws {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".mustache") }.sorted()
        for file in names {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            try library.register(text, named: "epub/" + String(file.dropLast(".mustache".count)))
        }
    }

    public static func render(
        _ plan: Plan, county: County, site: SiteConfig, library: MustacheLibrary, strings: [String: String]
    ) throws -> [UInt8] {
        for name in templateNames where library.getTemplate(named: name) == nil {
            throw FormatError.missingTemplate(name)
        }
        let book = EPUBBook(plan: plan, county: county, site: site, words: FormatWords(strings: strings))
        var files: [(path: String, text: String)] = []
        func render(_ context: [String: Any], _ template: String) -> String {
            library.render(context, withTemplate: template) ?? ""
        }
        files.append(("META-INF/container.xml", render(["packagePath": packagePath], "epub/container")))
        files.append((packagePath, render(book.packageContext(), "epub/package")))
        files.append(("EPUB/\(EPUBBook.navHref)", render(book.navContext(), "epub/nav")))
        files.append(("EPUB/\(EPUBBook.styleHref)", render([String: Any](), "epub/style.css")))
        files.append(("EPUB/\(EPUBBook.titleHref)", render(book.titleContext(), "epub/title")))
        for (index, chapter) in book.chapters.enumerated() {
            files.append(("EPUB/\(chapter.href)", render(book.chapterContext(index), "epub/chapter")))
        }
        return try zip(files, date: book.zipDate)
    }

    /// The zip container: `mimetype` first and stored, everything else deflated, fixed dates.
    static func zip(_ files: [(path: String, text: String)], date: Date) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ data: Data, _ method: CompressionMethod) throws {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                permissions: 0o644, compressionMethod: method
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("mimetype", Data("application/epub+zip".utf8), .none)
        for file in files {
            try add(file.path, Data(file.text.utf8), .deflate)
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return [UInt8](data)
    }
}

/// Everything about one plan's book that the templates need.
private struct EPUBBook {
    static let navHref = "nav.xhtml"
    static let styleHref = "style.css"
    static let titleHref = "titelsida.xhtml"

    struct Chapter {
        var section: Section
        var href: String
        var manifestID: String
    }

    let plan: Plan
    let county: County
    let site: SiteConfig
    let words: FormatWords
    let language: String
    let chapters: [Chapter]
    /// Section ids made valid and unique XML ids (a slug may start with a digit).
    let ids: FormatXMLIDs

    init(plan: Plan, county: County, site: SiteConfig, words: FormatWords) {
        self.plan = plan
        self.county = county
        self.site = site
        self.words = words
        let language = plan.language.trimmingCharacters(in: .whitespaces)
        self.language = language.isEmpty ? "sv" : language
        self.chapters = plan.sections.enumerated().map { index, section in
            Chapter(section: section, href: "kapitel-\(index + 1).xhtml", manifestID: "kapitel-\(index + 1)")
        }
        var ids = FormatXMLIDs(reserved: ["titelsida", "plan-title", "colophon-heading", "toc", "toc-heading",
                                    "landmarks", "landmarks-heading"])
        for section in plan.allSections {
            _ = ids.id(for: section.id)
            _ = ids.id(for: section.id + "-rubrik")
        }
        for placed in plan.activities {
            _ = ids.id(for: placed.activity.id)
        }
        self.ids = ids
    }

    // MARK: Dates

    /// `YYYY-MM-DD` from the site's fixed date, else the fallback; never the clock.
    var day: String {
        if let date = site.date, let day = Self.isoDay(date) { return day }
        return EPUBFormat.fallbackDate
    }

    static func isoDay(_ text: String) -> String? {
        let prefix = String(text.trimmingCharacters(in: .whitespaces).prefix(10))
        let parts = prefix.split(separator: "-")
        guard prefix.count == 10, parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }),
              parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { return nil }
        return prefix
    }

    var zipDate: Date {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 0, minute: 0, second: 0)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 946_684_800)
    }

    // MARK: Package document

    func packageContext() -> [String: Any] {
        var manifest: [[String: Any]] = [
            item("nav", Self.navHref, "application/xhtml+xml", properties: "nav"),
            item("css", Self.styleHref, "text/css"),
            item("titelsida", Self.titleHref, "application/xhtml+xml"),
        ]
        manifest += chapters.map { item($0.manifestID, $0.href, "application/xhtml+xml") }
        let spine = ["titelsida", "nav"] + chapters.map(\.manifestID)
        return [
            "identifier": FormatXML.clean("urn:planpress:\(plan.countySlug)/\(plan.slug)"),
            "title": FormatXML.clean(plan.title),
            "language": FormatXML.clean(language),
            "publisher": FormatXML.clean(plan.publisher),
            "date": plan.adopted.map { $0.description } ?? false,
            "description": plan.summary.map(FormatXML.clean) ?? false,
            "modified": "\(day)T00:00:00Z",
            "accessibilitySummary": FormatXML.clean(words["format.accessibilitySummary"]),
            "certifiedBy": FormatXML.clean(site.publisher),
            "manifest": manifest,
            "spine": spine.map { ["idref": $0] },
        ]
    }

    private func item(_ id: String, _ href: String, _ mediaType: String, properties: String? = nil) -> [String: Any] {
        ["id": id, "href": href, "mediaType": mediaType, "properties": properties ?? false]
    }

    // MARK: Navigation document

    func navContext() -> [String: Any] {
        var entries: [[String: Any]] = [
            ["href": Self.titleHref, "text": FormatXML.clean(plan.title), "hasChildren": false, "children": [[String: Any]]()],
        ]
        for chapter in chapters {
            entries.append(tocEntry(chapter.section, href: chapter.href, top: true))
        }
        return [
            "language": language,
            "title": FormatXML.clean(plan.title),
            "contentsLabel": words["format.contents"],
            "landmarksLabel": words["format.landmarks"],
            "titlePageLabel": words["format.titlePage"],
            "bodyLabel": words["format.bodyStart"],
            "titleHref": Self.titleHref,
            "bodyHref": chapters.first.map(\.href) ?? false,
            "entries": entries,
        ]
    }

    private func tocEntry(_ section: Section, href: String, top: Bool) -> [String: Any] {
        let children = section.children.map { tocEntry($0, href: href, top: false) }
        return [
            "href": top ? href : "\(href)#\(ids[section.id])",
            "text": FormatXML.clean(FormatHeading.text(section)),
            "hasChildren": !children.isEmpty,
            "children": children,
        ]
    }

    // MARK: Title page

    func titleContext() -> [String: Any] {
        var facts: [[String: Any]] = [
            ["label": words["format.kind"], "text": words.kind(plan.kind)],
            ["label": words["format.county"], "text": FormatXML.clean(county.name)],
            ["label": words["format.publisher"], "text": FormatXML.clean(plan.publisher)],
            ["label": words["format.period"], "text": plan.period.description],
        ]
        if let adopted = plan.adopted {
            facts.append(["label": words["format.adopted"], "text": adopted.description])
        }
        if let reference = plan.reference, !reference.isEmpty {
            facts.append(["label": words["format.reference"], "text": FormatXML.clean(reference)])
        }
        return [
            "language": language,
            "title": FormatXML.clean(plan.title),
            "subtitle": plan.subtitle.flatMap { $0.isEmpty ? nil : FormatXML.clean($0) } ?? false,
            "facts": facts,
            "summary": plan.summary.flatMap { $0.isEmpty ? nil : FormatXML.clean($0) } ?? false,
            "summaryLabel": words["format.summary"],
            "hasColophon": !plan.colophon.isEmpty,
            "colophonLabel": words["format.colophon"],
            "colophon": plan.colophon.map(FormatXML.clean),
            "blocks": blocks(plan.preamble, path: [], heading: plan.title),
        ]
    }

    // MARK: Chapters

    func chapterContext(_ index: Int) -> [String: Any] {
        let section = chapters[index].section
        return [
            "language": language,
            "documentTitle": FormatXML.clean("\(FormatHeading.text(section)) – \(plan.title)"),
            "section": sectionContext(section, depth: 0, path: []),
        ]
    }

    private func sectionContext(_ section: Section, depth: Int, path: [Section]) -> [String: Any] {
        let here = path + [section]
        var fields: [[String: Any]] = []
        if let responsible = section.responsible?.formatNonEmptyText {
            fields.append(["label": words["format.responsible"], "text": FormatXML.clean(responsible)])
        }
        if let partners = section.partners?.formatNonEmptyText {
            fields.append(["label": words["format.partners"], "text": FormatXML.clean(partners)])
        }
        if let when = section.when, !when.isEmpty {
            fields.append(["label": words["format.when"], "text": FormatXML.clean(when)])
        }
        return [
            "id": ids[section.id],
            "headingID": ids[section.id + "-rubrik"],
            "isChapter": depth == 0,
            "level": min(depth + 1, 6),
            "headingHTML": headingHTML(section),
            "fields": fields,
            "blocks": blocks(section.content, path: here, heading: FormatHeading.text(section)),
            "children": section.children.map { sectionContext($0, depth: depth + 1, path: here) },
        ]
    }

    /// Areas keep their label (`Fokusområde: Boende`); special sections show their own title.
    private func headingHTML(_ section: Section) -> String {
        switch section.kind {
        case .glossary, .examples, .signatories, .participants, .references:
            if section.label != nil && !section.title.isEmpty { return FormatXML.escape(section.title) }
            return FormatXML.fragment(section.headingHTML)
        case .area, .prose, .example, .network:
            return FormatXML.fragment(section.headingHTML)
        }
    }

    // MARK: Blocks

    private static let blockFlags = ["isProse", "isObjective", "isActivities", "isGlossary", "isPeople", "isReferences"]

    private func block(_ flag: String, _ values: [String: Any]) -> [String: Any] {
        var context: [String: Any] = [:]
        for name in Self.blockFlags { context[name] = name == flag }
        return context.merging(values) { _, new in new }
    }

    private func blocks(_ content: [ContentBlock], path: [Section], heading: String) -> [[String: Any]] {
        content.compactMap { block -> [String: Any]? in
            switch block {
            case .prose(let prose):
                guard prose.shape != .rule || !prose.html.isEmpty else { return nil }
                var html = FormatXML.fragment(prose.html)
                if prose.shape == .table, let range = html.range(of: "<table>") {
                    let caption = "<caption>\(FormatXML.escape("\(words["format.table"]) – \(heading)"))</caption>"
                    html.replaceSubrange(range, with: "<table>\n\(caption)")
                }
                return self.block("isProse", ["html": html])
            case .objective(let objective):
                return self.block("isObjective", ["label": FormatXML.clean(objective.label), "html": FormatXML.fragment(objective.html)])
            case .activities(let table):
                return activities(table, path: path, heading: heading)
            case .glossary(let entries):
                return self.block("isGlossary", ["entries": entries.map {
                    ["term": FormatXML.clean($0.term), "html": FormatXML.fragment($0.definitionHTML)] as [String: Any]
                }])
            case .signatories(let people):
                return self.people(
                    caption: heading,
                    rows: people.map { ($0.name, $0.role, $0.organisation) })
            case .participants(let people):
                return self.people(
                    caption: heading,
                    rows: people.map { ($0.name, nil, $0.organisation) })
            case .references(let references):
                return self.block("isReferences", ["items": references.map { ["html": FormatXML.fragment($0.html)] as [String: Any] }])
            }
        }
    }

    private func activities(_ table: ActivityTable, path: [Section], heading: String) -> [String: Any] {
        let activities = table.activities
        let hasPartners = activities.contains { $0.partners?.formatNonEmptyText != nil }
        let hasWhen = activities.contains { !($0.when ?? "").isEmpty }
        var otherNames: [String] = []
        for activity in activities {
            for field in activity.otherFields where !otherNames.contains(field.name) {
                otherNames.append(field.name)
            }
        }
        let rows: [[String: Any]] = activities.map { activity in
            let responsible: String
            var note: Any = false
            switch FormatResponsibility(activity, path: path) {
            case .own(let text):
                responsible = text
            case .area(let text):
                responsible = text
                note = words["format.areaResponsible"]
            case .none:
                responsible = words["format.noResponsible"]
            }
            let others: [[String: Any]] = otherNames.map { name in
                ["html": activity.otherFields.first { $0.name == name }.map { FormatXML.fragment($0.html) } ?? ""]
            }
            return [
                "id": ids[activity.id],
                "number": activity.number,
                "html": FormatXML.fragment(activity.html),
                "responsible": FormatXML.clean(responsible),
                "responsibleNote": note,
                "partners": FormatXML.clean(activity.partners?.formatNonEmptyText ?? ""),
                "when": FormatXML.clean(activity.when ?? ""),
                "others": others,
            ]
        }
        return block("isActivities", [
            "caption": FormatXML.clean("\(words["format.activities"]) – \(heading)"),
            "numberHeading": words["format.number"],
            "activityHeading": words["format.activity"],
            "responsibleHeading": words["format.responsible"],
            "partnersHeading": words["format.partners"],
            "whenHeading": words["format.when"],
            "hasPartners": hasPartners,
            "hasWhen": hasWhen,
            "otherHeadings": otherNames.map(FormatXML.clean),
            "rows": rows,
        ])
    }

    private func people(caption: String, rows: [(String, String?, String?)]) -> [String: Any] {
        func present(_ text: String?) -> Bool { !(text ?? "").isEmpty }
        return block("isPeople", [
            "caption": FormatXML.clean(caption),
            "nameHeading": words["format.name"],
            "roleHeading": words["format.role"],
            "organisationHeading": words["format.organisation"],
            "hasRole": rows.contains { present($0.1) },
            "hasOrganisation": rows.contains { present($0.2) },
            "rows": rows.map { row -> [String: Any] in
                ["name": FormatXML.clean(row.0), "role": FormatXML.clean(row.1 ?? ""), "organisation": FormatXML.clean(row.2 ?? "")]
            },
        ])
    }
}

/// Section ids made valid XML ids (NCName: no leading digit, only letters, digits, `-`, `_`, `.`),
/// each unique in the book.
struct FormatXMLIDs {
    private var map: [String: String] = [:]
    private var names: UniqueNames

    init(reserved: Set<String>) {
        names = UniqueNames(reserved: reserved)
    }

    subscript(_ id: String) -> String { map[id] ?? Self.valid(id) }

    mutating func id(for original: String) -> String {
        if let known = map[original] { return known }
        let candidate = names.claim(Self.valid(original))
        map[original] = candidate
        return candidate
    }

    static func valid(_ id: String) -> String {
        // Most ids (`aktivitet-12`, `mal-1`) are valid already: a look at their bytes suffices.
        if let first = id.utf8.first, isLetter(first) || first == UInt8(ascii: "_"),
           id.utf8.allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }) {
            return id
        }
        var out = String(id.map { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "-" })
        if out.isEmpty { out = "avsnitt" }
        if let first = out.first, !((first.isASCII && first.isLetter) || first == "_") { out = "avsnitt-" + out }
        return out
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
