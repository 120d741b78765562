import Foundation
import InterfaceText

/// "Beställ planen i ett annat format" on a plan's page and its large-print copy: a `mailto:`
/// to the county's contact (its page's `email:`), else the site's, with the plan's title and
/// address in the subject. Nil when neither gives an address.
public struct FormatRequest: Sendable {
    public var email: String
    public var title: String
    /// The plan's page: absolute under a base URL, else its path in the site (`dalarna/vagen-in/`).
    public var address: String

    init?(email: String?, title: String, address: String) {
        guard let email = email?.trimmingCharacters(in: .whitespaces), !email.isEmpty else { return nil }
        self.email = email
        self.title = title
        self.address = address
    }

    /// `mailto:a@example.se?subject=…`, every character of the subject outside RFC 3986's
    /// unreserved set percent-encoded as UTF-8 (RFC 6068), so spaces, `&`, `#` and å ä ö survive
    /// every mail program.
    public func href(_ t: Strings) -> String {
        "mailto:" + Self.encode(email, keeping: "@") + "?subject=" + Self.encode(t.formats.request.subject(title, address))
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ text: String, keeping extra: String = "") -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved.union(CharacterSet(charactersIn: extra))) ?? ""
    }
}
