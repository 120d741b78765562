import InterfaceText
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import InterfaceText
import PlanModel
import PlanParser
@testable import Render
import Testing
import ZIPFoundation

/// The five real plans, loaded once, and what the format renderers need besides.
enum FormatFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = root.appendingPathComponent("content")

    struct Loaded: Sendable {
        var plans: [Plan]
        var counties: [County]
        var site: SiteConfig
    }

    static let loaded: Result<Loaded, Error> = Result { try load() }

    static func get() throws -> Loaded { try loaded.get() }

    private static func load() throws -> Loaded {
        let fm = FileManager.default
        var plans: [Plan] = []
        var counties: [County] = []
        for county in try fm.contentsOfDirectory(atPath: content.path).sorted() {
            let folder = content.appendingPathComponent(county)
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            let index = try String(contentsOf: folder.appendingPathComponent("_index.md"), encoding: .utf8)
            let parsedCounty = PlanParser.parseCounty(index, file: "content/\(county)/_index.md", slug: county)
            counties.append(try parsedCounty.value.orThrow("content/\(county)/_index.md"))
            for file in try fm.contentsOfDirectory(atPath: folder.path).sorted()
            where file.hasSuffix(".md") && file != "_index.md" {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let slug = String(file.dropLast(3))
                let parsed = PlanParser.parsePlan(text, file: "content/\(county)/\(file)", countySlug: county, slug: slug)
                plans.append(try parsed.value.orThrow("content/\(county)/\(file)"))
            }
        }
        let siteText = try String(contentsOf: content.appendingPathComponent("site.yml"), encoding: .utf8)
        let site = try SiteConfigReader.read(siteText, file: "content/site.yml").value.orThrow("content/site.yml")
        return Loaded(plans: plans, counties: counties, site: site)
    }

    static let vasternorrland = "handlingsplan-integration-och-etablering-2015-2017"

    static func plan(_ slug: String) throws -> (Plan, County) {
        let loaded = try get()
        let plan = try #require(loaded.plans.first { $0.slug == slug })
        return (plan, try #require(loaded.counties.first { $0.slug == plan.countySlug }))
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
}

extension Optional {
    func orThrow(_ what: String) throws -> Wrapped {
        guard let value = self else { throw FixtureError(description: "cannot read \(what)") }
        return value
    }
}

// MARK: - Plain text

@Suite struct TextFormatTests {
    static let markup: Set<Character> = ["*", "|", "#", "<", ">", "`", "[", "]", "\r", "\t"]

    @Test func everyPlanHasShortLinesAndNoMarkup() throws {
        let loaded = try FormatFixtures.get()
        #expect(loaded.plans.count == 5)
        for plan in loaded.plans {
            let county = loaded.counties.first { $0.slug == plan.countySlug }!
            let text = TextFormat.render(plan, county: county)
            #expect(!text.hasPrefix("\u{FEFF}"))
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // Longer only when it is one word that fits nowhere (a long address).
                #expect(line.count <= 72 || !line.contains(" "), "\(plan.slug):\(number + 1): \(line.count) columns")
                #expect(!line.contains(where: Self.markup.contains), "\(plan.slug):\(number + 1): markup in \(line)")
                #expect(line.last != " ", "\(plan.slug):\(number + 1): trailing space")
            }
        }
    }

    @Test func titleAndFactsComeFirst() throws {
        let (plan, county) = try FormatFixtures.plan(FormatFixtures.vasternorrland)
        let text = TextFormat.render(plan, county: county)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Handlingsplan Integration och etablering")
        #expect(lines[1] == String(repeating: "=", count: lines[0].count))
        let facts = Array(lines[3...8])
        #expect(facts == [
            "Typ: Handlingsplan", "Län: Västernorrlands län", "Utgivare: Länsstyrelsen Västernorrland",
            "Period: 2015–2017", "Diarienummer: 851-2329-15", "",
        ])
        #expect(text.contains("Tryck: Länsstyrelsen Västernorrland, Härnösand 2016"))
        // Numbered, underlined headings: level 2 with =, deeper with -.
        let preface = try #require(lines.firstIndex(of: "1. Förord"))
        #expect(lines[preface + 1] == "=========")
        let housing = try #require(lines.firstIndex(of: "9.1. Fokusområde: Boende"))
        #expect(lines[housing + 1] == String(repeating: "-", count: lines[housing].count))
        #expect(lines[housing + 2] == "")
        #expect(lines[housing + 3] == "Ansvar: Länets kommuner")
        // Glossary as "Term: definition".
        #expect(lines.contains { $0.hasPrefix("SFI: Svenska för invandrare") })
    }

    @Test func everyActivityStandsWithItsResponsibleOnItsOwnLine() throws {
        let (plan, county) = try FormatFixtures.plan(FormatFixtures.vasternorrland)
        let text = TextFormat.render(plan, county: county)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(plan.activities.count == 54)
        for placed in plan.activities {
            let activity = placed.activity
            let start = try #require(lines.firstIndex { $0.hasPrefix("Aktivitet \(activity.number): ") },
                                     "no line for activity \(activity.number)")
            let block = lines[start...].prefix { !$0.isEmpty }
            let responsible = try #require(block.first { $0.hasPrefix("  Ansvar: ") })
            if let own = activity.responsible?.text, !own.isEmpty {
                #expect(responsible == "  Ansvar: \(own)")
            } else {
                let areas = placed.path.reversed().compactMap { $0.responsible?.text }
                let area = try #require(areas.first)
                #expect(responsible == "  Ansvar: \(area) (områdets ansvar)")
            }
        }
        #expect(lines.contains("Aktivitet 3: Genomföra uppföljning av bostadsmarknadsenkäten."))
        #expect(lines.contains("  Ansvar: Länets kommuner (områdets ansvar)"))
    }

    @Test func activitiesWithoutAnyResponsibleSaySo() throws {
        let (plan, county) = try FormatFixtures.plan("regional-strategi-okad-inflyttning-och-forbattrad-integration-2015-2020")
        let text = TextFormat.render(plan, county: county)
        #expect(text.contains("Aktivitet 1: Barn och ungdomar integreras tidigt i sin ordinarie klass.\n  Ansvar: inte angivet i planen\n"))
        #expect(text.contains("  När: Kontinuerligt"))
        // A footnote line marked "*)" in the original.
        let (plan2016, county2016) = try FormatFixtures.plan("handlingsplan-2016")
        let text2016 = TextFormat.render(plan2016, county: county2016)
        #expect(text2016.contains("\nNot: Följer de målområden som finns i integrationsstrategin för Jämtland\n"))
    }

    @Test func wrappingCountsCharactersAndNeverBreaksAWord() {
        let word = String(repeating: "å", count: 10)
        let text = Array(repeating: word, count: 20).joined(separator: " ")
        let lines = FormatWrap.lines(text, width: 72)
        // Six ten-letter words and five spaces make 65 characters (but 125 bytes).
        #expect(lines.first?.count == 65)
        #expect(lines.allSatisfy { $0.count <= 72 && $0.split(separator: " ").allSatisfy { $0 == word[...] } })
        let long = String(repeating: "x", count: 80)
        #expect(FormatWrap.lines("kort \(long) kort", width: 72, first: "  ", rest: "    ") == ["  kort", long, "    kort"])
        #expect(FormatWrap.lines("Aktivitet 1: en två", width: 12, rest: "  ") == ["Aktivitet 1:", "  en två"])
        // A word too long for the first line leaves the first indent behind, by bytes (plain
        // text) and by characters (text with a combining mark) alike.
        for word in ["kort", "ko\u{301}rt"] {
            #expect(FormatWrap.lines("\(long) \(word)\n\nsista", width: 72, first: "- ", rest: "  ")
                    == [long, "  \(word)", "  sista"])
        }
        #expect(FormatWrap.lines("", width: 72).isEmpty && FormatWrap.lines(" \t ", width: 72).isEmpty)
    }

    /// Text with a combining mark is wrapped character by character, other text scalar by
    /// scalar; both break at the same places, counting "ó" written as o + U+0301 as one character.
    @Test func combiningMarksWrapLikePlainLetters() {
        let words = (1...60).map { "ord\($0)" }
        let plain = words.joined(separator: " ") + "\n" + words.reversed().joined(separator: "\t")
        let combining = plain.replacingOccurrences(of: "ord1 ", with: "o\u{301}rd1 ")
        let expected = FormatWrap.lines(plain, width: 40, first: "- ", rest: "  ")
            .map { $0.replacingOccurrences(of: "ord1 ", with: "o\u{301}rd1 ") }
        #expect(FormatWrap.lines(combining, width: 40, first: "- ", rest: "  ") == expected)
        #expect(expected.allSatisfy { $0.count <= 40 })
        #expect(expected.count > 10)
    }
}

// MARK: - EPUB

@Suite struct EPUBFormatTests {
    static func book(_ slug: String = FormatFixtures.vasternorrland) throws -> [UInt8] {
        let loaded = try FormatFixtures.get()
        let (plan, county) = try FormatFixtures.plan(slug)
        return try EPUBFormat.render(plan, county: county, site: loaded.site)
    }

    static func entries(_ bytes: [UInt8]) throws -> [(path: String, text: String)] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, String(decoding: data, as: UTF8.self))
        }
    }

    @Test func zipStartsWithAStoredMimetype() throws {
        let bytes = try Self.book()
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        let method = UInt16(bytes[8]) | UInt16(bytes[9]) << 8
        #expect(method == 0, "mimetype must be stored")
        let nameLength = Int(bytes[26]) | Int(bytes[27]) << 8
        let extraLength = Int(bytes[28]) | Int(bytes[29]) << 8
        #expect(nameLength == 8 && extraLength == 0)
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<58], as: UTF8.self) == "application/epub+zip")
        let names = try Self.entries(bytes).map(\.path)
        #expect(names.first == "mimetype")
        #expect(names.contains("META-INF/container.xml") && names.contains("EPUB/package.opf")
                && names.contains("EPUB/nav.xhtml") && names.contains("EPUB/style.css"))
    }

    @Test func packageHasTheAccessibilityMetadata() throws {
        let entries = try Self.entries(try Self.book())
        let opf = try #require(entries.first { $0.path == "EPUB/package.opf" }).text
        for expected in [
            "<dc:identifier id=\"pub-id\">urn:planpress:vasternorrland/\(FormatFixtures.vasternorrland)</dc:identifier>",
            "<dc:title>Handlingsplan Integration och etablering</dc:title>",
            "<dc:language>sv</dc:language>",
            "<dc:publisher>Länsstyrelsen Västernorrland</dc:publisher>",
            "<meta property=\"dcterms:modified\">2026-11-23T00:00:00Z</meta>",
            "<meta property=\"schema:accessMode\">textual</meta>",
            "<meta property=\"schema:accessModeSufficient\">textual</meta>",
            "<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>",
            "<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>",
            "<meta property=\"schema:accessibilityFeature\">readingOrder</meta>",
            "<meta property=\"schema:accessibilityHazard\">none</meta>",
            "<meta property=\"schema:accessibilitySummary\">Boken är en textversion",
            "<meta property=\"dcterms:conformsTo\" id=\"conf\">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>",
            "<meta property=\"a11y:certifiedBy\" refines=\"#conf\">PlanPress</meta>",
            "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>",
        ] {
            #expect(opf.contains(expected), "package.opf lacks \(expected)")
        }
        #expect(!opf.contains("linear=\"no\""))
        // The adopted date of a plan that has one.
        let dalarna = try Self.entries(try Self.book("vagen-in-2015-2020"))
        #expect(dalarna.first { $0.path == "EPUB/package.opf" }!.text.contains("<dc:date>2015-06-03</dc:date>"))
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let first = try Self.book()
        let second = try Self.book()
        #expect(first == second)
        #expect(first.count > 1000)
    }

    @Test func everyDocumentIsWellFormedAndInThePlansLanguage() throws {
        let loaded = try FormatFixtures.get()
        for plan in loaded.plans {
            let entries = try Self.entries(try Self.book(plan.slug))
            for entry in entries where entry.path.hasSuffix(".xhtml") || entry.path.hasSuffix(".opf") || entry.path.hasSuffix(".xml") {
                let parser = XMLParser(data: Data(entry.text.utf8))
                #expect(parser.parse(), "\(plan.slug) \(entry.path): \(String(describing: parser.parserError))")
                if entry.path.hasSuffix(".xhtml") {
                    #expect(entry.text.contains("xml:lang=\"sv\" lang=\"sv\""), "\(entry.path) has no language")
                    // No id may start with a digit (XML names), whatever the slug.
                    #expect(entry.text.range(of: #"id="[0-9]"#, options: .regularExpression) == nil, "\(entry.path)")
                    #expect(!entry.text.contains("<th>"), "\(entry.path): a header cell without scope")
                }
            }
            let chapters = entries.filter { $0.path.hasPrefix("EPUB/kapitel-") }
            #expect(chapters.count == plan.sections.count)
            #expect(chapters.allSatisfy { $0.text.contains("<section epub:type=\"chapter\" role=\"doc-chapter\"") })
        }
    }

    @Test func navigationListsTheChaptersInSpineOrder() throws {
        let (plan, _) = try FormatFixtures.plan(FormatFixtures.vasternorrland)
        let entries = try Self.entries(try Self.book())
        let nav = try #require(entries.first { $0.path == "EPUB/nav.xhtml" }).text
        #expect(nav.contains("<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\""))
        let opf = try #require(entries.first { $0.path == "EPUB/package.opf" }).text
        let spine = opf.components(separatedBy: "<itemref idref=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(spine.prefix(3) == ["titelsida", "nav", "kapitel-1"])
        #expect(spine.count == plan.sections.count + 2)
        // Top-level entries in the order of the chapters.
        var last = nav.startIndex
        for index in 1...plan.sections.count {
            let range = try #require(nav.range(of: "href=\"kapitel-\(index).xhtml\""))
            #expect(range.lowerBound > last)
            last = range.lowerBound
        }
        // A nested section whose slug starts with a digit gets a valid id, and the toc links to it.
        let vastmanland = try Self.entries(try Self.book("overenskommelse-flyktingintroduktion-2008-2014"))
        let vastmanlandNav = try #require(vastmanland.first { $0.path == "EPUB/nav.xhtml" }).text
        #expect(vastmanlandNav.contains("<a href=\"kapitel-2.xhtml#avsnitt-1-1-invandrare-i-vastmanland\">1.1 Invandrare i Västmanland</a>"))
        let chapter2 = try #require(vastmanland.first { $0.path == "EPUB/kapitel-2.xhtml" }).text
        #expect(chapter2.contains("<section id=\"avsnitt-1-1-invandrare-i-vastmanland\">"))
    }

    @Test func activityTablesHaveCaptionsScopesAndTheAreasResponsible() throws {
        let entries = try Self.entries(try Self.book())
        let chapter = try #require(entries.first { $0.text.contains("Fokusområde: Boende") && $0.path.hasPrefix("EPUB/kapitel-") }).text
        #expect(chapter.contains("<caption>Aktiviteter – Fokusområde: Boende</caption>"))
        #expect(chapter.contains("<th scope=\"col\">Ansvar</th>"))
        #expect(chapter.contains("<tr id=\"aktivitet-3\"><th scope=\"row\">3</th><td>Genomföra uppföljning av bostadsmarknadsenkäten.</td><td>Länsstyrelsen</td></tr>"))
        #expect(chapter.contains("<tr id=\"aktivitet-1\"><th scope=\"row\">1</th>"))
        #expect(chapter.contains("<td>Länets kommuner <span class=\"note\">(områdets ansvar)</span></td>"))
    }

    @Test func withoutASiteDateTheDateIsAFixedConstant() throws {
        var loaded = try FormatFixtures.get()
        loaded.site.date = nil
        let (plan, county) = try FormatFixtures.plan(FormatFixtures.vasternorrland)
        let bytes = try EPUBFormat.render(plan, county: county, site: loaded.site)
        let opf = try #require(try Self.entries(bytes).first { $0.path == "EPUB/package.opf" }).text
        #expect(opf.contains("<meta property=\"dcterms:modified\">\(EPUBFormat.fallbackDate)T00:00:00Z</meta>"))
        #expect(bytes == (try EPUBFormat.render(plan, county: county, site: loaded.site)))
    }

    @Test func xmlIDsAreValidAndUnique() {
        var ids = FormatXMLIDs(reserved: ["toc"])
        #expect(ids.id(for: "2020-har-nyanlanda") == "avsnitt-2020-har-nyanlanda")
        #expect(ids.id(for: "toc") == "toc-2")
        #expect(ids.id(for: "boende") == "boende")
        #expect(ids.id(for: "boende") == "boende")
        #expect(ids["2020-har-nyanlanda"] == "avsnitt-2020-har-nyanlanda")
        // Valid ids pass as they are; others are mended.
        for (id, valid) in [("aktivitet-12", "aktivitet-12"), ("_a.b", "_a.b"), ("mål", "m-l"), ("", "avsnitt"),
                            ("-x", "avsnitt--x"), ("a b", "a-b"), ("Z9", "Z9")] {
            #expect(FormatXMLIDs.valid(id) == valid, "\(id)")
        }
    }
}

// MARK: - JSON

@Suite struct JSONFormatTests {
    @Test func planJSONDecodesBackToTheSamePlan() throws {
        let loaded = try FormatFixtures.get()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for plan in loaded.plans {
            let county = loaded.counties.first { $0.slug == plan.countySlug }!
            let bytes = JSONFormat.render(plan, county: county)
            let decoded = try JSONDecoder().decode(Plan.self, from: Data(bytes))
            // Source files are named relative to the content folder, the same on every machine.
            let folder = try #require(JSONFormat.contentFolder(plan))
            #expect(folder == "content/")
            encoder.userInfo[SourceLocation.contentFolderKey] = folder
            var expected = plan
            expected.sourceFile = SourceLocation.relative(plan.sourceFile, to: folder)
            #expect(decoded.sourceFile == plan.countySlug + "/" + plan.slug + ".md")
            #expect(try encoder.encode(decoded) == encoder.encode(expected), "\(plan.slug) does not round-trip")
            #expect(!String(decoding: bytes, as: UTF8.self).contains("\"content/"))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            #expect(object["$schema"] as? String == "../../data/plan.schema.json")
            #expect(try JSONDecoder().decode(County.self, from: JSONSerialization.data(withJSONObject: object["county"]!)) == county)
        }
    }

    @Test func keysAreSortedSlashesNotEscapedAndNoWhiteSpace() throws {
        let (plan, county) = try FormatFixtures.plan("regional-strategi-okad-inflyttning-och-forbattrad-integration-2015-2020")
        let text = String(decoding: JSONFormat.render(plan, county: county), as: UTF8.self)
        let topKeys = Self.topLevelKeys(text)
        #expect(topKeys.first == "$schema")
        #expect(topKeys == topKeys.sorted())
        #expect(topKeys.contains("county") && topKeys.contains("sections"))
        #expect(text.contains("http://ec.europa.eu/ewsi/en/index.cfm"))
        #expect(!text.contains("\\/"))
        #expect(text.hasSuffix("}\n"))
        #expect(text.hasPrefix("{\"$schema\":"))
        #expect(!text.dropLast().contains("\n  "))
    }

    /// The keys of the outermost object, in the order they are written.
    static func topLevelKeys(_ json: String) -> [String] {
        var keys: [String] = [], depth = 0, inString = false, escaped = false, current = "", expectingKey = false
        for character in json {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" {
                    inString = false
                    if expectingKey { keys.append(current); expectingKey = false }
                    continue
                }
                current.append(character)
                continue
            }
            switch character {
            case "\"": inString = true; current = ""
            case "{", "[": depth += 1; expectingKey = character == "{" && depth == 1
            case "}", "]": depth -= 1
            case ",": expectingKey = depth == 1
            default: break
            }
        }
        return keys
    }

    @Test func allPlansInOneArrayInAFixedOrder() throws {
        let loaded = try FormatFixtures.get()
        let bytes = JSONFormat.renderAll(loaded.plans.reversed(), counties: loaded.counties)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]])
        #expect(array.count == 5)
        #expect(array.map { $0["countySlug"] as? String ?? "" } == array.map { $0["countySlug"] as? String ?? "" }.sorted())
        #expect(array.allSatisfy { $0["county"] is [String: Any] && $0["$schema"] == nil })
        #expect(bytes == JSONFormat.renderAll(loaded.plans, counties: loaded.counties))
    }

    @Test func everyPlanValidatesAgainstTheSchema() throws {
        let loaded = try FormatFixtures.get()
        let schema = try JSONValue.parse(Array(JSONFormat.schema.utf8))
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        let validator = MiniSchemaValidator(root: schema)
        for plan in loaded.plans {
            let county = loaded.counties.first { $0.slug == plan.countySlug }!
            let instance = try JSONValue.parse(JSONFormat.render(plan, county: county))
            let problems = validator.validate(instance, against: schema, at: "$")
            #expect(problems.isEmpty, "\(plan.slug): \(problems.prefix(5))")
        }
        let all = try JSONValue.parse(JSONFormat.renderAll(loaded.plans, counties: loaded.counties))
        #expect(validator.validate(all, against: .object(["$ref": .string("#/$defs/planList")]), at: "$").isEmpty)
        // And the validator does catch a plan that breaks the schema.
        guard case .object(var broken) = try JSONValue.parse(JSONFormat.render(loaded.plans[0], county: loaded.counties[0])) else {
            Issue.record("a plan's JSON is not an object"); return
        }
        broken["kind"] = .string("plan")
        broken["unknown"] = .number(1)
        #expect(validator.validate(.object(broken), against: schema, at: "$").count == 2)
    }
}

/// A JSON value, decoded strictly (a boolean is never a number).
indirect enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    static func parse(_ bytes: [UInt8]) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(bytes)) }

    subscript(_ key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var string: String? { if case .string(let s) = self { return s }; return nil }
    var number: Double? { if case .number(let n) = self { return n }; return nil }
}

/// Enough of JSON Schema 2020-12 for our hand-written schema: `$ref` (local), `type`,
/// `properties`, `required`, `additionalProperties: false`, `items`, `enum`, `const`, `oneOf`,
/// `minimum`, `maximum`, `minLength`, `pattern`. Python's `jsonschema` checks the same files by hand.
struct MiniSchemaValidator {
    let root: JSONValue

    func resolve(_ ref: String) -> JSONValue {
        var node = root
        for part in ref.dropFirst(2).split(separator: "/") {
            node = node[String(part)] ?? .object([:])
        }
        return node
    }

    func validate(_ value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        var problems: [String] = []
        if let ref = schema["$ref"]?.string {
            problems += validate(value, against: resolve(ref), at: path)
        }
        if let type = schema["type"]?.string, !Self.matches(value, type) {
            return problems + ["\(path): not \(type)"]
        }
        if case .array(let options)? = schema["enum"], !options.contains(value) {
            problems.append("\(path): \(value) not in enum")
        }
        if let constant = schema["const"], constant != value {
            problems.append("\(path): not \(constant)")
        }
        if case .array(let oneOf)? = schema["oneOf"] {
            let passing = oneOf.filter { validate(value, against: $0, at: path).isEmpty }.count
            if passing != 1 { problems.append("\(path): \(passing) of oneOf match") }
        }
        switch value {
        case .number(let number):
            if let minimum = schema["minimum"]?.number, number < minimum { problems.append("\(path): below minimum") }
            if let maximum = schema["maximum"]?.number, number > maximum { problems.append("\(path): above maximum") }
        case .string(let string):
            if let minLength = schema["minLength"]?.number, Double(string.count) < minLength { problems.append("\(path): too short") }
            if let pattern = schema["pattern"]?.string, string.range(of: pattern, options: .regularExpression) == nil {
                problems.append("\(path): does not match \(pattern)")
            }
        case .object(let object):
            if case .array(let required)? = schema["required"] {
                for key in required.compactMap(\.string) where object[key] == nil {
                    problems.append("\(path): \(key) missing")
                }
            }
            for (key, child) in object.sorted(by: { $0.key < $1.key }) {
                if let property = schema["properties"]?[key] {
                    problems += validate(child, against: property, at: "\(path).\(key)")
                } else if schema["additionalProperties"] == .bool(false) {
                    problems.append("\(path): unexpected \(key)")
                }
            }
        case .array(let array):
            if let items = schema["items"] {
                for (index, item) in array.enumerated() {
                    problems += validate(item, against: items, at: "\(path)[\(index)]")
                }
            }
        case .null, .bool:
            break
        }
        return problems
    }

    static func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("number", .number),
             ("null", .null):
            return true
        case ("integer", .number(let n)):
            return n == n.rounded()
        default:
            return false
        }
    }
}

// MARK: - CSV

@Suite struct CSVFormatTests {
    /// RFC 4180 records, for checking what we write.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append(c); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r" && scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        return records
    }

    @Test func oneRowPerActivityWithHeaderBOMAndCRLF() throws {
        let (plan, county) = try FormatFixtures.plan(FormatFixtures.vasternorrland)
        let text = CSVFormat.render(plan, county: county)
        let bytes = Array(text.utf8)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text.hasSuffix("\r\n"))
        let body = String(text.dropFirst())
        #expect(body.hasPrefix("län,plan,område,aktivitet,ansvar,samverkansparter,teman,planperiod,när,övrigt,status,statusdatum,statuskommentar\r\n"))
        // Every line end is CRLF (no bare LF outside quotes in this plan).
        let scalars = Array(body.unicodeScalars)
        #expect(!scalars.indices.contains { scalars[$0] == "\n" && ($0 == 0 || scalars[$0 - 1] != "\r") })
        let records = Self.parse(body)
        #expect(records.count == 55)
        #expect(records.allSatisfy { $0.count == 13 })
        let first = records[1]
        #expect(first == [
            "Västernorrlands län", "Handlingsplan Integration och etablering",
            "Mål: År 2020 har nyanlända invandrare ett värdigt boende i Västernorrland › Fokusområde: Boende",
            "Bidra till förutsättningar så att det byggs nya bostäder, att befintliga bestånd anpassas samt att nya bostadslösningar tas fram.",
            "Länets kommuner", "", "bostad", "2015–2017", "", "", "", "", "",
        ])
        #expect(records[3][4] == "Länsstyrelsen")
        #expect(records.dropFirst().allSatisfy { !$0[4].isEmpty })
        // A field with a comma is quoted.
        #expect(text.contains(",\"Bidra till förutsättningar så att det byggs nya bostäder, att befintliga bestånd anpassas samt att nya bostadslösningar tas fram.\","))
        #expect(text.contains(",\"Migrationsverket, Länets kommuner\","))
    }

    @Test func quotesAreDoubledAndLineBreaksQuoted() {
        #expect(CSVFormat.field("Ljusdalspiloten \"RÖK\"") == "\"Ljusdalspiloten \"\"RÖK\"\"\"")
        #expect(CSVFormat.field("rad ett\nrad två") == "\"rad ett\nrad två\"")
        #expect(CSVFormat.field("enkel") == "enkel")
        #expect(CSVFormat.record(["a,b", "c"]) == "\"a,b\",c\r\n")
    }

    @Test func cellsASpreadsheetWouldRunAsFormulasGetAQuoteInFrontButTheJSONKeepsThem() throws {
        let text = """
        ---
        title: "=HYPERLINK(\\"http://example.com\\")"
        kind: handlingsplan
        publisher: Länsstyrelsen
        period: 2020–2022
        ---

        ## Mål: Formler

        Tema: arbete

        | Aktivitet | Ansvar |
        | --- | --- |
        | +1 mer i veckan | @SUM(A1) |
        | -10 % | Kommunen |
        """
        let parsed = PlanParser.parsePlan(text, file: "content/testlan/formler.md", countySlug: "testlan", slug: "formler")
        let plan = try #require(parsed.value, "\(parsed.diagnostics)")
        let county = try #require(PlanParser.parseCounty("---\nname: Testlän\n---\n", file: "content/testlan/_index.md",
                                                         slug: "testlan").value)
        let records = Self.parse(String(CSVFormat.render(plan, county: county).dropFirst()))
        #expect(records[1][1] == "'=HYPERLINK(\"http://example.com\")")
        #expect(records[1][3] == "'+1 mer i veckan")
        #expect(records[1][4] == "'@SUM(A1)")
        #expect(records[2][3] == "'-10 %")
        #expect(CSVFormat.field("\tx") == "'\tx")
        #expect(CSVFormat.field("\r=1") == "\"'\r=1\"")
        #expect(CSVFormat.field("Ett - två") == "Ett - två")
        let json = String(decoding: JSONFormat.render(plan, county: county), as: UTF8.self)
        #expect(json.contains("\"+1 mer i veckan\""))
        #expect(json.contains("\"@SUM(A1)\""))
        #expect(!json.contains("'+1") && !json.contains("'@"))
    }

    @Test func allPlansInOneFileWithOneHeader() throws {
        let loaded = try FormatFixtures.get()
        let text = CSVFormat.renderAll(loaded.plans, counties: loaded.counties)
        let records = Self.parse(String(text.dropFirst()))
        #expect(records.count == 1 + loaded.plans.map(\.activities.count).reduce(0, +))
        #expect(records.filter { $0 == CSVFormat.columns }.count == 1)
        #expect(text == CSVFormat.renderAll(loaded.plans.reversed(), counties: loaded.counties))
        // Themes come from the nearest section on the path that has any.
        let strategy = records.filter { $0[1].hasPrefix("Regional strategi") }
        #expect(strategy.first?[6] == "utbildning")
        #expect(strategy.first?[2] == "Prioriterat område: Höjd utbildningsnivå")
    }
}

// MARK: - All formats of a plan

@Suite struct OutputFormatTests {
    @Test func everyFormatAtItsAddress() throws {
        let loaded = try FormatFixtures.get()
        let (plan, county) = try FormatFixtures.plan(FormatFixtures.vasternorrland)
        let input = FormatInput(plan: plan, county: county, site: loaded.site)
        let files = try OutputFormat.all.map { try $0.file(input) }
        let folder = "vasternorrland/\(FormatFixtures.vasternorrland)/"
        #expect(files.map(\.path) == ["epub", "txt", "csv", "json"].map { folder + FormatFixtures.vasternorrland + "." + $0 })
        #expect(files.allSatisfy { !$0.bytes.isEmpty })
    }

    @Test func formatsAreStartedLongestFirstAndListedInThePagesOrder() {
        #expect(OutputFormat.startOrder.map(\.id) == ["epub", "text", "json", "csv"])
        #expect(OutputFormat.all.map(\.id) == ["epub", "text", "csv", "json"])
        #expect(Set(OutputFormat.all.map(\.fileExtension)).count == OutputFormat.all.count)
        #expect(OutputFormat.all.map { $0.label(.sv).type } == ["EPUB", "TXT", "CSV", "JSON"])
    }
}
