import PlanModel

/// The messages about follow-up reports (`<plan>.uppfoljning-2025.md`).
extension Messages {
    static func followsMismatch(_ value: String, _ plan: String) -> String {
        "follows: \(value) stämmer inte med planen som filnamnet anger, \(plan)."
    }
    static func followsMismatchHint(_ plan: String) -> String {
        "Ta bort fältet follows eller skriv follows: \(plan); filnamnet (planens namn, .uppfoljning-…, .md) avgör vilken plan som följs upp."
    }
    static let followUpWithoutTable = "Uppföljningen har ingen tabell med kolumnerna Aktivitet och Status."
    static let followUpWithoutTableHint = "Skriv en tabell: | Aktivitet | Status | Kommentar |, en rad per aktivitet. Se docs/content-format.md."
    static let followUpTextUnused = "Det här står utanför uppföljningens tabell och visas inte."
    static let followUpTextUnusedHint = "Skriv det som en kommentar i tabellen, eller ta bort det."
    static let followUpRowWithoutActivity = "Raden saknar aktivitet."
    static let followUpRowWithoutActivityHint = "Skriv aktivitetens id (aktivitet-12, som i adressen på planens sida) eller dess text i kolumnen Aktivitet."
    static func missingStatus(_ activity: String) -> String { "\(activity) saknar status." }
    static func unknownStatus(_ written: String) -> String { "\"\(written)\" är ingen status som PlanPress känner igen." }
    static func statusWordsHint(_ words: [String]) -> String {
        "Skriv en av: " + words.joined(separator: ", ") + ", eller Ersatt av aktivitet-12."
    }
    static func unknownActivity(_ written: String) -> String { "Planen har ingen aktivitet \"\(written)\"." }
    static func unknownActivityHint(_ closest: String?) -> String {
        (closest.map { "Menade du \($0)? " } ?? "")
            + "Skriv aktivitetens id som i adressen på planens sida (aktivitet-12), eller hela dess text."
    }
    static func ambiguousActivity(_ written: String) -> String { "\"\(written)\" passar in på flera aktiviteter." }
    static func ambiguousActivityHint(_ ids: [String]) -> String {
        "Skriv aktivitetens id i stället, en av: " + ids.joined(separator: ", ") + "."
    }
    static func followedUpTwice(_ id: String) -> String { "\(id) följs upp två gånger i samma rapport." }
    static func followedUpTwiceHint(_ line: Int) -> String {
        "Den följs redan upp på rad \(line); samla status och kommentar på en rad."
    }
    static func followUpOutsidePeriod(_ date: String, _ period: String) -> String {
        "Uppföljningen är daterad \(date), utanför planens period \(period)."
    }
    static func followUpOutsidePeriodHint(_ first: Int, _ last: Int) -> String {
        "Rätta date: så att den ligger mellan \(first) och \(last) (året efter perioden räknas, då görs ofta den sista uppföljningen)."
    }
    static func noFinalFollowUp(_ period: String) -> String {
        "Planens period \(period) är slut, men ingen slutlig uppföljning finns."
    }
    static let noFinalFollowUpHint = "Lägg en uppföljning bredvid planen (planens namn.uppfoljning-ÅR.md) med final: true i front matter."
}
