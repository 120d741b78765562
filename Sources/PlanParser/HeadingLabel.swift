/// A heading cut into a possible label, the number the document gives it and its title. Real
/// plans number their areas in every way: `Målområde 1: Arbete`, `Målområde 1. Arbete`,
/// `Målområde 1 – Arbete`, `1. Målområde: Arbete` or `Målområde: 1. Arbete`. Whether `label` is a
/// label at all is for the vocabulary to say.
struct HeadingLabel: Equatable {
    var label: String
    var number: String?
    var title: String

    /// Labels are a word or three; more words before a colon make a sentence, not a label.
    static let maximumLabelWords = 3

    init(label: String, number: String?, title: String) {
        self.label = label
        self.number = number
        self.title = title
    }

    init?(_ text: String) {
        var rest = Substring(text)
        var number = Self.takeLeadingNumber(&rest)
        if let colon = rest.firstIndex(of: ":") {
            var label = Substring(rest[..<colon].trimmingWhitespace)
            let title = Substring(rest[rest.index(after: colon)...].trimmingWhitespace)
            if number == nil { number = Self.takeTrailingNumber(&label) }
            // `Målområde: 1. Arbete`: the number is the area's, and the title keeps it as written,
            // so that its anchor and every list that shows titles stay as they were.
            if number == nil {
                var numbered = title
                number = Self.takeLeadingNumber(&numbered)
            }
            self.init(label: String(label), number: number, title: title.trimmingWhitespace)
        } else if number == nil {
            // No colon: a label, then a number and a full stop (`Målområde 1. Arbete`) or a dash
            // (`Målområde 1 – Arbete`). Without either (`Mål 2030`) it is an ordinary heading.
            let words = rest.split(separator: " ", omittingEmptySubsequences: true)
            guard let index = words.firstIndex(where: { Self.isNumber($0.trimmingSuffix(".")) }), index > 0
            else { return nil }
            let dashed = index + 1 < words.count && ["–", "-", "—"].contains(words[index + 1])
            guard words[index].hasSuffix(".") || dashed else { return nil }
            self.init(label: words[..<index].joined(separator: " "),
                      number: String(words[index].trimmingSuffix(".")),
                      title: words[(index + (dashed ? 2 : 1))...].joined(separator: " "))
        } else {
            // `2.1 Mål` is a numbered heading, not a label: a label needs its colon here.
            return nil
        }
        guard !label.isEmpty, label.split(separator: " ").count <= Self.maximumLabelWords else { return nil }
    }

    /// `1.`, `1.2.`, `2)` and the space after them, taken from the start of `text`. Without the
    /// full stop or bracket it is a year or a count (`2020 har …`), not a number.
    private static func takeLeadingNumber(_ text: inout Substring) -> String? {
        let digits = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard let first = digits.first, first.isNumber else { return nil }
        var after = text[digits.endIndex...]
        let bracket = after.first == ")"
        if bracket { after = after.dropFirst() }
        guard digits.last == "." || bracket, after.first == " " || after.isEmpty else { return nil }
        text = Substring(after.trimmingWhitespace)
        return String(digits.trimmingSuffix("."))
    }

    /// `Målområde 1` → `Målområde`, `1`.
    private static func takeTrailingNumber(_ label: inout Substring) -> String? {
        guard let space = label.lastIndex(of: " ") else { return nil }
        let last = label[label.index(after: space)...].trimmingSuffix(".")
        guard isNumber(last) else { return nil }
        label = Substring(label[..<space].trimmingWhitespace)
        return String(last)
    }

    private static func isNumber(_ text: some StringProtocol) -> Bool {
        guard let first = text.first, first.isASCII, first.isNumber else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
}

extension StringProtocol {
    func trimmingSuffix(_ suffix: Character) -> SubSequence {
        last == suffix ? self[startIndex..<index(before: endIndex)] : self[...]
    }
}
