import InterfaceText
import ViewModel

extension VersionsPage {
    /// "Versioner och ändringar": the versions, then each comparison, newest first. Every change
    /// says what it is in words ("Tillagt", "Borttaget" …) and changed words stand in `ins` and
    /// `del` with their kind read out, so nothing depends on colour or on the strike-through alone.
    public func html(_ t: Strings) -> HTML {
        let words = t.versions
        return Layout.page(frame, t, title: "\(words.title): \(planTitle) – \(frame.siteTitle)",
                           description: words.description(planTitle), main: """
        <h1>\(words.title)</h1>
        <p class="lead">\(planTitle)</p>
        <p>\(words.intro)</p>
        <h2 id="versioner">\(words.list)</h2>
        <ol class="versions">
        \(versions.map { version -> HTML in
            "<li><a href=\"\(version.href)\">\(version.label)</a>\(if: version.isCurrent, " (\(words.current))")</li>\n"
        })\
        </ol>
        \(comparisons.map { comparisonHTML($0, t) })
        """)
    }

    private func comparisonHTML(_ c: Comparison, _ t: Strings) -> HTML {
        let words = t.versions
        return """
        <section class="version-comparison" aria-labelledby="\(c.id)">
        <h2 id="\(c.id)">\(words.fromTo(c.older.label, c.newer.label))</h2>
        <p>\(words.summary(c.added, c.removed, c.changed))</p>
        \(if: c.areas.isEmpty && c.activities.isEmpty, "<p>\(words.noChanges)</p>\n")\
        \(if: !c.areas.isEmpty, """
        <h3>\(words.areas)</h3>
        <ul class="changes">
        \(c.areas.map { areaHTML($0, t) })\
        </ul>

        """)\
        \(if: !c.activities.isEmpty, """
        <h3>\(words.activities)</h3>
        <ul class="changes">
        \(c.activities.map { activityHTML($0, t) })\
        </ul>

        """)\
        </section>

        """
    }

    private func areaHTML(_ line: AreaLine, _ t: Strings) -> HTML {
        """
        <li><p>\(Self.labels(line.labels)) \(Self.words(line.title, t))</p>
        \(if: !line.goals.isEmpty, """
        <ul>
        \(line.goals.map { goal -> HTML in "<li>\(Self.words(goal, t))</li>\n" })\
        </ul>

        """)\
        </li>

        """
    }

    private func activityHTML(_ line: ActivityLine, _ t: Strings) -> HTML {
        let words = t.versions
        return """
        <li><p>\(Self.labels(line.labels)) \(Self.words(line.text, t))</p>
        \(line.area.map { beforeAfter(words.area, $0, t) })\
        \(line.responsible.map { beforeAfter(t.format.responsible, $0, t) })\
        \(line.partners.map { beforeAfter(t.format.partners, $0, t) })\
        <p class="version-links">\(Self.links(line, t))</p>
        </li>

        """
    }

    /// `Ansvar: före X, efter Y`, with the two in `del` and `ins`.
    private func beforeAfter(_ what: String, _ values: (before: String, after: String), _ t: Strings) -> HTML {
        let words = t.versions
        return "<p>\(what): \(words.before) <del><span class=\"visually-hidden\">\(words.deletedWords) </span>\(values.before)</del>, \(words.after) <ins><span class=\"visually-hidden\">\(words.insertedWords) </span>\(values.after)</ins></p>\n"
    }

    private static func links(_ line: ActivityLine, _ t: Strings) -> HTML {
        let words = t.versions
        let parts: [HTML] = [
            line.olderHref.map { href -> HTML in "<a href=\"\(href)\">\(t.format.activity) \(words.inOlder)</a>" },
            line.newerHref.map { href -> HTML in "<a href=\"\(href)\">\(t.format.activity) \(words.inNewer)</a>" },
        ].compactMap { $0 }
        return HTML.joined(parts, separator: " · ")
    }

    private static func labels(_ labels: [String]) -> HTML {
        "<strong class=\"change-label\">\(labels.joined(separator: ", ")):</strong>"
    }

    /// Words as they stand, added ones in `ins` and removed ones in `del`, each kind read out.
    static func words(_ changes: [Words], _ t: Strings) -> HTML {
        HTML.joined(changes.map { change -> HTML in
            switch change.kind {
            case .same: "\(change.text)"
            case .added: "<ins><span class=\"visually-hidden\">\(t.versions.insertedWords) </span>\(change.text)</ins>"
            case .removed: "<del><span class=\"visually-hidden\">\(t.versions.deletedWords) </span>\(change.text)</del>"
            }
        }, separator: " ")
    }
}
