import ViewModel

/// The files under assets/ that every site gets, compiled into the binary. A county replaces one
/// by placing a file of the same name in content/assets/.
public enum BuiltInAssets {
    /// Path under the output root, and the bytes.
    public static let files: [(path: String, bytes: [UInt8])] = [
        (SiteAddress.asset("aktiviteter.js"), PackageResources.aktiviteter_js),
        (SiteAddress.asset("sok.js"), PackageResources.sok_js),
        (SiteAddress.stylesheet, PackageResources.style_css),
    ]

    public static var stylesheet: String {
        String(decoding: PackageResources.style_css, as: UTF8.self)
    }
}
