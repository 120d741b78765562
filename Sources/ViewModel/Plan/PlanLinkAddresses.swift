import PlanModel

/// Links in a plan's text to another plan's file (`../lan/plan.md#arbete`) lead to that plan's
/// page on the site. cmark writes the destination as given into `href="…"`; these functions put
/// the page's address in its place: one pass over the HTML, none for a plan without such links.
public enum PlanLinkAddresses {
    /// The site-root-relative address each destination of `plan.planLinks` leads to:
    /// `jamtland-harjedalen/regional-strategi/index.html#arbete`.
    public static func targets(of plan: Plan) -> [String: String] {
        var targets: [String: String] = [:]
        for link in plan.planLinks {
            let page = "\(link.countySlug)/\(link.planSlug)/index.html"
            targets[escapedHref(link.destination)] = page + (link.anchor.map { "#" + $0 } ?? "")
        }
        return targets
    }

    /// The HTML with each `href` to another plan's file replaced by `address(target)`; where
    /// that is nil (an EPUB of a site without a base URL: the page has no address to lead to),
    /// the `href` is left out, so the text stays and is no link rather than one to nowhere.
    public static func rewrite(_ html: String, targets: [String: String], address: (String) -> String?) -> String {
        guard !targets.isEmpty, html.contains(".md") else { return html }
        var result = ""
        var dropQuote = false
        for piece in split(html, targets: targets) {
            switch piece {
            case .html(var html):
                if dropQuote { html.removeFirst() }  // the `"` that closed the dropped href
                dropQuote = false
                result += html
            case .siteAddress(let target):
                if let address = address(target) {
                    result += address
                } else {
                    result.removeLast(" href=\"".count)
                    dropQuote = true
                }
            case .abbreviation(let text, _), .text(let text), .textTerm(let text, _):
                result += text
            }
        }
        return result
    }

    /// The pieces of `linked` with those `href`s set apart as addresses relative to the site root,
    /// for a template that knows the page's way back to the root.
    static func rewrite(_ linked: LinkedHTML, targets: [String: String]) -> LinkedHTML {
        guard !targets.isEmpty else { return linked }
        var pieces: [LinkedHTML.Piece] = []
        for piece in linked.pieces {
            guard case .html(let html) = piece, html.contains(".md") else {
                pieces.append(piece)
                continue
            }
            pieces += split(html, targets: targets)
        }
        return LinkedHTML(pieces: pieces)
    }

    private static func split(_ html: String, targets: [String: String]) -> [LinkedHTML.Piece] {
        var pieces: [LinkedHTML.Piece] = []
        var rest = Substring(html)
        while let start = rest.range(of: "href=\"") {
            let valueStart = start.upperBound
            guard let end = rest[valueStart...].firstIndex(of: "\"") else { break }
            if let target = targets[String(rest[valueStart..<end])] {
                pieces.append(.html(String(rest[..<valueStart])))
                pieces.append(.siteAddress(target))
                rest = rest[end...]
            } else {
                pieces.append(.html(String(rest[..<rest.index(after: end)])))
                rest = rest[rest.index(after: end)...]
            }
        }
        if !rest.isEmpty { pieces.append(.html(String(rest))) }
        return pieces
    }

    /// The destination as cmark writes it in an attribute: `&` as `&amp;`.
    private static func escapedHref(_ destination: String) -> String {
        destination.replacingOccurrences(of: "&", with: "&amp;")
    }
}
