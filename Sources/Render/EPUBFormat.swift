import Foundation
import InterfaceText
import PlanModel
import Templates
import ViewModel
import ZIPFoundation

/// The plan as an EPUB 3 book that meets EPUB Accessibility 1.1 (WCAG 2.2 AA): a title page,
/// the navigation document, and one XHTML document per top-level section, in document order;
/// a plan with follow-up reports ends with a follow-up chapter (`EPUBFollowUpChapter`).
///
/// The documents come from the templates in `templates/EPUB/`, the words from `Strings.sv.format`.
/// The output is byte-identical for the same input: fixed dates everywhere (from `site.date`),
/// entries in a fixed order.
public enum EPUBFormat {
    /// `dcterms:modified` and the zip entries' dates when the site has no fixed date.
    public static let fallbackDate = "2000-01-01"

    static let packagePath = "EPUB/package.opf"

    /// `activities` are resolved from the plan when not given.
    public static func render(_ plan: Plan, county: County, site: SiteConfig, activities: PlanActivities? = nil,
                              t: Strings = .sv, versions: PlanVersionList? = nil) throws -> [UInt8] {
        let book = EPUBBook(plan: plan, county: county, site: site, activities: activities ?? PlanActivities(plan))
        var titlePage = book.titlePage
        if let versions {
            let (notice, lines) = versions.textLines(t)
            titlePage.versionNotice = notice.map(FormatXML.clean)
            titlePage.versions = lines.map(FormatXML.clean)
        }
        var files: [(path: String, text: String)] = [
            ("META-INF/container.xml", EPUBContainer(packagePath: packagePath).xml.text),
            (packagePath, book.package.xml(t).text),
            ("EPUB/\(EPUBBook.navHref)", book.navigation(t).xml(t).text),
            ("EPUB/\(EPUBBook.styleHref)", EPUBStylesheet.css),
            ("EPUB/\(EPUBBook.titleHref)", titlePage.xml(t).text),
        ]
        for index in book.chapters.indices {
            files.append(("EPUB/\(book.chapters[index].href)", book.chapter(index).xml(t).text))
        }
        if let followUp = book.followUpChapter(t) {
            files.append(("EPUB/\(EPUBFollowUpChapter.href)", followUp.xml(t).text))
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

/// One plan's book: its documents as the templates show them. Text is made fit for XML
/// (`FormatXML.clean`) and cmark's markup XHTML (`FormatXML.fragment`) here.
struct EPUBBook {
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
    let planLinkTargets: [String: String]
    let activities: PlanActivities
    let language: String
    let chapters: [Chapter]
    /// Section ids made valid and unique XML ids (a slug may start with a digit).
    let ids: FormatXMLIDs

    init(plan: Plan, county: County, site: SiteConfig, activities: PlanActivities) {
        self.plan = plan
        self.county = county
        self.site = site
        planLinkTargets = PlanLinkAddresses.targets(of: plan)
        self.activities = activities
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

    var package: EPUBPackage {
        let xhtml = "application/xhtml+xml"
        let manifest = [
            EPUBPackage.Item(id: "nav", href: Self.navHref, mediaType: xhtml, properties: "nav"),
            EPUBPackage.Item(id: "css", href: Self.styleHref, mediaType: "text/css"),
            EPUBPackage.Item(id: "titelsida", href: Self.titleHref, mediaType: xhtml),
        ] + chapters.map { EPUBPackage.Item(id: $0.manifestID, href: $0.href, mediaType: xhtml) }
            + (hasFollowUp ? [EPUBPackage.Item(id: EPUBFollowUpChapter.manifestID, href: EPUBFollowUpChapter.href,
                                               mediaType: xhtml)] : [])
        return EPUBPackage(
            identifier: FormatXML.clean("urn:planpress:\(plan.countySlug)/\(plan.slug)"),
            title: FormatXML.clean(plan.title),
            language: FormatXML.clean(language),
            publisher: FormatXML.clean(plan.publisher),
            date: plan.adopted?.description,
            description: plan.summary.map(FormatXML.clean),
            modified: "\(day)T00:00:00Z",
            certifiedBy: FormatXML.clean(site.publisher),
            manifest: manifest,
            spine: ["titelsida", "nav"] + chapters.map(\.manifestID) + (hasFollowUp ? [EPUBFollowUpChapter.manifestID] : []))
    }

    // MARK: Navigation document

    func navigation(_ t: Strings) -> EPUBNavigation {
        let followUpEntry = EPUBNavigation.Entry(href: EPUBFollowUpChapter.href, text: t.followUp.chapter, children: [])
        let titleEntry = EPUBNavigation.Entry(href: Self.titleHref, text: FormatXML.clean(plan.title), children: [])
        return EPUBNavigation(
            language: language,
            title: FormatXML.clean(plan.title),
            titlePageHref: Self.titleHref,
            bodyHref: chapters.first?.href ?? (hasFollowUp ? EPUBFollowUpChapter.href : nil),
            entries: [titleEntry] + chapters.map { tocEntry($0.section, href: $0.href, top: true) }
                + (hasFollowUp ? [followUpEntry] : []))
    }

    private func tocEntry(_ section: Section, href: String, top: Bool) -> EPUBNavigation.Entry {
        EPUBNavigation.Entry(
            href: top ? href : "\(href)#\(ids[section.id])",
            text: FormatXML.clean(SectionHeading.text(section)),
            children: section.children.map { tocEntry($0, href: href, top: false) })
    }

    // MARK: Title page

    var titlePage: EPUBTitlePage {
        EPUBTitlePage(
            language: language,
            title: FormatXML.clean(plan.title),
            subtitle: plan.subtitle.flatMap { $0.isEmpty ? nil : FormatXML.clean($0) },
            kind: plan.kind,
            county: FormatXML.clean(county.name),
            publisher: FormatXML.clean(plan.publisher),
            period: plan.period.description,
            adopted: plan.adopted?.description,
            reference: plan.reference.flatMap { $0.isEmpty ? nil : FormatXML.clean($0) },
            summary: plan.summary.flatMap { $0.isEmpty ? nil : FormatXML.clean($0) },
            colophon: plan.colophon.map(FormatXML.clean),
            blocks: blocks(plan.preamble, heading: plan.title))
    }

    // MARK: Chapters

    func chapter(_ index: Int) -> EPUBChapter {
        let section = chapters[index].section
        return EPUBChapter(
            language: language,
            documentTitle: FormatXML.clean("\(SectionHeading.text(section)) – \(plan.title)"),
            section: self.section(section, depth: 0))
    }

    private func section(_ section: Section, depth: Int) -> EPUBSection {
        EPUBSection(
            id: ids[section.id],
            headingID: ids[section.id + "-rubrik"],
            depth: depth,
            headingHTML: fragment(SectionHeading.html(section)),
            responsible: section.responsible?.statedText.map(FormatXML.clean),
            partners: section.partners?.statedText.map(FormatXML.clean),
            when: StatedText.of(section.when).map(FormatXML.clean),
            blocks: blocks(section.content, heading: SectionHeading.text(section)),
            children: section.children.map { self.section($0, depth: depth + 1) },
            blocksAfterChildren: blocks(section.contentAfterChildren ?? [], heading: SectionHeading.text(section)))
    }

    /// cmark's HTML as XHTML, with links to another plan's file leading to that plan's page on
    /// the published site (without a base URL, no link: the text stays).
    private func fragment(_ html: String) -> String {
        FormatXML.fragment(PlanLinkAddresses.rewrite(html, targets: planLinkTargets) { path in
            SiteAddress.canonical(base: site.baseURL, path: path)
        })
    }

    // MARK: Blocks

    private func blocks(_ content: [ContentBlock], heading: String) -> [EPUBBlock] {
        content.compactMap { block -> EPUBBlock? in
            switch block {
            case .prose(let prose):
                guard prose.shape != .rule || !prose.html.isEmpty else { return nil }
                return .prose(html: fragment(prose.html),
                              tableHeading: prose.shape == .table ? FormatXML.clean(heading) : nil)
            case .objective(let objective):
                return .objective(label: FormatXML.clean(objective.label), html: fragment(objective.html))
            case .activities(let table):
                return .activities(activityTable(table, heading: table.listHeading.map { "\($0): \(heading)" } ?? heading))
            case .glossary(let entries):
                return .glossary(entries.map {
                    EPUBGlossaryEntry(term: FormatXML.clean($0.term), html: fragment($0.definitionHTML))
                })
            case .signatories(let people):
                return .people(self.people(caption: heading, rows: people.map { ($0.name, $0.role, $0.organisation) }))
            case .participants(let people):
                return .people(self.people(caption: heading, rows: people.map { ($0.name, nil, $0.organisation) }))
            case .references(let references):
                return .references(html: references.map { fragment($0.html) })
            }
        }
    }

    /// The activities as `PlanActivities` resolved them: where an activity names no one, the
    /// area's responsible (marked as the area's), partners and time.
    private func activityTable(_ table: ActivityTable, heading: String) -> EPUBActivityTable {
        let resolved = table.activities.map { activities[$0] }
        let otherNames = ResolvedActivity.otherColumns(resolved)
        let rows = resolved.map { activity in
            let responsible: EPUBActivityTable.Responsible = switch activity.responsible {
            case let area? where area.isInherited: .area(FormatXML.clean(area.text))
            case let own?: .own(FormatXML.clean(own.text))
            case nil: .none
            }
            return EPUBActivityTable.Row(
                id: ids[activity.activity.id],
                number: activity.activity.number,
                html: fragment(activity.activity.html),
                responsible: responsible,
                partners: FormatXML.clean(activity.partners?.text ?? ""),
                when: FormatXML.clean(activity.when?.text ?? ""),
                others: otherNames.map { name in
                    activity.otherFields.first { $0.name == name }.map { fragment($0.html) } ?? ""
                },
                status: activity.status)
        }
        var table = EPUBActivityTable(
            heading: FormatXML.clean(heading),
            hasPartners: resolved.contains { $0.partners != nil },
            hasWhen: resolved.contains { $0.when != nil },
            otherHeadings: otherNames.map(FormatXML.clean),
            rows: rows)
        table.hasStatus = !plan.followUps.isEmpty
        return table
    }

    private func people(caption: String, rows: [(String, String?, String?)]) -> EPUBPeopleTable {
        func present(_ text: String?) -> Bool { !(text ?? "").isEmpty }
        return EPUBPeopleTable(
            caption: FormatXML.clean(caption),
            hasRole: rows.contains { present($0.1) },
            hasOrganisation: rows.contains { present($0.2) },
            rows: rows.map { EPUBPeopleTable.Row(name: FormatXML.clean($0.0), role: FormatXML.clean($0.1 ?? ""),
                                                 organisation: FormatXML.clean($0.2 ?? "")) })
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
