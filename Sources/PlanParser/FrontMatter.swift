import PlanModel
import Yams

/// The YAML block at the top of a content file, with the place of every value.
struct FrontMatter {
    struct Value {
        var node: Node
        var location: SourceLocation
    }

    var fields: [String: Value] = [:]
    /// Field names in the order written, for stable warnings.
    var order: [String] = []
    /// The Markdown after the closing `---`.
    var body: String
    /// Lines before the body, so that Markdown positions can count from the top of the file.
    var bodyLineOffset: Int

    /// Cuts the front matter off `text` and reads it. Problems go to `diagnostics`; the result is
    /// nil only when there is no usable front matter at all.
    static func read(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> FrontMatter? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingCR == "---" else {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                Messages.missingFrontMatter, hint: Messages.missingFrontMatterHint))
            return nil
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingCR == "---" }) else {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                Messages.unterminatedFrontMatter, hint: Messages.unterminatedFrontMatterHint))
            return nil
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        var frontMatter = FrontMatter(body: body, bodyLineOffset: closing + 1)
        frontMatter.readFields(yaml: yaml, file: file, diagnostics: &diagnostics)
        return frontMatter
    }

    private mutating func readFields(yaml: String, file: String, diagnostics: inout [Diagnostic]) {
        // The YAML starts on the file's second line.
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: (mark?.line ?? 0) + 1, column: mark?.column ?? 1)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (problem, mark) = Self.describe(error)
            diagnostics.append(Diagnostic(.error, at: location(mark),
                Messages.yamlSyntax(problem), hint: Messages.yamlSyntaxHint))
            return
        } catch {
            diagnostics.append(Diagnostic(.error, at: location(nil),
                Messages.yamlSyntax("\(error)"), hint: Messages.yamlSyntaxHint))
            return
        }
        guard let root else { return }
        guard let mapping = root.mapping else {
            diagnostics.append(Diagnostic(.error, at: location(root.mark), Messages.frontMatterNotMapping,
                hint: Messages.yamlSyntaxHint))
            return
        }
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            fields[name] = Value(node: value, location: location(value.mark ?? key.mark))
            order.append(name)
        }
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return (problem, mark)
        case .duplicatedKeysInMapping(let duplicates, _):
            return ("fältet \(duplicates.joined(separator: ", ")) står flera gånger", nil)
        default:
            return ("\(error)", nil)
        }
    }

    // MARK: - Typed access

    func location(of name: String, orFile file: String) -> SourceLocation {
        fields[name]?.location ?? SourceLocation(file: file, line: 1, column: 1)
    }

    func string(_ name: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let value = fields[name] else { return nil }
        guard case .scalar(let scalar) = value.node else {
            diagnostics.append(Diagnostic(.error, at: value.location, Messages.notText(name)))
            return nil
        }
        let text = scalar.string.trimmingWhitespace
        return text.isEmpty ? nil : text
    }

    func strings(_ name: String, diagnostics: inout [Diagnostic]) -> [String] {
        guard let value = fields[name] else { return [] }
        guard case .sequence(let sequence) = value.node else {
            diagnostics.append(Diagnostic(.error, at: value.location, Messages.notTextList(name)))
            return []
        }
        return sequence.compactMap { $0.scalar?.string.trimmingWhitespace }
    }

    func bool(_ name: String, diagnostics: inout [Diagnostic]) -> Bool? {
        guard let value = fields[name] else { return nil }
        switch value.node.scalar?.string.lowercased() {
        case "true", "yes", "ja": return true
        case "false", "no", "nej": return false
        default:
            diagnostics.append(Diagnostic(.error, at: value.location, Messages.notBoolean(name)))
            return nil
        }
    }
}

extension Substring {
    var trimmingTrailingCR: Substring { last == "\r" ? dropLast() : self }
}
