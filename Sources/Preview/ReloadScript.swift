import Templates

/// The few lines of JavaScript that make an open page reload after a rebuild, and how the preview
/// server adds them to its HTML responses. The rendered site never contains them: they are added
/// per response, so `planpress build` output and the in-memory site stay identical.
enum ReloadScript {
    static let path = "/_planpress/reload.js"
    static let eventsPath = "/_planpress/events"

    /// An external file rather than inline code, so a page's Content-Security-Policy of
    /// `script-src 'self'` still lets it run. `since` lets the server send a reload at once when
    /// the site changed between serving the page and the browser connecting; `page` lets it
    /// reload only the tabs whose page changed.
    static let source = """
        // PlanPress förhandsvisning: ladda om sidan när den har byggts om.
        (() => {
          const since = document.currentScript ? document.currentScript.dataset.generation : "";
          const events = new EventSource("\(eventsPath)?since=" + encodeURIComponent(since || "")
            + "&page=" + encodeURIComponent(location.pathname));
          events.addEventListener("reload", () => location.reload());
        })();

        """

    static func tag(generation: Int) -> String {
        ReloadScriptTag.html(source: path, generation: generation).text
    }

    /// The page with the script tag before its last `</body>` (or at the end, if it has none).
    static func inject(into page: [UInt8], generation: Int) -> [UInt8] {
        let tag = Array(tag(generation: generation).utf8)
        guard let index = lastBodyClose(in: page) else { return page + tag }
        var result = page
        result.insert(contentsOf: tag, at: index)
        return result
    }

    private static func lastBodyClose(in page: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard page.count >= needle.count else { return nil }
        var start = page.count - needle.count
        while start >= 0 {
            var matches = true
            for offset in 0..<needle.count where asciiLowercased(page[start + offset]) != needle[offset] {
                matches = false
                break
            }
            if matches { return start }
            start -= 1
        }
        return nil
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
