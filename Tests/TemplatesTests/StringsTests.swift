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

    @Test func countsAndListsReadAsSwedish() {
        let t = Strings.sv
        #expect(t.count.activities(1) == "1 aktivitet")
        #expect(t.count.activities(12) == "12 aktiviteter")
        #expect(t.list(["a", "b", "c"]) == "a, b och c")
        #expect(t.list(["a"]) == "a")
        #expect(t.footer.publishedBy("Länsstyrelsen") == "Webbplatsen ges ut av Länsstyrelsen.")
    }
}
