import PlanModel

/// Cuts a list of organisations at commas and semicolons. Finer cuts (`och`, `/` …) need the
/// organisation registry and are the catalogue's work.
enum MentionSplitter {
    static func split(_ text: String, at location: SourceLocation) -> MentionList {
        var mentions: [Mention] = []
        var offset = 0
        for part in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == ";" }) {
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
