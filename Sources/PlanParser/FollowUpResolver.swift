import PlanModel

/// Follow-up reports checked against their plan: every row names one of its activities, once
/// per report, and each report is dated in the plan's period (or the year after, when the
/// final report is usually written).
extension PlanParser {
    public static func resolveFollowUps(_ drafts: [FollowUpDraft], in plan: Plan)
        -> (followUps: [FollowUp], diagnostics: [Diagnostic])
    {
        guard !drafts.isEmpty else { return ([], []) }
        var lookup = ActivityLookup(plan)
        var diagnostics: [Diagnostic] = []
        var followUps: [FollowUp] = []
        for draft in drafts {
            if draft.date.year < plan.period.first || draft.date.year > plan.period.last + 1 {
                diagnostics.append(Diagnostic(.error, at: draft.dateLocation,
                    Messages.followUpOutsidePeriod(draft.date.description, plan.period.description),
                    hint: Messages.followUpOutsidePeriodHint(plan.period.first, plan.period.last + 1)))
            }
            var seen: [String: SourceLocation] = [:]
            var entries: [FollowUpEntry] = []
            for row in draft.rows {
                guard let id = lookup.id(row.activity, at: row.location, diagnostics: &diagnostics) else { continue }
                if let first = seen[id] {
                    diagnostics.append(Diagnostic(.error, at: row.location, Messages.followedUpTwice(id),
                                                  hint: Messages.followedUpTwiceHint(first.line)))
                    continue
                }
                seen[id] = row.location
                var replacedBy: String?
                if let written = row.replacedBy {
                    guard let other = lookup.id(written, at: row.location, diagnostics: &diagnostics) else { continue }
                    replacedBy = other
                }
                entries.append(FollowUpEntry(activityId: id, status: row.status, replacedBy: replacedBy,
                                             comment: row.comment, indicator: row.indicator, location: row.location))
            }
            followUps.append(FollowUp(slug: draft.slug, date: draft.date, reportedBy: draft.reportedBy,
                                      isFinal: draft.isFinal, entries: entries, sourceFile: draft.file))
        }
        followUps.sort { ($0.date, $0.slug) < ($1.date, $1.slug) }
        return (followUps, diagnostics)
    }
}

/// A plan's activities by id and by folded text, for the names a follow-up uses.
struct ActivityLookup {
    private let ids: Set<String>
    /// Folded texts, sorted, with their ids: a unique prefix names an activity too.
    private let texts: [(text: String, id: String)]
    /// Made at the first unknown name: every hint then compares a bounded number.
    private var hints: (candidates: [String], closest: HintCandidates)?
    private let activityIds: [String]

    init(_ plan: Plan) {
        let activities = plan.activities.map(\.activity)
        activityIds = activities.map(\.id)
        ids = Set(activityIds)
        texts = activities.map { (SwedishFolding.fold($0.text), $0.id) }.sorted { ($0.text, $0.id) < ($1.text, $1.id) }
    }

    /// The id of the activity `written` names, or nil with the error said.
    mutating func id(_ written: String, at location: SourceLocation, diagnostics: inout [Diagnostic]) -> String? {
        let name = written.hasPrefix("#") ? String(written.dropFirst()) : written
        if ids.contains(name) { return name }
        let key = SwedishFolding.fold(name)
        let matches = Array(prefixed(by: key))
        if let exact = matches.first(where: { $0.text == key }), matches.filter({ $0.text == key }).count == 1 {
            return exact.id
        }
        if matches.count == 1 { return matches[0].id }
        if matches.count > 1 {
            diagnostics.append(Diagnostic(.error, at: location, Messages.ambiguousActivity(written),
                                          hint: Messages.ambiguousActivityHint(matches.prefix(5).map(\.id))))
            return nil
        }
        diagnostics.append(Diagnostic(.error, at: location, Messages.unknownActivity(written),
                                      hint: Messages.unknownActivityHint(closest(to: name, key: key))))
        return nil
    }

    /// The activities whose folded text starts with `key`, by binary search in the sorted texts.
    private func prefixed(by key: String) -> ArraySlice<(text: String, id: String)> {
        guard !key.isEmpty else { return [] }
        var low = 0, high = texts.count
        while low < high {
            let middle = (low + high) / 2
            if texts[middle].text < key { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < texts.count, texts[end].text.hasPrefix(key) { end += 1 }
        return texts[low..<end]
    }

    /// The id closest to an id-like name, or the id of the text closest to a text.
    private mutating func closest(to name: String, key: String) -> String? {
        let looksLikeId = name.hasPrefix(Activity.idPrefix)
        if hints == nil || (hints!.candidates.count == activityIds.count) != looksLikeId {
            let candidates = looksLikeId ? activityIds : texts.map(\.text)
            hints = (candidates, HintCandidates(candidates))
        }
        guard let best = hints!.closest.closest(to: looksLikeId ? name : key, limit: 1).first else { return nil }
        return looksLikeId ? activityIds[best.candidate] : texts[best.candidate].id
    }
}

extension PlanParser {
    /// For `check --strict`: a plan whose period ended before `currentYear` with no follow-up
    /// marked `final: true`.
    public static func missingFinalFollowUp(_ plan: Plan, currentYear: Int) -> Diagnostic? {
        guard plan.period.last < currentYear, !plan.followUps.contains(where: \.isFinal) else { return nil }
        return Diagnostic(.warning, at: SourceLocation(file: plan.sourceFile, line: 1, column: 1),
                          Messages.noFinalFollowUp(plan.period.description), hint: Messages.noFinalFollowUpHint)
    }
}
