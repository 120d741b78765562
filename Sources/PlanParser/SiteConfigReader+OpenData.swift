import PlanModel
import Yams

extension SiteConfigReader {
    /// site.yml's fields for the DCAT-AP-SE catalogue, each checked where it stands: the
    /// organisation number (ten digits, a hyphen allowed) and the license (an absolute IRI,
    /// CC0 1.0 when absent).
    static func openData(_ root: Node?, file: String, diagnostics: inout [Diagnostic]) -> SiteConfig.OpenData {
        func string(_ key: String) -> String? {
            root?[key]?.string.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        }
        func location(_ key: String) -> SourceLocation {
            let mark = root?[key]?.mark
            return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        }
        var openData = SiteConfig.OpenData(titleEnglish: string("titleEnglish"), description: string("description"))
        if let number = string("organisationNumber") {
            let digits = number.filter { $0 != "-" && $0 != " " }
            if digits.count == 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }), number.filter({ $0 == "-" }).count <= 1 {
                openData.organisationNumber = digits
            } else {
                diagnostics.append(Diagnostic(.error, at: location("organisationNumber"), Messages.badOrganisationNumber(number),
                                              hint: Messages.organisationNumberHint))
            }
        }
        if let license = string("license") {
            if TextSafety.isAbsoluteWebIRI(license) {
                openData.license = license
            } else {
                diagnostics.append(Diagnostic(.error, at: location("license"), Messages.notAbsoluteIRI("license", license),
                                              hint: Messages.licenseHint))
            }
        }
        return openData
    }
}
