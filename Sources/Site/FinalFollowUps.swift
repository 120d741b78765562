import Foundation
import PlanModel
import PlanParser

extension SiteBuilder {
    /// `check --strict`: every plan whose period has ended without a final follow-up. The year
    /// is the site's build date (`SOURCE_DATE_EPOCH`) when it has one, else today's.
    public static func missingFinalFollowUps(_ content: LoadedContent) -> [Diagnostic] {
        let year = content.site?.date.flatMap { Int($0.prefix(4)) }
            ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        return content.plans.compactMap { PlanParser.missingFinalFollowUp($0, currentYear: year) }
    }
}
