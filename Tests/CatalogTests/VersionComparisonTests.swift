import Catalog
import PlanModel
import PlanParser
import Testing

/// Two versions of a plan compared in its own terms: the acceptance cases, each on real
/// parsed plans (`replaces:`) through the real catalogue.
@Suite struct VersionComparisonTests {
    static let earlier = """
        ## Målområde 1: Arbete

        Tema: arbete

        Mål: Fler nyanlända har ett arbete inom två år.

        | Aktivitet | Ansvar |
        | --- | --- |
        | Erbjuda praktikplatser i kommunernas egna verksamheter. | Region Jämtland Härjedalen |
        | Ordna branschträffar där arbetsgivare möter nyanlända. | Arbetsförmedlingen |
        | Validera yrkeskunskaper inom vård och bygg. | Arbetsförmedlingen |

        ## Målområde 2: Språk och utbildning

        Tema: utbildning

        | Aktivitet | Ansvar |
        | --- | --- |
        | Starta språkcaféer på biblioteken i alla kommuner. | Region Jämtland Härjedalen |
        """

    /// `earlier` with `change` applied, as the next version.
    static func compare(_ later: String) throws -> (VersionComparison, Catalog) {
        let first = try PlanLinkTests.plan("plan-2024", kind: "handlingsplan", body: earlier)
        let second = try PlanLinkTests.plan("plan-2025", kind: "handlingsplan", extra: "replaces: plan-2024.md", body: later)
        let (catalog, diagnostics) = PlanLinkTests.build([first, second])
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.description))")
        let older = try #require(catalog.planIndex(PlanKey(first))), newer = try #require(catalog.planIndex(PlanKey(second)))
        #expect(catalog.versions(of: newer) == [older, newer])
        return (VersionComparison(catalog, older: older, newer: newer), catalog)
    }

    static func text(_ catalog: Catalog, _ activity: Int?) -> String? { activity.map { catalog.activities[$0].text } }

    @Test func anActivityAddedInTheNewVersionIsListedAsAdded() throws {
        let later = Self.earlier.replacingOccurrences(of: """
            | Starta språkcaféer på biblioteken i alla kommuner. | Region Jämtland Härjedalen |
            """, with: """
            | Starta språkcaféer på biblioteken i alla kommuner. | Region Jämtland Härjedalen |
            | Erbjuda digital samhällsorientering på tio språk. | Region Jämtland Härjedalen |
            """)
        let (comparison, catalog) = try Self.compare(later)
        #expect(comparison.activities.count == 1)
        let change = try #require(comparison.activities.first)
        #expect(change.old == nil && Self.text(catalog, change.new) == "Erbjuda digital samhällsorientering på tio språk.")
        #expect(comparison.areas.isEmpty)
    }

    @Test func anActivityLeftOutOfTheNewVersionIsListedAsRemoved() throws {
        let later = Self.earlier.replacingOccurrences(of: """
            | Validera yrkeskunskaper inom vård och bygg. | Arbetsförmedlingen |

            """, with: "\n")
        let (comparison, catalog) = try Self.compare(later)
        #expect(comparison.activities.count == 1)
        let change = try #require(comparison.activities.first)
        #expect(change.new == nil && Self.text(catalog, change.old) == "Validera yrkeskunskaper inom vård och bygg.")
    }

    @Test func aRewordedActivityIsMatchedAndItsChangedWordsMarked() throws {
        let later = Self.earlier.replacingOccurrences(of: "Ordna branschträffar där arbetsgivare möter nyanlända.",
                                                      with: "Ordna branschträffar där arbetsgivare och kommuner möter nyanlända varje år.")
        let (comparison, _) = try Self.compare(later)
        #expect(comparison.activities.count == 1)
        let change = try #require(comparison.activities.first)
        #expect(change.old != nil && change.new != nil && change.isReworded && !change.isMoved && !change.responsibleChanged)
        #expect(change.words == [
            WordChange(.same, "Ordna branschträffar där arbetsgivare"), WordChange(.added, "och kommuner"),
            WordChange(.same, "möter"), WordChange(.removed, "nyanlända."), WordChange(.added, "nyanlända varje år."),
        ])
    }

    @Test func anActivityWhoseResponsibleOrganisationChangedSaysSo() throws {
        let later = Self.earlier.replacingOccurrences(of: """
            | Validera yrkeskunskaper inom vård och bygg. | Arbetsförmedlingen |
            """, with: """
            | Validera yrkeskunskaper inom vård och bygg. | Region Jämtland Härjedalen |
            """)
        let (comparison, catalog) = try Self.compare(later)
        #expect(comparison.activities.count == 1)
        let change = try #require(comparison.activities.first)
        #expect(change.responsibleChanged && !change.isReworded && !change.partnersChanged)
        #expect(Self.text(catalog, change.new) == "Validera yrkeskunskaper inom vård och bygg.")
    }

    @Test func aRenamedAreaIsOneAreaRenamedNotOneRemovedAndOneAdded() throws {
        let later = Self.earlier.replacingOccurrences(of: "## Målområde 2: Språk och utbildning",
                                                      with: "## Målområde 2: Svenska för nyanlända")
        let (comparison, catalog) = try Self.compare(later)
        #expect(comparison.areas.count == 1)
        let change = try #require(comparison.areas.first)
        #expect(change.isRenamed)
        #expect(change.old.map { catalog.areas[$0].title } == "Språk och utbildning")
        #expect(change.new.map { catalog.areas[$0].title } == "Svenska för nyanlända")
        // Its activity stayed in it: not moved.
        #expect(comparison.activities.isEmpty)
    }

    @Test func anActivityInAnotherAreaOfTheNewVersionCountsAsMoved() throws {
        var later = Self.earlier.replacingOccurrences(of: """
            | Validera yrkeskunskaper inom vård och bygg. | Arbetsförmedlingen |

            """, with: "\n")
        later += "\n| Validera yrkeskunskaper inom vård och bygg. | Arbetsförmedlingen |\n"
        let (comparison, _) = try Self.compare(later)
        #expect(comparison.activities.count == 1)
        #expect(comparison.activities.first?.isMoved == true)
        #expect(comparison.activities.first?.isReworded == false)
    }

    @Test func aChangedGoalIsComparedWordByWord() throws {
        let later = Self.earlier.replacingOccurrences(of: "Mål: Fler nyanlända har ett arbete inom två år.",
                                                      with: "Mål: Fler nyanlända har ett arbete inom ett år.")
        let (comparison, _) = try Self.compare(later)
        let change = try #require(comparison.areas.first)
        #expect(!change.isRenamed && change.goals.count == 1)
        #expect(change.goals.first?.words.contains(WordChange(.removed, "två")) == true)
        #expect(change.goals.first?.words.contains(WordChange(.added, "ett")) == true)
    }

    @Test func theSameTextInBothVersionsHasNoChanges() throws {
        let (comparison, _) = try Self.compare(Self.earlier)
        #expect(comparison.areas.isEmpty && comparison.activities.isEmpty)
    }
}

@Suite struct WordDiffTests {
    @Test func wordsBothTextsShareStandAsTheyAre() {
        #expect(WordDiff.diff("a b c d", "a x c d") == [
            WordChange(.same, "a"), WordChange(.removed, "b"), WordChange(.added, "x"), WordChange(.same, "c d"),
        ])
    }

    @Test func anEmptyTextIsAllAddedOrAllRemoved() {
        #expect(WordDiff.diff("", "ny text") == [WordChange(.added, "ny text")])
        #expect(WordDiff.diff("gammal text", "") == [WordChange(.removed, "gammal text")])
    }

    @Test func textsPastTheBoundAreReplacedWholeInsteadOfCompared() {
        let count = Int(Double(WordDiff.cellLimit).squareRoot()) + 10
        let old = (0..<count).map { "a\($0)" }.joined(separator: " ")
        let new = (0..<count).map { "b\($0)" }.joined(separator: " ")
        let changes = WordDiff.diff("start " + old + " slut", "start " + new + " slut")
        #expect(changes.map(\.kind) == [.same, .removed, .added, .same])
    }
}
