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
