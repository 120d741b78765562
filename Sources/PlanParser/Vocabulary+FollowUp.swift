import PlanModel

/// The words of a follow-up report. docs/content-format.md lists every word here; the words the
/// site shows for each status are the interface strings' (`Strings.status`).
extension Vocabulary {
    /// Status words, with the synonyms editors write. `Ersatt av aktivitet-7` is `Ersatt` followed
    /// by the activity that replaces it.
    static let statusWords = WordList<ActivityStatus>([
        ("Ej påbörjad", .notStarted), ("Inte påbörjad", .notStarted), ("Ej startad", .notStarted),
        ("Pågår", .ongoing), ("Pågående", .ongoing), ("Påbörjad", .ongoing),
        ("Genomförd", .done), ("Klar", .done), ("Avslutad", .done),
        ("Försenad", .delayed),
        ("Avbruten", .cancelled), ("Struken", .cancelled),
        ("Ersatt", .replaced),
    ])

    /// The word between `Ersatt` and the activity that replaces it.
    static let replacedByWord = "av"

    enum FollowUpColumn: Sendable { case activity, status, comment, indicator }

    /// Column headings of a follow-up table: `| Aktivitet | Status | Kommentar | Indikator |`.
    static let followUpColumns = WordList<FollowUpColumn>(
        activityWords.map { ($0, .activity) } + [
            ("Status", .status), ("Läge", .status), ("Lägesrapport", .status),
            ("Kommentar", .comment), ("Kommentarer", .comment), ("Beskrivning", .comment),
            ("Indikator", .indicator), ("Indikatorer", .indicator), ("Indikatorvärde", .indicator),
            ("Utfall", .indicator),
        ])
}
