/// One problem found in the content: where, how bad, what is wrong and what to do.
public struct Diagnostic: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// What the editor can do about it.
    public var hint: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message (hint)`, the form editors and their tools understand.
    public var description: String {
        let tail = hint.map { " \($0)" } ?? ""
        return "\(location): \(severity.rawValue): \(message)\(tail)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
