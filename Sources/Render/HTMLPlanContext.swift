import Foundation

/// The data a template sees. Every key a template tests is always present (`false` when there
/// is nothing), because Mustache looks a missing key up in the enclosing objects: a sub-area
/// without `Ansvar:` must not show its parent's.
typealias HTMLContext = [String: Any]

/// Optional text as a template value: the text, or `false` when there is none.
func htmlOptional(_ text: String?) -> Any {
    guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return false }
    return text
}
