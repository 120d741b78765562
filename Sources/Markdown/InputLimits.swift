/// Named limits on what one Markdown text may hold, checked in one pass over its bytes before
/// cmark-gfm sees it. Each is far beyond any real plan (the seeds have at most 38 headings, 6
/// columns and no brackets to speak of) and keeps a hostile text from costing minutes or
/// gigabytes: cmark-gfm 0.29 is quadratic in brackets (`![[]()` repeated), spends some 20 µs
/// on every `@` (its e-mail autolinks), and parses under a global lock, so such a text would
/// stall every other plan; a line of 200,000 `> ` nests as many quotes (340 MB); each heading
/// becomes a section with its pages and formats; very wide tables cost per column in every row.
public enum InputLimit: Sendable, Hashable, CaseIterable {
    case brackets, atSigns, nesting, headings, columns

    /// The most allowed in one document (columns: in one table row).
    public var maximum: Int {
        switch self {
        case .brackets: 20_000
        case .atSigns: 20_000
        /// Quote and list markers at the start of one line (`> > - > …`).
        case .nesting: 100
        case .headings: 5_000
        case .columns: 500
        }
    }

    private static func isListMarkerEnd(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: ")"): true
        default: false
        }
    }

    /// Where the text first goes past a limit: the line and column of the occurrence that does.
    static func firstExceeded(_ text: String, lineOffset: Int) -> InputLimitExceeded? {
        var text = text
        // Over the bytes in memory: every plan passes here once, byte by byte.
        return text.withUTF8 { firstExceeded(bytes: $0, lineOffset: lineOffset) }
    }

    private static func firstExceeded(bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int) -> InputLimitExceeded? {
        var brackets = 0, atSigns = 0, headings = 0
        var markers = 0, inPrefix = true, previous: UInt8 = 0
        var line = 1, lineStart = 0
        var pipes = 0, onlyIndentSoFar = true, indent = 0, hashes = 0, inHashes = false
        var offset = 0
        func at(_ offset: Int) -> SourcePosition {
            SourcePosition(line: line + lineOffset, column: offset - lineStart + 1)
        }
        for byte in bytes {
            defer { offset += 1 }
            switch byte {
            case UInt8(ascii: "\n"):
                if inHashes {
                    headings += 1
                    if headings > InputLimit.headings.maximum { return InputLimitExceeded(limit: .headings, at: at(lineStart)) }
                }
                line += 1; lineStart = offset + 1
                markers = 0; inPrefix = true; previous = 0
                pipes = 0; onlyIndentSoFar = true; indent = 0; hashes = 0; inHashes = false
                continue
            case UInt8(ascii: "["):
                brackets += 1
                if brackets > InputLimit.brackets.maximum { return InputLimitExceeded(limit: .brackets, at: at(offset)) }
            case UInt8(ascii: "@"):
                atSigns += 1
                if atSigns > InputLimit.atSigns.maximum { return InputLimitExceeded(limit: .atSigns, at: at(offset)) }
            case UInt8(ascii: "|"):
                // Cells are separated by pipes; a row with more pipes than the limit is too wide.
                pipes += 1
                if pipes > InputLimit.columns.maximum { return InputLimitExceeded(limit: .columns, at: at(offset)) }
            default: break
            }
            // The container markers a line starts with: each `>`, and each `-`, `*`, `+`, `1.` or
            // `1)` that a space follows (a run of dashes is a rule, not a list), may open a level.
            if inPrefix {
                switch byte {
                case UInt8(ascii: ">"):
                    markers += 1
                case UInt8(ascii: " "), UInt8(ascii: "\t"):
                    if Self.isListMarkerEnd(previous) { markers += 1 }
                case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: ")"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"): break
                default: inPrefix = false
                }
                if markers > InputLimit.nesting.maximum { return InputLimitExceeded(limit: .nesting, at: at(offset)) }
            }
            previous = byte
            // An ATX heading: up to three spaces, one to six #, then a space or the line's end.
            if onlyIndentSoFar && byte == UInt8(ascii: " ") && indent < 3 && !inHashes {
                indent += 1
            } else if onlyIndentSoFar && byte == UInt8(ascii: "#") && hashes < 6 {
                inHashes = true; hashes += 1
            } else {
                if inHashes && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) {
                    headings += 1
                    if headings > InputLimit.headings.maximum { return InputLimitExceeded(limit: .headings, at: at(lineStart)) }
                }
                onlyIndentSoFar = false; inHashes = false
            }
        }
        return nil
    }
}

/// The first place a text goes past an `InputLimit`.
public struct InputLimitExceeded: Sendable, Hashable {
    public var limit: InputLimit
    public var at: SourcePosition
}
