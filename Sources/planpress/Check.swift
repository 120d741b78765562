import ArgumentParser
import Foundation
import PlanModel
import Site

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kontrollerar allt innehåll utan att skriva något.")

    enum OutputFormat: String, ExpressibleByArgument { case text, json }

    @OptionGroup var options: ContentOptions

    @Flag(name: .long, help: "Avsluta med fel även vid varningar, och varna för planer utan lättläst version och för planer vars period är slut utan en slutlig uppföljning.")
    var strict = false

    @Option(name: .long, help: "text eller json.")
    var format: OutputFormat = .text

    func run() throws {
        let (content, checked) = SiteBuilder.check(BuildOptions(contentDirectory: options.content, strict: strict))
        var report = checked
        if strict {
            report.diagnostics = (report.diagnostics + SiteBuilder.missingFinalFollowUps(content)).sorted()
        }
        switch format {
        case .text:
            Terminal.print(report.diagnostics)
            Terminal.out("\(report.summary).\n")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(report.diagnostics)
            Terminal.out(String(decoding: data, as: UTF8.self) + "\n")
        }
        if report.diagnostics.hasErrors || (strict && !report.diagnostics.isEmpty) {
            throw ExitCode.failure
        }
    }
}
