import ArgumentParser
import Foundation
import Site

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kontrollerar innehållet och bygger webbplatsen i output-mappen.")

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "Mappen som webbplatsen skrivs till.")
    var output = "public"

    @Flag(name: .long, help: "Ta med planer som har draft: true.")
    var drafts = false

    @Option(name: .long, help: "html (bara webbsidor) eller all (även text, EPUB, JSON och CSV); lägg till pdf (all,pdf) för en taggad PDF av varje plans storstilssida, utskriven med Chromium.")
    var formats: FormatChoice = FormatChoice(formats: .all, pdf: false)

    func run() throws {
        let started = Date()
        let report = SiteBuilder.build(BuildOptions(
            contentDirectory: options.content, outputDirectory: output,
            includeDrafts: drafts, formats: formats.formats, pdf: formats.pdf))
        Terminal.print(report.diagnostics)
        guard let written = report.writtenFiles else {
            Terminal.error(report.failure.map { "\($0)\n" } ?? "")
            if OutputWriter.oldSiteAside(output) == nil {
                Terminal.error("\(report.summary). Bygget avbröts; \(output)/ är orörd.\n")
            } else {
                Terminal.error("\(report.summary). Bygget avbröts.\n")
            }
            throw ExitCode.failure
        }
        for note in report.notes { Terminal.out(note + "\n") }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        Terminal.out("\(report.summary). Skrev \(written) filer till \(output)/ på \(seconds) s.\n")
    }
}

/// `--formats`: `html` or `all`, and `pdf` beside either, comma-separated (`all,pdf`).
struct FormatChoice: ExpressibleByArgument {
    var formats: BuildOptions.Formats
    var pdf: Bool

    init(formats: BuildOptions.Formats, pdf: Bool) {
        self.formats = formats
        self.pdf = pdf
    }

    init?(argument: String) {
        var formats: BuildOptions.Formats?
        var pdf = false
        for part in argument.split(separator: ",", omittingEmptySubsequences: false) {
            if part == "pdf", !pdf {
                pdf = true
            } else if let chosen = BuildOptions.Formats(rawValue: String(part)), formats == nil {
                formats = chosen
            } else {
                return nil
            }
        }
        self.init(formats: formats ?? .all, pdf: pdf)
    }

    var defaultValueDescription: String { "all" }
    static var allValueStrings: [String] { ["html", "all", "all,pdf", "html,pdf"] }
}
