import Catalog
import Foundation
import PlanModel
import PlanParser

/// The lättläst files (`<name>.lattlast.md`): read and parsed, then checked against the plans.
/// Each must name a plan file in its own folder, and a plan has at most one; with `strict`,
/// a published plan without one is warned about (Webbriktlinjer R12 asks for easy-to-read text).
enum EasyReadCheck {
    /// `record` hears of every file read, with its bytes. `published` are the plans the site shows.
    static func read(_ listing: ContentListing, published: [Plan], strict: Bool,
                     record: (ContentListing.File, [UInt8]) -> Void = { _, _ in })
        -> (easyReads: [EasyRead], diagnostics: [Diagnostic])
    {
        var diagnostics: [Diagnostic] = []
        var parsed: [EasyRead] = []
        for file in listing.easyReadFiles {
            guard let bytes = ContentLoader.readBytes(file.location, diagnostics: &diagnostics) else { continue }
            record(file.location, bytes)
            guard let source = ContentLoader.decode(bytes, file.location, diagnostics: &diagnostics) else { continue }
            let result = EasyReadParser.parse(source.text, file: source.file, countySlug: file.countySlug)
            diagnostics += result.diagnostics
            if let easyRead = result.value { parsed.append(easyRead) }
        }
        let checked = check(parsed, planFiles: listing.planFiles)
        diagnostics += checked.diagnostics
        if strict { diagnostics += missing(checked.easyReads, published: published) }
        return (checked.easyReads, diagnostics)
    }

    /// The lättläst texts whose plan exists, the first of two for one plan (in file order);
    /// an error for each other.
    static func check(_ easyReads: [EasyRead], planFiles: [ContentListing.PlanFile])
        -> (easyReads: [EasyRead], diagnostics: [Diagnostic])
    {
        let existing = Set(planFiles.map { "\($0.countySlug)/\($0.slug)" })
        // Each county's plan names and hints, for "closest name": made at the first file that needs them.
        var slugsByCounty: [String: [String]]?
        var hints: [String: HintCandidates] = [:]
        var firstFile: [String: String] = [:]
        var kept: [EasyRead] = []
        var diagnostics: [Diagnostic] = []
        for easyRead in easyReads {
            guard existing.contains(easyRead.planName) else {
                if slugsByCounty == nil {
                    slugsByCounty = Dictionary(grouping: planFiles, by: \.countySlug).mapValues { $0.map(\.slug).sorted() }
                }
                let slugs = slugsByCounty?[easyRead.countySlug] ?? []
                if hints[easyRead.countySlug] == nil { hints[easyRead.countySlug] = HintCandidates(slugs) }
                let closest = hints[easyRead.countySlug]!.closest(to: easyRead.planSlug, limit: 1).first
                    .map { slugs[$0.candidate] + ".md" }
                diagnostics.append(Diagnostic(.error, at: easyRead.pointer, SiteMessages.easyReadNoPlan(easyRead.planSlug + ".md"),
                                              hint: SiteMessages.easyReadNoPlanHint(closest)))
                continue
            }
            if let first = firstFile[easyRead.planName] {
                diagnostics.append(Diagnostic(.error, at: easyRead.pointer,
                    SiteMessages.easyReadTwice(easyRead.planSlug + ".md", first: first), hint: SiteMessages.easyReadTwiceHint))
                continue
            }
            firstFile[easyRead.planName] = easyRead.sourceFile
            kept.append(easyRead)
        }
        return (kept, diagnostics)
    }

    /// A warning on each published plan that has no lättläst version.
    static func missing(_ easyReads: [EasyRead], published: [Plan]) -> [Diagnostic] {
        let covered = Set(easyReads.map(\.planName))
        // An earlier version (another plan `replaces:` it) is no longer the plan in force.
        let replaced = Set(published.compactMap { $0.replaces.map { "\($0.countySlug)/\($0.planSlug)" } })
        return published.filter {
            let name = "\($0.countySlug)/\($0.slug)"
            return !covered.contains(name) && !replaced.contains(name)
        }.map { plan in
            Diagnostic(.warning, at: SourceLocation(file: plan.sourceFile, line: 1, column: 1),
                       SiteMessages.easyReadMissing, hint: SiteMessages.easyReadMissingHint(plan.slug + ".md"))
        }
    }
}
