import Catalog
import Foundation
import PlanModel
import PlanParser
import Render
import Site
import Testing
import ViewModel

/// Shared fixtures for the HTML page tests: the repository's templates, a small plan that uses
/// every kind of block, and the five real plans in content/.
enum HTMLFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("templates").path
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func site(baseURL: String? = nil) -> SiteConfig {
        SiteConfig(
            title: "Regionala planer", publisher: "Testförlaget", baseURL: baseURL, language: "sv", date: "2026-01-02",
            contact: .init(email: "planer@example.se", phone: "010-000 00 00", address: "Box 1, 123 45 Staden"),
            accessibility: .init(
                compliance: "delvis", assessed: "2026-01-02", updated: "2026-01-03", method: "Självskattning.",
                knownProblems: ["Diagrammet saknar textalternativ."],
                exemptions: ["Gamla inskannade bilagor."],
                outsideScope: ["PDF-filer från före 2018."]))
    }

    static func renderer(baseURL: String? = nil) throws -> SiteRenderer {
        SiteRenderer(site: site(baseURL: baseURL))
    }

    static let county = County(slug: "testlan", name: "Testlands län", shortName: "Testland",
                               descriptionHTML: "<p>Planer i <em>Testlands</em> län.</p>\n",
                               descriptionText: "Planer i Testlands län.")

    /// A small plan that has every kind of section and block the model knows.
    static let planMarkdown = """
        ---
        title: Handlingsplan för test & prov
        subtitle: Med en undertitel
        kind: handlingsplan
        publisher: Länsstyrelsen Testland
        period: 2015–2017
        adopted: 2015-10
        reference: 851-2329-15
        summary: >-
          Aktiviteter som länets aktörer <gemensamt> prioriterar.
        colophon:
          - "Tryck: Länsstyrelsen Testland 2016"
          - "ISSN 0284-8813"
        ---

        Text före första rubriken, med en [länk](https://example.se/).

        ## Förord

        Ett förord med *betoning*.

        ## Mål: Ett värdigt boende

        Tema: bostad, arbete

        Syfte: Alla ska ha någonstans att bo.

        ### Fokusområde: Boende

        Ansvar: Länets kommuner

        Samverkansparter: Hyresgästföreningen, Migrationsverket

        När: 2016

        | Aktivitet | Ansvar | Samverkansparter | När | Kommentar |
        | --- | --- | --- | --- | --- |
        | Genomföra uppföljning av bostadsmarknadsenkäten. | Länsstyrelsen | Kommunerna | 2016 | Årligen |
        | Arrangera bostads- och bosättningsseminarier. | | | | |

        ### Aktiviteter

        - Ordna studiebesök för nyanlända.
        - Ta fram en vägledning om boende.

        ## Exempel: Bilaga 2 – Exempel

        ### Härjedalsmodellen

        Ett exempel på samverkan.

        ## Deltagare: Bilaga 1 – Nätverken

        ### Integrationsnätverket

        | Namn | Organisation |
        | --- | --- |
        | Jonne Norlin | Kramfors |
        | Elisabet Lassen | Sollefteå |

        ## Ordlista: Bilaga 3 – Ordlista

        | Term | Förklaring |
        | --- | --- |
        | ABE | Anläggningsboende, externt. |
        | Anknytning | Personer som flyttar till familjemedlem i Sverige. |

        ## Undertecknare

        | Namn | Roll | Organisation |
        | --- | --- | --- |
        | Hans Astorin | Landshövding | Länsstyrelsen Testland |
        | Peter Heidkamp | | Arbetsförmedlingen |

        ## Referenser

        - *Europa 2020*, en strategi.
        - Regional utvecklingsstrategi 2014–2030.

        """

    static func parsedPlan(draft: Bool = false) throws -> Plan {
        let result = PlanParser.parsePlan(planMarkdown, file: "content/testlan/testplan.md",
                                          countySlug: "testlan", slug: "testplan")
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics.map(\.description))")
        var plan = try #require(result.value)
        plan.isDraft = draft
        return plan
    }

    /// The alternate formats as `planFiles` hands them to the pages: each format with a file of
    /// a made-up size, in `OutputFormat.all`'s order.
    static func formats(for plan: Plan) -> [FormatFile] {
        let sizes = ["epub": 27_049, "text": 9_412, "csv": 640, "json": 176_400]
        return OutputFormat.all.map { format in
            FormatFile(format: format, file: OutputFile(path: format.address(of: plan),
                                                        bytes: [UInt8](repeating: 32, count: sizes[format.id]!)))
        }
    }

    /// The five real plans and their counties.
    static func realContent() throws -> (plans: [Plan], counties: [County]) {
        let content = repository.appendingPathComponent("content")
        let manager = FileManager.default
        var plans: [Plan] = []
        var counties: [County] = []
        for folder in try manager.contentsOfDirectory(atPath: content.path).sorted() {
            let url = content.appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            for name in try manager.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".md") {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                let file = "content/\(folder)/\(name)"
                if name == "_index.md" {
                    counties.append(try #require(PlanParser.parseCounty(text, file: file, slug: folder).value))
                } else {
                    plans.append(try #require(PlanParser.parsePlan(
                        text, file: file, countySlug: folder, slug: String(name.dropLast(3))).value))
                }
            }
        }
        return (plans, counties)
    }

    /// The real content as the site builder reads it, with the catalogue joined across counties.
    static func realSite() throws -> (content: LoadedContent, catalog: Catalog) {
        let options = BuildOptions(contentDirectory: repository.appendingPathComponent("content").path)
        let (content, report) = SiteBuilder.check(options)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.description))")
        return (content, try #require(content.catalog))
    }

    /// A catalogue of the fixture plan alone, with the real organisations and themes.
    static func fixtureCatalog(_ plan: Plan) throws -> Catalog {
        let content = repository.appendingPathComponent("content")
        let organisations = try String(contentsOf: content.appendingPathComponent("organisations.yml"), encoding: .utf8)
        let themes = try String(contentsOf: content.appendingPathComponent("themes.yml"), encoding: .utf8)
        let registry = OrganisationRegistry.load(organisations, file: "content/organisations.yml",
                                                 countySlugs: ["dalarna", "jamtland-harjedalen", "vasternorrland",
                                                               "vastmanland", county.slug]).registry
        let vocabulary = ThemeVocabulary.load(themes, file: "content/themes.yml").vocabulary
        return Catalog.build(plans: [plan], counties: [county], registry: registry, themes: vocabulary).0
    }

    static func text(_ file: OutputFile) -> String { String(decoding: file.bytes, as: UTF8.self) }

    static func page(_ files: [OutputFile], _ path: String) throws -> String {
        text(try #require(files.first { $0.path == path }, "no \(path) among \(files.map(\.path))"))
    }
}

/// Tiny HTML readers for assertions; the pages are our own, so simple patterns suffice.
enum HTMLScan {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    /// Every value of `attribute` in the page, in order.
    static func attributeValues(_ attribute: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        let marker = " \(attribute)=\""
        while let start = rest.range(of: marker) {
            guard let end = rest[start.upperBound...].firstIndex(of: "\"") else { break }
            values.append(String(rest[start.upperBound..<end]))
            rest = rest[end...]
        }
        return values
    }

    /// The levels of the page's headings, in order.
    static func headingLevels(in html: String) -> [Int] {
        var levels: [Int] = []
        var rest = html[...]
        while let start = rest.range(of: "<h") {
            let after = rest[start.upperBound...]
            if let digit = after.first, let level = digit.wholeNumberValue, (1...6).contains(level),
               after.dropFirst().first == ">" || after.dropFirst().first == " " {
                levels.append(level)
            }
            rest = after
        }
        return levels
    }

    /// The position of each needle, searched from the previous one on: nil when one is missing or out of order.
    static func inOrder(_ needles: [String], in html: String) -> (ok: Bool, missing: String?) {
        var index = html.startIndex
        for needle in needles {
            guard let range = html.range(of: needle, range: index..<html.endIndex) else {
                return (false, needle)
            }
            index = range.upperBound
        }
        return (true, nil)
    }
}
