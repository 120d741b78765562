import Foundation
import PlanModel
import PlanParser
import ViewModel

/// The files of a content folder, found in a stable order, with what does not belong reported.
struct ContentListing: Sendable {
    struct File: Sendable {
        var url: URL
        /// The path shown to the editor.
        var shown: String
    }

    struct PlanFile: Sendable {
        var location: File
        var countySlug: String
        var slug: String
        /// Its follow-up reports (`<slug>.uppfoljning-2025.md`), by file name.
        var followUps: [FollowUpFile] = []
    }

    struct FollowUpFile: Sendable {
        var location: File
        /// After the plan's name: `uppfoljning-2025`.
        var slug: String
    }

    /// What a follow-up report's file name has after the plan's name and a full stop.
    static let followUpMarker = "uppfoljning"

    var siteFile: File?
    var dataFiles: [(String, File)] = []
    var countyFiles: [(String, File)] = []
    var planFiles: [PlanFile] = []
    /// Lättläst files (`<name>.lattlast.md`), each the easy-to-read version of a plan beside it;
    /// `slug` is the name before `.lattlast.md`.
    var easyReadFiles: [PlanFile] = []
    /// `content/assets/`: the county's own look (logo, colours, extra CSS) and replacements
    /// for the built-in assets, by their path under assets/ (`logo.svg`, `bilder/karta.png`).
    var assetFiles: [(String, File)] = []
    var fileCount = 0

    /// The folder of the county's own assets; never a county.
    static let assetsFolder = "assets"

    init(root: URL, shown: String, diagnostics: inout [Diagnostic]) {
        let manager = FileManager.default
        func file(_ url: URL, _ relative: String) -> File {
            File(url: url, shown: shown.hasSuffix("/") ? shown + relative : shown + "/" + relative)
        }
        guard let entries = try? manager.contentsOfDirectory(atPath: root.path) else {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: shown, line: 1, column: 1),
                SiteMessages.noContentFolder, hint: SiteMessages.noContentFolderHint))
            return
        }
        let sitePath = root.appendingPathComponent("site.yml")
        if manager.fileExists(atPath: sitePath.path) {
            siteFile = file(sitePath, "site.yml")
        } else {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: shown + "/site.yml", line: 1, column: 1),
                SiteMessages.noSiteFile, hint: SiteMessages.noSiteFileHint))
        }
        for name in ContentLoader.dataFileNames where entries.contains(name) {
            dataFiles.append((name, file(root.appendingPathComponent(name), name)))
        }
        for folder in entries.sorted() where !folder.hasPrefix(".") {
            let url = root.appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            if folder == Self.assetsFolder {
                addAssets(at: url, root: root, file: file, diagnostics: &diagnostics)
                continue
            }
            guard Self.isAddressSafe(folder, at: file(url, folder).shown, diagnostics: &diagnostics) else { continue }
            if SiteAddress.sectionNames.contains(folder) {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file(url, folder).shown, line: 1, column: 1),
                    SiteMessages.sectionName(folder), hint: SiteMessages.sectionNameHint))
                continue
            }
            addCounty(folder, at: url, root: root, file: file, diagnostics: &diagnostics)
        }
        fileCount = (siteFile == nil ? 0 : 1) + dataFiles.count + countyFiles.count + planFiles.count
            + easyReadFiles.count + assetFiles.count + planFiles.reduce(0) { $0 + $1.followUps.count }
    }

    /// Every file under content/assets/, in a stable order. Their names become addresses, so
    /// each part must be a-z, 0-9, hyphens, underscores and dots.
    private mutating func addAssets(at url: URL, root: URL, file: (URL, String) -> File, diagnostics: inout [Diagnostic]) {
        var found: [String] = []
        if let enumerator = FileManager.default.enumerator(atPath: url.path) {
            for case let path as String in enumerator { found.append(path) }
        }
        for path in found.sorted() {
            let entry = url.appendingPathComponent(path)
            let relative = "\(Self.assetsFolder)/\(path)"
            var isDirectory: ObjCBool = false
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  FileManager.default.fileExists(atPath: entry.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            let shown = file(entry, relative).shown
            if !isInside(entry, root: root) {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: shown, line: 1, column: 1),
                    SiteMessages.linkOutside, hint: SiteMessages.linkOutsideHint))
            } else if !path.split(separator: "/").allSatisfy(Self.isAssetName) {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: shown, line: 1, column: 1),
                    SiteMessages.badAssetName(path), hint: SiteMessages.badAssetNameHint))
            } else {
                assetFiles.append((path, file(entry, relative)))
            }
        }
    }

    private static func isAssetName(_ part: Substring) -> Bool {
        !part.isEmpty && part.first != "." && part.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == "."
        }
    }

    private mutating func addCounty(
        _ slug: String, at url: URL, root: URL, file: (URL, String) -> File, diagnostics: inout [Diagnostic]
    ) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
        let firstPlan = planFiles.count
        var followUps: [(plan: String, file: FollowUpFile)] = []
        for name in names where name.hasSuffix(".md") {
            let entry = url.appendingPathComponent(name)
            let relative = "\(slug)/\(name)"
            if !isInside(entry, root: root) {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file(entry, relative).shown, line: 1, column: 1),
                    SiteMessages.linkOutside, hint: SiteMessages.linkOutsideHint))
                continue
            }
            if name == "_index.md" {
                countyFiles.append((slug, file(entry, relative)))
            } else if name.hasSuffix(EasyRead.fileSuffix) {
                let base = String(name.dropLast(EasyRead.fileSuffix.count))
                if Self.isAddressSafe(base, at: file(entry, relative).shown, diagnostics: &diagnostics) {
                    easyReadFiles.append(PlanFile(location: file(entry, relative), countySlug: slug, slug: base))
                }
            } else if let parts = Self.followUpName(name) {
                let shown = file(entry, relative).shown
                if Self.isAddressSafe(parts.plan, at: shown, diagnostics: &diagnostics),
                   Self.isAddressSafe(parts.followUp, at: shown, diagnostics: &diagnostics) {
                    followUps.append((parts.plan, FollowUpFile(location: file(entry, relative), slug: parts.followUp)))
                }
            } else if Self.isAddressSafe(String(name.dropLast(3)), at: file(entry, relative).shown, diagnostics: &diagnostics) {
                planFiles.append(PlanFile(location: file(entry, relative), countySlug: slug,
                                          slug: String(name.dropLast(3))))
            }
        }
        attach(followUps, toPlansFrom: firstPlan, diagnostics: &diagnostics)
        if !names.contains("_index.md") {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file(url, "\(slug)/_index.md").shown, line: 1, column: 1),
                SiteMessages.noCountyPage, hint: SiteMessages.noCountyPageHint))
        }
    }

    /// `plan.uppfoljning-2025.md` as (`plan`, `uppfoljning-2025`); nil for any other name.
    static func followUpName(_ name: String) -> (plan: String, followUp: String)? {
        let stem = name.dropLast(3)
        guard let dot = stem.firstIndex(of: "."), stem[stem.index(after: dot)...].hasPrefix(followUpMarker) else { return nil }
        return (String(stem[..<dot]), String(stem[stem.index(after: dot)...]))
    }

    /// Each follow-up to its plan in the same folder; one whose plan is not there is an error.
    private mutating func attach(_ followUps: [(plan: String, file: FollowUpFile)], toPlansFrom first: Int,
                                 diagnostics: inout [Diagnostic]) {
        guard !followUps.isEmpty else { return }
        var plans: [String: Int] = [:]
        for index in first..<planFiles.count { plans[planFiles[index].slug] = index }
        let names = planFiles[first...].map(\.slug)
        let hints = HintCandidates(names)
        for (plan, followUp) in followUps {
            if let index = plans[plan] {
                planFiles[index].followUps.append(followUp)
            } else {
                let closest = hints.closest(to: plan, limit: 1).first.map { names[$0.candidate] }
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: followUp.location.shown, line: 1, column: 1),
                    SiteMessages.followUpWithoutPlan(plan), hint: SiteMessages.followUpWithoutPlanHint(closest)))
            }
        }
    }

    /// Folder and file names become addresses, so they must be slugs: `a–z`, `0–9` and hyphens.
    /// Two names that differ only in case or letters like å would otherwise give the same address.
    static func isAddressSafe(_ name: String, at shown: String, diagnostics: inout [Diagnostic]) -> Bool {
        let slug = Slug.make(name)
        guard slug != name else { return true }
        diagnostics.append(Diagnostic(.error, at: SourceLocation(file: shown, line: 1, column: 1),
            SiteMessages.badName(name), hint: SiteMessages.badNameHint(slug.isEmpty ? "plan" : slug)))
        return false
    }

    /// A symbolic link that leads out of the content folder is refused: the site must be built
    /// from what the content folder holds, nothing else on the machine.
    private func isInside(_ url: URL, root: URL) -> Bool {
        let resolved = url.resolvingSymlinksInPath().path
        let base = root.resolvingSymlinksInPath().path
        return resolved.hasPrefix(base + "/")
    }
}
