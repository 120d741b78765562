import PlanModel

/// `När` as a `Schedule`: a year, a range of years, a quarter, half-year or season of a year,
/// or a recurring time. Anything else (`Hösten`, `Under planperioden`, `2016 och framåt`) is
/// no schedule, and stays words only: it is not a slip, since plans write time in many ways.
public enum ScheduleReader {
    static let recurring: [String: Schedule.Recurrence] = [
        "lopande": .continuous, "kontinuerligt": .continuous, "lopande under perioden": .continuous,
        "arligen": .yearly, "varje ar": .yearly, "en gang per ar": .yearly, "arlig": .yearly,
    ]

    static let parts: [String: Schedule.YearPart] = [
        "q1": .q1, "q2": .q2, "q3": .q3, "q4": .q4, "kvartal 1": .q1, "kvartal 2": .q2, "kvartal 3": .q3,
        "kvartal 4": .q4, "forsta kvartalet": .q1, "andra kvartalet": .q2, "tredje kvartalet": .q3,
        "fjarde kvartalet": .q4, "forsta halvaret": .firstHalf, "andra halvaret": .secondHalf,
        "h1": .firstHalf, "h2": .secondHalf, "varen": .spring, "sommaren": .summer, "hosten": .autumn,
        "vintern": .winter,
    ]

    public static func read(_ text: String) -> Schedule? {
        var folded = Substring(SwedishFolding.fold(text))
        while folded.last == "." { folded = folded.dropLast() }
        let words = folded.split(separator: " ").map(String.init)
        let phrase = words.joined(separator: " ")
        if let recurrence = recurring[phrase] { return .recurring(recurrence) }
        if words.count == 1, let range = years(words[0]) { return .years(first: range.first, last: range.last) }
        guard words.count >= 2, let year = year(words[words.count - 1]),
              let part = parts[words.dropLast().joined(separator: " ")] else { return nil }
        return .part(part, year: year)
    }

    /// `2016`, `2016–2017`, `2016-2017`.
    private static func years(_ word: String) -> (first: Int, last: Int)? {
        let pieces = word.split(omittingEmptySubsequences: false, whereSeparator: { "-–—".contains($0) })
        guard (1...2).contains(pieces.count) else { return nil }
        let numbers = pieces.compactMap { year(String($0)) }
        guard numbers.count == pieces.count, numbers[0] <= numbers[numbers.count - 1] else { return nil }
        return (numbers[0], numbers[numbers.count - 1])
    }

    private static func year(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), Period.possibleYears.contains(year) else { return nil }
        return year
    }
}
