import Yams

/// What Yams says is wrong with a YAML text, and where, for a message an editor can act on.
public enum YAMLProblem {
    /// The problem and its place (nil when Yams names none). `duplicates` words the problem of
    /// a key written twice, which each kind of file explains in its own terms.
    public static func describe(_ error: YamlError, duplicates: ([String]) -> String) -> (problem: String, mark: Mark?) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return (problem, mark)
        case .duplicatedKeysInMapping(let keys, let context):
            // Where the mapping's first doubled key is written the first time.
            return (duplicates(keys), context.mark)
        default:
            return ("\(error)", nil)
        }
    }
}

extension YAMLProblem {
    /// What PlanPress refuses in YAML that Yams would accept, with its place (line and column
    /// from 1 in the YAML text).
    public struct Refusal: Error, Sendable {
        public let message: String
        public let hint: String
        public let line: Int
        public let column: Int
    }

    /// `Yams.compose`, refusing first what could make it run for ever and then values no page
    /// can show: every YAML reader composes through here.
    public static func compose(_ yaml: String) throws -> Node? {
        if let alias = firstAlias(yaml) {
            throw Refusal(message: Messages.yamlAlias(alias.name), hint: Messages.yamlAliasHint,
                          line: alias.line, column: alias.column)
        }
        // The encoding named: Yams's default reads the process's environment on every call.
        let root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        if let root, let found = firstControl(root) {
            throw Refusal(message: Messages.controlInValue(found.code), hint: Messages.controlInValueHint,
                          line: found.mark?.line ?? 1, column: found.mark?.column ?? 1)
        }
        return root
    }

    /// An alias (`*name`) of an anchor (`&name`) written in the same text. A 400-byte nest of
    /// them expands to billions of values (Yams hashes each expanded mapping key), and no
    /// content file needs one, so the limit is none at all. Found in the text, before Yams
    /// reads it, in one pass; a `*` and an `&` with the same name inside quotes are refused too.
    static func firstAlias(_ yaml: String) -> (name: String, line: Int, column: Int)? {
        guard yaml.utf8.contains(UInt8(ascii: "*")), yaml.utf8.contains(UInt8(ascii: "&")) else { return nil }
        var anchors: Set<Substring> = []
        var aliases: [(name: Substring, line: Int, column: Int)] = []
        for (number, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var previous: Character = " "
            var index = line.startIndex
            while index < line.endIndex {
                let character = line[index]
                if (character == "*" || character == "&") && (previous.isWhitespace || "[{,".contains(previous)) {
                    let start = line.index(after: index)
                    let end = line[start...].firstIndex { $0.isWhitespace || ",[]{}".contains($0) } ?? line.endIndex
                    let name = line[start..<end]
                    if !name.isEmpty {
                        if character == "&" { anchors.insert(name) } else {
                            aliases.append((name, number + 1, line.distance(from: line.startIndex, to: index) + 1))
                        }
                    }
                }
                previous = character
                index = line.index(after: index)
            }
        }
        return aliases.first { anchors.contains($0.name) }.map { (String($0.name), $0.line, $0.column) }
    }

    /// The first scalar (key or value) with a control character in it, as a YAML escape can
    /// write one: `"A\0B"`, `"sv\x01"`.
    static func firstControl(_ node: Node) -> (code: String, mark: Mark?)? {
        switch node {
        case .scalar(let scalar):
            return TextSafety.firstControl(scalar.string).map {
                ("U+" + String($0.value, radix: 16, uppercase: true).leftPadded(4), scalar.mark)
            }
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let found = firstControl(key) ?? firstControl(value) { return found }
            }
            return nil
        case .sequence(let sequence):
            for item in sequence {
                if let found = firstControl(item) { return found }
            }
            return nil
        case .alias:
            return nil
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
