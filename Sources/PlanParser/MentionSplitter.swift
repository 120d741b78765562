import PlanModel

/// Cuts a list of organisations at commas and semicolons. Finer cuts (`och`, `/` …) need the
/// organisation registry and are the catalogue's work.
enum MentionSplitter {
    static func split(_ text: String, at location: SourceLocation) -> MentionList {
        mentions(of: parts(text) ?? text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == ";" }),
                 text: text, at: location)
    }

    /// The reference version of `split`, cutting character by character.
    static func splitByCharacters(_ text: String, at location: SourceLocation) -> MentionList {
        mentions(of: text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == ";" }),
                 text: text, at: location)
    }

    /// The text cut at commas and semicolons, found on the UTF-8 bytes: a `,` or `;` byte with
    /// ASCII on both sides is a character of its own. Nil when one is not so sure (a combining
    /// mark after a comma, say): then the characters decide.
    static func parts(_ text: String) -> [Substring]? {
        let utf8 = text.utf8
        var parts: [Substring] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        var previous: UInt8 = 0
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == 0x2C || byte == 0x3B {
                guard previous < 0x80, next == utf8.endIndex || utf8[next] < 0x80 else { return nil }
                parts.append(text[start..<index])
                start = next
            }
            previous = byte
            index = next
        }
        parts.append(text[start..<utf8.endIndex])
        return parts
    }

    private static func mentions(of parts: [Substring], text: String, at location: SourceLocation) -> MentionList {
        var mentions: [Mention] = []
        var offset = 0
        for part in parts {
            let leading = part.prefix(while: \.isWhitespace).utf8.count
            var trimmed = part.trimmingWhitespace
            if trimmed.hasSuffix(".") { trimmed.removeLast() }
            if !trimmed.isEmpty {
                mentions.append(Mention(text: trimmed, location: SourceLocation(
                    file: location.file, line: location.line, column: location.column + offset + leading)))
            }
            offset += part.utf8.count + 1
        }
        return MentionList(text: text, mentions: mentions)
    }
}
