import Foundation
import PlanModel

/// How every output names a section: the plan's page (headings, table of contents, captions) and
/// every format, so that they never disagree. Areas and prose sections show their heading as
/// written (`Fokusområde: Boende`); special sections show the title the document gives them
/// (`## Ordlista: Bilaga 3 – Ordlista` shows as `Bilaga 3 – Ordlista`).
public enum SectionHeading {
    /// The heading as plain text.
    public static func text(_ section: Section) -> String { shown(section, section.headingText) }

    /// The heading as cmark's HTML.
    public static func html(_ section: Section) -> String { shown(section, section.headingHTML) }

    /// `heading`, the section's heading as text or as HTML, without a special section's label.
    /// The label is plain words (`Ordlista`), so it starts the HTML as it starts the text.
    static func shown(_ section: Section, _ heading: String) -> String {
        guard isSpecial(section.kind), let label = section.label, heading.hasPrefix(label) else { return heading }
        // The parser takes the label from before the colon and trims it: `Ordlista : …` has one too.
        let afterLabel = heading.dropFirst(label.count).drop { $0 == " " || $0 == "\t" }
        guard afterLabel.first == ":" else { return heading }
        let title = afterLabel.dropFirst().trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? heading : title
    }

    private static func isSpecial(_ kind: SectionKind) -> Bool {
        switch kind {
        case .glossary, .examples, .signatories, .participants, .references: true
        case .area, .prose, .example, .network: false
        }
    }
}
