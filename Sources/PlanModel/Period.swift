/// The years a plan covers, first and last included.
public struct Period: Codable, Sendable, Hashable, CustomStringConvertible {
    public var first: Int
    public var last: Int

    /// The years a period may span. The periods page has a column for every year between the
    /// earliest and the latest plan, so a period of 1000–9999 would make it hundreds of
    /// megabytes; no plan for integration falls outside these.
    public static let possibleYears = 1900...2100

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    public func contains(_ year: Int) -> Bool { (first...last).contains(year) }

    public var years: ClosedRange<Int> { first...last }

    /// `2015–2017`, or `2016` for one year.
    public var description: String { first == last ? "\(first)" : "\(first)–\(last)" }
}

/// A date as precise as the document gives it: a year, a month or a day.
public struct PartialDate: Codable, Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601: `2016`, `2016-02` or `2016-02-23`.
    public var description: String {
        var text = String(year)
        if let month { text += "-" + twoDigits(month) }
        if let day { text += "-" + twoDigits(day) }
        return text
    }

    private func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
