import Foundation
import PlanModel
@testable import Site
import Testing

/// Values from outside the content folder are checked as strictly as the content itself.
@Suite struct SafeValueTests {
    @Test func sourceDateEpochMustBeWholeSecondsSince1970() {
        #expect(ContentLoader.sourceDateEpoch("0") == 0)
        #expect(ContentLoader.sourceDateEpoch("1767225600").map(ContentLoader.isoDate) == "2026-01-01")
        #expect(ContentLoader.sourceDateEpoch("253402300799").map(ContentLoader.isoDate) == "9999-12-31")
        for bad in ["nan", "inf", "-inf", "abc", "1e9", "-5", "+5", " 5", "5.0", "253402300800", "99999999999999999999"] {
            #expect(ContentLoader.sourceDateEpoch(bad) == nil, "\(bad)")
        }
    }
}
