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
    /// The YAML could not be read at all: its one error says why, and no field is called missing.
    var isUnreadable = false

    /// Cuts the front matter off `text` and reads it. Problems go to `diagnostics`; the result is
    /// nil only when there is no usable front matter at all.
    static func read(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> FrontMatter? {
        guard let cut = cut(text) else {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                Messages.missingFrontMatter, hint: Messages.missingFrontMatterHint))
            return nil
        }
        guard let (yaml, body, closing) = cut else {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                Messages.unterminatedFrontMatter, hint: Messages.unterminatedFrontMatterHint))
            return nil
        }
        var frontMatter = FrontMatter(body: body, bodyLineOffset: closing + 1)
        frontMatter.readFields(yaml: yaml, file: file, diagnostics: &diagnostics)
        return frontMatter
    }

    /// The YAML between the `---` lines, the body after them and the closing line's index
    /// (0-based); `nil` without an opening line, `.some(nil)` without a closing one.
    ///
    /// Lines end at `\n` characters, as `split(separator: "\n")` cuts them: a line feed after a
    /// carriage return is part of one CR LF character and ends no line. Only the front matter's
    /// lines are looked at; the body is one slice of the text, never split and joined again.
    static func cut(_ text: String) -> (yaml: String, body: String, closing: Int)?? {
        var text = text
        return text.withUTF8 { bytes -> (yaml: String, body: String, closing: Int)?? in
            let lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, dash: UInt8 = 0x2D
            func string(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            /// The end of the line that starts at `start` (the index of its `\n`, or the text's end).
            func lineEnd(from start: Int) -> Int {
                var index = start
                while index < bytes.count {
                    if bytes[index] == lf, index == 0 || bytes[index - 1] != cr { return index }
                    index += 1
                }
                return bytes.count
            }
            /// Whether the line is `---`, a lone carriage return at its end aside.
            func isFence(_ start: Int, _ end: Int) -> Bool {
                var end = end
                if end > start, bytes[end - 1] == cr { end -= 1 }
                return end - start == 3 && bytes[start] == dash && bytes[start + 1] == dash && bytes[start + 2] == dash
            }
            let firstEnd = lineEnd(from: 0)
            guard isFence(0, firstEnd) else { return nil }
            var line = 1
            var start = firstEnd + 1
            while start <= bytes.count, firstEnd < bytes.count {
                let end = lineEnd(from: start)
                if isFence(start, end) {
                    let yaml = line == 1 ? "" : string((firstEnd + 1)..<(start - 1))
                    let body = end < bytes.count ? string((end + 1)..<bytes.count) : ""
                    return .some((yaml, body, line))
                }
                if end == bytes.count { break }
                start = end + 1
                line += 1
            }
            return .some(nil)
        }
    }

    /// The reference version of `cut`, with the text split into lines and joined again.
    static func cutByLines(_ text: String) -> (yaml: String, body: String, closing: Int)?? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingCR == "---" else { return nil }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingCR == "---" }) else {
            return .some(nil)
        }
        return .some((lines[1..<closing].joined(separator: "\n"), lines[(closing + 1)...].joined(separator: "\n"), closing))
    }

    private mutating func readFields(yaml: String, file: String, diagnostics: inout [Diagnostic]) {
        // The YAML starts on the file's second line.
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: (mark?.line ?? 0) + 1, column: mark?.column ?? 1)
        }
        let root: Node?
        do {
            root = try YAMLProblem.compose(yaml)
        } catch let refusal as YAMLProblem.Refusal {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: refusal.line + 1, column: refusal.column),
                refusal.message, hint: refusal.hint))
            isUnreadable = true
            return
        } catch let error as YamlError {
            let (problem, mark) = YAMLProblem.describe(error, duplicates: Messages.duplicateFields)
            diagnostics.append(Diagnostic(.error, at: location(mark),
                Messages.yamlSyntax(problem), hint: Messages.yamlSyntaxHint))
            isUnreadable = true
            return
        } catch {
            diagnostics.append(Diagnostic(.error, at: location(nil),
                Messages.yamlSyntax("\(error)"), hint: Messages.yamlSyntaxHint))
            isUnreadable = true
            return
        }
        guard let root else { return }
        guard let mapping = root.mapping else {
            diagnostics.append(Diagnostic(.error, at: location(root.mark), Messages.frontMatterNotMapping,
                hint: Messages.yamlSyntaxHint))
            isUnreadable = true
            return
        }
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            fields[name] = Value(node: value, location: location(value.mark ?? key.mark))
            order.append(name)
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
