import Foundation
import InterfaceText
import Testing

/// The interface text is typed Swift: a missing key does not compile. What is left to check
/// is that no text is empty and that counts and lists read as Swedish.
@Suite struct StringsTests {
    /// Every text of every group, by its path (`menu.home`).
    static func texts(_ value: Any, path: String = "") -> [(String, String)] {
        Mirror(reflecting: value).children.flatMap { child -> [(String, String)] in
            let name = path.isEmpty ? child.label ?? "" : path + "." + (child.label ?? "")
            switch child.value {
            case let text as String: return [(name, text)]
            case let texts as [String]: return texts.map { (name, $0) }
            case let plural as Plural: return [(name + ".one", plural.one), (name + ".many", plural.many)]
            default: return Self.texts(child.value, path: name)
            }
        }
    }

    @Test func noSwedishTextIsEmpty() {
        let texts = Self.texts(Strings.sv)
        #expect(texts.count > 300)
        for (path, text) in texts {
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(path) is empty")
            #expect(!text.contains("<"), "\(path) holds markup; write plain text")
        }
        #expect(Strings.sv.months.count == 12)
    }

    /// A count places its number at every `{n}`, as Foundation's replacing did, in every language.
    @Test func everyCountPlacesItsNumberWhereTheTextSays() {
        let plurals = [Strings.sv, Strings.en].flatMap { Self.plurals(Mirror(reflecting: $0)) }
            + [Plural(one: "ett", many: "{n}"), Plural(one: "ett", many: "{n} av {n}, {n}"), Plural(one: "", many: "inga"),
               Plural(one: "en", many: "{n}{n}å{n"), Plural(one: "en", many: "")]
        #expect(plurals.count > 20)
        for plural in plurals {
            for number in [0, 1, 2, 17, 5_000, -3] {
                let expected = number == 1 ? plural.one : plural.many.replacingOccurrences(of: "{n}", with: String(number))
                #expect(Array(plural(number).utf8) == Array(expected.utf8), "\(plural.many) \(number)")
            }
        }
    }

    private static func plurals(_ mirror: Mirror) -> [Plural] {
        mirror.children.flatMap { child -> [Plural] in
            if let plural = child.value as? Plural { return [plural] }
            return plurals(Mirror(reflecting: child.value))
        }
    }

    @Test func countsAndListsReadAsSwedish() {
        let t = Strings.sv
        #expect(t.count.activities(1) == "1 aktivitet")
        #expect(t.count.activities(12) == "12 aktiviteter")
        #expect(t.list(["a", "b", "c"]) == "a, b och c")
        #expect(t.list(["a"]) == "a")
        #expect(t.footer.publishedBy("Länsstyrelsen") == "Webbplatsen ges ut av Länsstyrelsen.")
    }
}
