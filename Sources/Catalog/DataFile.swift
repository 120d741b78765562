import PlanModel
import PlanParser
import Yams

/// A data file that is a YAML list of entries (organisations.yml, themes.yml), read with the
/// place of every value so that messages can point at it.
struct DataFileEntry {
    struct Value {
        var node: Node
        var location: SourceLocation
    }

    var location: SourceLocation
    var fields: [String: Value] = [:]
    /// Field names in the order written, for stable warnings.
    var order: [String] = []

    /// Reads every entry of the list. Problems go to `diagnostics`.
    static func readList(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> [DataFileEntry]? {
        let root: Node?
        do {
            root = try YAMLProblem.compose(text)
        } catch let refusal as YAMLProblem.Refusal {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: refusal.line, column: refusal.column),
                refusal.message, hint: refusal.hint))
            return nil
        } catch let error as YamlError {
            let (problem, mark) = YAMLProblem.describe(error, duplicates: CatalogMessages.duplicateFields)
            diagnostics.append(Diagnostic(.error, at: location(mark, file: file),
                CatalogMessages.yamlSyntax(problem), hint: CatalogMessages.yamlSyntaxHint))
            return nil
        } catch {
            diagnostics.append(Diagnostic(.error, at: location(nil, file: file),
                CatalogMessages.yamlSyntax("\(error)"), hint: CatalogMessages.yamlSyntaxHint))
            return nil
        }
        guard let root else { return [] }
        guard let sequence = root.sequence else {
            diagnostics.append(Diagnostic(.error, at: location(root.mark, file: file),
                CatalogMessages.notAList, hint: CatalogMessages.notAListHint))
            return nil
        }
        var entries: [DataFileEntry] = []
        for item in sequence {
            guard let mapping = item.mapping else {
                diagnostics.append(Diagnostic(.error, at: location(item.mark, file: file),
                    CatalogMessages.entryNotMapping, hint: CatalogMessages.entryNotMappingHint))
                continue
            }
            var entry = DataFileEntry(location: location(item.mark, file: file))
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                if entry.fields[name] == nil { entry.order.append(name) }
                entry.fields[name] = Value(node: value, location: location(value.mark ?? key.mark, file: file))
            }
            entries.append(entry)
        }
        return entries
    }

    static func location(_ mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    // MARK: - Typed access

    /// Warns about every field not in `known`.
    func checkFields(known: [String], diagnostics: inout [Diagnostic]) {
        for name in order where !known.contains(name) {
            diagnostics.append(Diagnostic(.warning, at: fields[name]!.location,
                CatalogMessages.unknownField(name), hint: CatalogMessages.unknownFieldHint(known)))
        }
    }

    /// A text field, trimmed; nil when missing, empty or not text.
    func string(_ name: String, diagnostics: inout [Diagnostic]) -> (text: String, location: SourceLocation)? {
        guard let value = fields[name] else { return nil }
        guard case .scalar(let scalar) = value.node else {
            diagnostics.append(Diagnostic(.error, at: value.location, CatalogMessages.notText(name),
                hint: CatalogMessages.notTextHint))
            return nil
        }
        let text = String(SwedishText.trimmed(scalar.string))
        return text.isEmpty ? nil : (text, value.location)
    }

    /// A list of texts; one text alone counts as a list of one.
    func strings(_ name: String, diagnostics: inout [Diagnostic]) -> [(text: String, location: SourceLocation)] {
        guard let value = fields[name] else { return [] }
        let file = value.location.file
        switch value.node {
        case .scalar(let scalar):
            let text = String(SwedishText.trimmed(scalar.string))
            return text.isEmpty ? [] : [(text, value.location)]
        case .sequence(let sequence):
            var result: [(text: String, location: SourceLocation)] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    diagnostics.append(Diagnostic(.error, at: Self.location(item.mark, file: file),
                        CatalogMessages.notTextList(name), hint: CatalogMessages.notTextHint))
                    continue
                }
                let text = String(SwedishText.trimmed(scalar.string))
                if !text.isEmpty { result.append((text, Self.location(item.mark, file: file))) }
            }
            return result
        default:
            diagnostics.append(Diagnostic(.error, at: value.location, CatalogMessages.notTextList(name),
                hint: CatalogMessages.notTextHint))
            return []
        }
    }
}
