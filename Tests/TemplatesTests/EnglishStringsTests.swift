import InterfaceText
import Testing

/// The English interface text beside the Swedish: the compiler already insists on the same keys;
/// these check that every text and every text made from values is there and not left in Swedish.
@Suite struct EnglishStringsTests {
    /// Every closure text of a group, by its path, to be called with made-up values.
    static func closures(_ value: Any, path: String = "") -> [String] {
        Mirror(reflecting: value).children.flatMap { child -> [String] in
            let name = path.isEmpty ? child.label ?? "" : path + "." + (child.label ?? "")
            switch child.value {
            case is String, is [String], is Plural: return []
            case is @Sendable (String) -> String, is @Sendable (String, String) -> String,
                 is @Sendable (String, String, String) -> String, is @Sendable (String, String, String, String) -> String:
                return [name]
            default: return Self.closures(child.value, path: name)
            }
        }
    }

    @Test func bothLanguagesHaveTheSameTextsAndNoEnglishTextIsEmpty() {
        let swedish = StringsTests.texts(Strings.sv)
        let english = StringsTests.texts(Strings.en)
        #expect(english.map(\.0) == swedish.map(\.0))
        #expect(Self.closures(Strings.en) == Self.closures(Strings.sv))
        #expect(Self.closures(Strings.en).count > 30)
        for (path, text) in english {
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(path) is empty")
            #expect(!text.contains("<"), "\(path) holds markup; write plain text")
        }
    }

    /// Texts that differ between the languages (names of formats and units like `kB` may not):
    /// a Swedish text copied into the English file by mistake shows up here.
    @Test func theEnglishTextsAreNotTheSwedishOnes() {
        let swedish = Dictionary(StringsTests.texts(Strings.sv), uniquingKeysWith: { first, _ in first })
        let same = StringsTests.texts(Strings.en).filter { path, text in swedish[path] == text && text.count > 15 }
        #expect(same.isEmpty, "\(same)")
    }

    @Test func textsMadeFromValuesReadAsEnglish() {
        let t = Strings.en
        #expect(t.count.activities(1) == "1 activity")
        #expect(t.count.activities(12) == "12 activities")
        #expect(t.list(["a", "b", "c"]) == "a, b and c")
        #expect(t.footer.publishedBy("the county") == "This website is published by the county.")
        #expect(t.formats.request.subject("Plan", "https://example.se/p/") == "Request for another format: Plan (https://example.se/p/)")
    }

    @Test(arguments: [("en", true), ("en-GB", true), ("EN", true), ("sv", false), ("de", false), ("", false)])
    func theLanguageCodePicksTheText(code: String, english: Bool) {
        #expect(Strings.forLanguage(code).isEnglish == english)
    }
}
