import Foundation
import PlanModel

enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// One line per problem, errors and warnings in file order, on standard error.
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sorted() {
            error(diagnostic.description + "\n")
        }
    }
}
