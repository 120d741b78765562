/// Addresses in the sitemap, the feed and robots.txt.
public enum PublishedAddress {
    /// Absolute and without `index.html` under a base URL (placed before the path as it is
    /// written in site.yml); otherwise the relative file path, which also works when the site is
    /// opened from disk.
    public static func of(_ path: String, base: String?) -> String {
        guard let base else { return path }
        return base + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
    }
}
