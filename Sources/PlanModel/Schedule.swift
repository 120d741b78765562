/// An activity's time (`När`) read as a period, when it is one; the words as written are kept
/// beside it and are what the pages show.
public enum Schedule: Sendable, Hashable, Codable {
    /// `2016`, `2016–2017`.
    case years(first: Int, last: Int)
    /// `Q3 2016`, `hösten 2016`, `första halvåret 2016`.
    case part(YearPart, year: Int)
    /// `Löpande`, `Årligen`: every year of the plan's period.
    case recurring(Recurrence)

    public enum YearPart: String, Sendable, Hashable, Codable, CaseIterable {
        case q1, q2, q3, q4, firstHalf = "h1", secondHalf = "h2", spring = "var", summer = "sommar",
             autumn = "host", winter = "vinter"
    }

    public enum Recurrence: String, Sendable, Hashable, Codable {
        case continuous = "lopande", yearly = "arligen"
    }

    /// The years the activity is to be done in; for a recurring one, the plan's period.
    public func years(in period: Period) -> ClosedRange<Int> {
        switch self {
        case .years(let first, let last): first...last
        case .part(_, let year): year...year
        case .recurring: period.first...period.last
        }
    }

    /// The year by which it should be done; nil for a recurring activity, which never is.
    public var dueYear: Int? {
        switch self {
        case .years(_, let last): last
        case .part(_, let year): year
        case .recurring: nil
        }
    }

    /// Whether it should be done by the end of `year`: its due year has come. A recurring
    /// activity always is (each report should say how it goes).
    public func isDue(by year: Int) -> Bool { dueYear.map { $0 <= year } ?? true }
}
