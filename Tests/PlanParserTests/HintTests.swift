import PlanModel
import TestSupport
import Testing

/// The one edit distance and the bounded "closest" search every hint uses.
@Suite struct HintTests {
    static func word(_ random: inout SplitMix64) -> String {
        let letters = Array("aåbcdeéö-")
        return String((0..<Int(random.next() % 12)).map { _ in letters[Int(random.next() % UInt64(letters.count))] })
    }

    @Test func theBoundedDistanceIsTheFullOneWithinTheBoundAndNilPastIt() {
        var random = SplitMix64(seed: 18)
        for _ in 0..<3_000 {
            let a = Self.word(&random), b = Self.word(&random)
            let full = SwedishFolding.editDistance(a, b)
            for bound in 0...6 {
                let bounded = SwedishFolding.editDistance(Array(a), Array(b), atMost: bound)
                #expect(bounded == (full <= bound ? full : nil), "\(a) \(b) \(bound)")
            }
        }
        #expect(SwedishFolding.editDistance("vasternorrland", "västernorrland") == 1)
    }

    @Test func theClosestCandidatesAreThoseAFullSearchFinds() {
        var random = SplitMix64(seed: 15)
        for _ in 0..<300 {
            let candidates = (0..<Int(random.next() % 40)).map { _ in Self.word(&random) }
            let target = Self.word(&random)
            let found = HintCandidates(candidates).closest(to: target, limit: 3)
            let distances = candidates.map { SwedishFolding.editDistance(target, $0) }
            let third = distances.count >= 3 ? distances.sorted()[2] : Int.max
            let expected = candidates.indices.filter { distances[$0] <= third }
            #expect(found.map(\.candidate) == expected, "\(target) \(candidates)")
            #expect(found.allSatisfy { $0.distance == distances[$0.candidate] })
        }
    }
}
