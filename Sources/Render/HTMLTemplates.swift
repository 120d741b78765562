import Foundation
import Mustache
import PlanParser
import Yams

/// A problem with the templates folder, named by file, line and column so it can be fixed.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    /// The file as it was found: `templates/plan.mustache`.
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(file):\(line):\(column): fel: \(message)" }
}

/// Every `*.mustache` file under the templates folder, parsed once, registered under its path
/// without the extension (`base`, `partials/section`).
struct HTMLTemplates: Sendable {
    let library: MustacheLibrary
    let names: Set<String>

    init(directory: String, strings: HTMLStrings) throws {
        let root = URL(fileURLWithPath: directory)
        let files = try HTMLFiles.list(root, shownAs: directory, extension: "mustache")
        guard !files.isEmpty else {
            throw TemplateError(file: directory, line: 1, column: 1,
                message: "Mappen innehåller inga mallar (*.mustache). Ange mappen med mallarna, till exempel templates.")
        }
        _ = Self.escaper
        var library = MustacheLibrary()
        var names: Set<String> = []
        var sources: [(name: String, shown: String, text: String)] = []
        for file in files {
            let text = try HTMLFiles.readText(file.url, shown: file.shown)
            let name = String(file.relative.dropLast(".mustache".count))
            do {
                try library.register(Self.escaping + text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(file: file.shown, line: max(1, error.context.lineNumber - 1),
                    column: error.context.columnNumber,
                    message: "Mallen går inte att tolka: \(Self.explain(error.error)) Raden: \(error.context.line.trimmingCharacters(in: .whitespaces))")
            }
            names.insert(name)
            sources.append((name, file.shown, text))
        }
        for required in Self.required where !names.contains(required) {
            throw TemplateError(file: "\(directory)/\(required).mustache", line: 1, column: 1,
                message: "Mallen saknas; PlanPress behöver den för att bygga webbplatsen.")
        }
        for source in sources {
            try Self.checkReferences(source.text, file: source.shown, templates: names, strings: strings)
        }
        self.library = library
        self.names = names
    }

    /// Every template is read as if its first line were this pragma: `{{…}}` escapes with
    /// `MarkupEscape`, which works on bytes. Mustache's own escaper looks each character up in a
    /// dictionary, which was a seventh of a large site's build; it escapes the same five
    /// characters the same way. The line stands alone, so it adds nothing to the output.
    static let escaping = "{{% CONTENT_TYPE: HTML}}\n"

    /// `HTML` in the pragma means `MarkupEscape`, registered once before any template is read.
    private static let escaper: Void = MustacheContentTypes.register(MarkupContentType(), named: "HTML")

    /// The pages the renderer asks for by name.
    static let required = ["base", "plan", "home", "counties", "county", "accessibility", "notfound",
                           "organisations", "organisation-group", "organisation", "themes", "theme", "comparison",
                           "periods", "glossary", "activities", "search"]

    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Partials that do not exist and strings that the strings file lacks would render as nothing;
    /// they are refused here, with the place they are used.
    static func checkReferences(_ text: String, file: String, templates: Set<String>, strings: HTMLStrings) throws {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let tagStart = open.upperBound
                guard let close = rest[tagStart...].range(of: "}}") else { break }
                var tag = rest[tagStart..<close.lowerBound]
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                rest = rest[close.upperBound...]
                if tag.hasPrefix("{") || tag.hasPrefix("&") || tag.hasPrefix("#") || tag.hasPrefix("^") {
                    tag = tag.dropFirst()
                }
                let name = tag.trimmingCharacters(in: .whitespaces)
                if tag.hasPrefix(">") || tag.hasPrefix("<") {
                    let partial = name.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !templates.contains(partial) {
                        throw TemplateError(file: file, line: lineNumber, column: column,
                            message: "Mallen \"\(partial)\" finns inte (\(partial).mustache i mallmappen).")
                    }
                } else if name.hasPrefix("t.") {
                    let key = String(name.dropFirst(2))
                    if !strings.contains(key) {
                        throw TemplateError(file: file, line: lineNumber, column: column,
                            message: "Texten \"\(key)\" saknas i \(strings.file).")
                    }
                }
            }
        }
    }

    static func explain(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)." }
        switch error {
        case .sectionCloseNameIncorrect: return "{{/…}} stänger inte det avsnitt som öppnades senast."
        case .unfinishedName: return "en tagg är inte avslutad eller har ett namn med otillåtna tecken."
        case .expectedSectionEnd: return "ett avsnitt ({{#…}}, {{^…}}, {{$…}} eller {{<…}}) stängs aldrig."
        case .invalidSetDelimiter: return "fel form på {{=… …=}}."
        case .transformAppliedToInheritanceSection: return "ett block ({{$…}}) kan inte ha en transform."
        case .illegalTokenInsideInheritSection: return "inuti {{<…}} får bara block ({{$…}}) stå."
        case .textInsideInheritSection: return "inuti {{<…}} får bara block ({{$…}}) stå."
        case .invalidConfigVariableSyntax: return "fel form på {{%…}}."
        case .unrecognisedConfigVariable: return "okänd inställning i {{%…}}."
        }
    }
}

/// The interface texts, from `strings.sv.yml`: `{{t.menu.home}}` in a template. A text that holds
/// `{{…}}` is itself a small template, rendered with the page's data (its own words escaped).
struct HTMLStrings: Sendable, MustacheParent {
    enum Node: Sendable {
        case text(String)
        case template(MustacheTemplate)
        case list([String])
        case group(HTMLStrings)
    }

    let nodes: [String: Node]
    /// The strings file as named in messages.
    let file: String

    func child(named name: String) -> Any? {
        switch nodes[name] {
        case .text(let text): text
        case .template(let template): template
        case .list(let list): list
        case .group(let group): group
        case nil: nil
        }
    }

    private func node(_ path: String) -> Node? {
        var group = self
        let parts = path.split(separator: ".").map(String.init)
        for (index, part) in parts.enumerated() {
            guard let node = group.nodes[part] else { return nil }
            if index == parts.count - 1 { return node }
            guard case .group(let next) = node else { return nil }
            group = next
        }
        return nil
    }

    func contains(_ path: String) -> Bool { node(path) != nil }

    /// A plain text for Swift to place in the page data (escaped there by the template).
    func text(_ path: String) -> String {
        if case .text(let text) = node(path) { return text }
        return ""
    }

    func list(_ path: String) -> [String] {
        if case .list(let list) = node(path) { return list }
        return []
    }

    /// Texts the Swift side looks up by name; the strings file must have them all.
    static let requiredTexts = [
        "kinds.handlingsplan", "kinds.strategi", "kinds.overenskommelse",
        "units.byte", "units.kB", "units.MB", "units.decimalSeparator",
        "formats.epub.name", "formats.epub.type", "formats.epub.explanation",
        "formats.txt.name", "formats.txt.type", "formats.txt.explanation",
        "formats.csv.name", "formats.csv.type", "formats.csv.explanation",
        "formats.json.name", "formats.json.type", "formats.json.explanation",
        "formats.other.name", "formats.other.explanation", "activities.caption",
    ]

    static func load(directory: String) throws -> HTMLStrings {
        let candidates = ["strings.sv.yml", "strings.sv.yaml", "strings.sv.json"]
        guard let name = candidates.first(where: {
            FileManager.default.fileExists(atPath: URL(fileURLWithPath: directory).appendingPathComponent($0).path)
        }) else {
            throw TemplateError(file: "\(directory)/strings.sv.yml", line: 1, column: 1,
                message: "Filen med sidornas texter saknas.")
        }
        let shown = "\(directory)/\(name)"
        let text = try HTMLFiles.readText(URL(fileURLWithPath: directory).appendingPathComponent(name), shown: shown)
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (problem, mark) = YAMLProblem.describe(error) { "nyckeln \($0.joined(separator: ", ")) står flera gånger i samma grupp" }
            throw TemplateError(file: shown, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                message: "YAML går inte att läsa: \(problem).")
        }
        guard let root, root.mapping != nil else {
            throw TemplateError(file: shown, line: 1, column: 1, message: "Filen ska vara en mappning från namn till text.")
        }
        let strings = try group(root, file: shown)
        for path in requiredTexts + catalogTexts where !strings.contains(path) {
            throw TemplateError(file: shown, line: 1, column: 1, message: "Texten \"\(path)\" saknas.")
        }
        if strings.list("months").count != 12 {
            throw TemplateError(file: shown, line: 1, column: 1, message: "months: ska vara en lista med årets tolv månader.")
        }
        return strings
    }

    private static func group(_ node: Yams.Node, file: String) throws -> HTMLStrings {
        var nodes: [String: Node] = [:]
        for (key, value) in node.mapping ?? [:] {
            let name = key.string ?? ""
            let line = (value.mark?.line ?? 0)
            let column = (value.mark?.column ?? 0)
            switch value {
            case .mapping:
                nodes[name] = .group(try group(value, file: file))
            case .sequence(let sequence):
                nodes[name] = .list(sequence.map { $0.string ?? "" })
            case .scalar(let scalar):
                let text = scalar.string
                if text.contains("{{") {
                    do {
                        // The text's own words are escaped once, here; its tags are escaped when rendered.
                        nodes[name] = .template(try MustacheTemplate(string: HTMLText.escape(text)))
                    } catch {
                        throw TemplateError(file: file, line: line, column: column,
                            message: "Texten \"\(name)\" har en felaktig {{…}}-tagg.")
                    }
                } else {
                    nodes[name] = .text(text)
                }
            case .alias:
                throw TemplateError(file: file, line: line, column: column, message: "Använd inte YAML-alias i textfilen.")
            }
        }
        return HTMLStrings(nodes: nodes, file: file)
    }
}

/// Reading the templates folder in a stable order.
enum HTMLFiles {
    struct Found {
        var url: URL
        /// Relative to the folder, with `/`.
        var relative: String
        var shown: String
    }

    static func list(_ root: URL, shownAs shown: String, extension ext: String?) throws -> [Found] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError(file: shown, line: 1, column: 1, message: "Mappen finns inte.")
        }
        guard let enumerator = manager.enumerator(atPath: root.path) else { return [] }
        var found: [Found] = []
        for case let path as String in enumerator {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            if let ext, !path.hasSuffix(".\(ext)") { continue }
            let url = root.appendingPathComponent(path)
            var isDir: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else { continue }
            found.append(Found(url: url, relative: path, shown: shown.hasSuffix("/") ? shown + path : shown + "/" + path))
        }
        return found.sorted { $0.relative < $1.relative }
    }

    static func readText(_ url: URL, shown: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TemplateError(file: shown, line: 1, column: 1, message: "Filen går inte att läsa.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError(file: shown, line: 1, column: 1, message: "Filen är inte UTF-8.")
        }
        return text
    }

    static func readBytes(_ url: URL, shown: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TemplateError(file: shown, line: 1, column: 1, message: "Filen går inte att läsa.")
        }
        return [UInt8](data)
    }
}

/// Text placed with `{{…}}` in a template, escaped for HTML and XML by `MarkupEscape`.
struct MarkupContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkupEscape.text(text) }
}
