import InterfaceText
import ViewModel

extension PlanPage {
    /// On an earlier version: a notice that says so in words, with the link to the current version.
    func versionNoticeHTML(_ versions: PlanVersionList, _ t: Strings) -> HTML {
        guard !versions.isCurrent else { return .empty }
        let current = versions.current
        return """
        <div class="version-notice" role="note">
        <p><strong>\(t.versions.earlierNotice)</strong></p>
        <p>\(t.versions.currentLink) <a href="\(frame.root + current.path)">\(t.versions.version(current.title, t.dateInWords(current.when)))</a></p>
        </div>

        """
    }

    /// After the facts: every version, this one marked, and the page comparing them.
    func versionListHTML(_ versions: PlanVersionList, _ t: Strings) -> HTML {
        let words = t.versions
        return """
        <nav class="plan-versions" aria-labelledby="rubrik_versioner">
        <h2 id="rubrik_versioner">\(words.list)</h2>
        <ol>
        \(versions.versions.map { version -> HTML in
            let label = words.version(version.title, t.dateInWords(version.when))
            let notes = [version.isThis ? words.thisVersion : nil, version.isCurrent ? words.current : nil].compactMap { $0 }
            let note: HTML = notes.isEmpty ? .empty : " (\(notes.joined(separator: ", ")))"
            return version.isThis
                ? "<li aria-current=\"page\">\(label)\(note)</li>\n"
                : "<li><a href=\"\(frame.root + version.path)\">\(label)</a>\(note)</li>\n"
        })\
        </ol>
        <p><a href="\(frame.root + versions.comparisonPath)">\(words.title)</a></p>
        </nav>

        """
    }
}
