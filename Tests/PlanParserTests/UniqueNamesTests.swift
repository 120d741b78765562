import PlanModel
@testable import PlanParser
import Testing

/// Anchors repeat when headings do; each gets the next free number, however often it repeats.
@Suite struct UniqueNamesTests {
    @Test func aRepeatedNameGetsTheNextFreeNumber() {
        var names = UniqueNames(reserved: ["innehall", "mal-3"])
        let claimed = (1...5).map { _ in names.claim("mal") }
        #expect(claimed == ["mal", "mal-2", "mal-4", "mal-5", "mal-6"])
        #expect(names.claim("mal-2") == "mal-2-2")
        #expect(names.claim("innehall") == "innehall-2")
    }

    @Test func aHeadingRepeatedTwentyThousandTimesGetsTwentyThousandAnchors() {
        var registry = SlugRegistry()
        let slugs = (1...20_000).map { _ in registry.unique("Mål: Fler i arbete", fallback: "avsnitt") }
        #expect(Set(slugs).count == 20_000)
        #expect(slugs.first == "mal-fler-i-arbete")
        #expect(slugs.last == "mal-fler-i-arbete-20000")
    }
}
