import InterfaceText
import ViewModel

extension AccessibilityPage {
    /// The accessibility statement: who, which site, how compliant, what is not accessible and
    /// why, exemptions (12 §), content outside the law (9 §), method, dates, how to report
    /// problems, and the link to Digg.
    public func html(_ t: Strings) -> HTML {
        Layout.page(frame, t, title: "\(t.statement.title) – \(frame.siteTitle)",
                    description: t.statement.description(frame.siteTitle), main: """
        <h1>\(t.statement.title)</h1>
        <p class="lead">\(t.statement.intro(frame.sitePublisher, frame.siteTitle))</p>
        <dl class="plan-facts">
        <div><dt>\(t.statement.organisation)</dt><dd>\(frame.sitePublisher)</dd></div>
        <div><dt>\(t.statement.service)</dt><dd>\(frame.siteTitle)</dd></div>
        \(assessed.map { fact(t.statement.assessed, $0) })\
        \(updated.map { fact(t.statement.updated, $0) })\
        </dl>

        <h2>\(t.statement.complianceHeading)</h2>
        <p>\(complianceText(t))</p>

        <h2>\(t.statement.problemsHeading)</h2>
        <p>\(t.statement.problemsIntro)</p>
        <h3>\(t.statement.knownProblemsHeading)</h3>
        \(if: knownProblems.isEmpty, "<p>\(t.statement.noKnownProblems)</p>", else: list(knownProblems))
        \(if: !exemptions.isEmpty, part(t.statement.exemptionsHeading, t.statement.exemptionsIntro, exemptions))\
        \(if: !outsideScope.isEmpty, part(t.statement.outsideScopeHeading, t.statement.outsideScopeIntro, outsideScope))
        <h2>\(t.statement.otherFormatHeading)</h2>
        <p>\(t.statement.otherFormat)</p>

        <h2>\(t.statement.contactHeading)</h2>
        <p>\(t.statement.contactIntro)</p>
        \(frame.contact.map { contactList($0, t) } ?? "<p>\(t.statement.noContact)</p>\n")\

        <h2>\(t.statement.supervisionHeading)</h2>
        <p>\(t.statement.supervision)</p>
        <p><a href="https://www.digg.se/tdosanmalan">\(t.statement.diggLink)</a></p>

        \(method.map { method -> HTML in "<h2>\(t.statement.methodHeading)</h2>\n<p>\(method)</p>\n" })\
        <h2>\(t.statement.technicalHeading)</h2>
        <p>\(t.statement.technical)</p>
        """)
    }

    private func fact(_ label: String, _ date: DateFact) -> HTML {
        let value: HTML = if let iso = date.iso { "<time datetime=\"\(iso)\">\(date.text)</time>" } else { "\(date.text)" }
        return "<div><dt>\(label)</dt><dd>\(value)</dd></div>\n"
    }

    private func complianceText(_ t: Strings) -> String {
        switch compliance {
        case .full: t.statement.complianceFull
        case .partial: t.statement.compliancePartial
        case .not: t.statement.complianceNot
        }
    }

    /// Exemptions or content outside the law: a heading, what it means, and the list.
    private func part(_ heading: String, _ intro: String, _ items: [String]) -> HTML {
        """
        <h3>\(heading)</h3>
        <p>\(intro)</p>
        \(list(items))

        """
    }

    /// A list of the statement's facts, each as written in site.yml.
    private func list(_ items: [String]) -> HTML {
        """
        <ul>
        \(items.map { item -> HTML in "<li>\(item)</li>\n" })\
        </ul>
        """
    }

    private func contactList(_ contact: ContactLinks, _ t: Strings) -> HTML {
        """
        <ul>
        \(contact.email.map { email -> HTML in "<li>\(t.footer.email): <a href=\"\(contact.emailHref)\">\(email)</a></li>\n" })\
        \(contact.phone.map { phone -> HTML in "<li>\(t.footer.phone): <a href=\"\(contact.phoneHref)\">\(phone)</a></li>\n" })\
        \(contact.address.map { address -> HTML in "<li>\(t.footer.address): \(address)</li>\n" })\
        \(contact.url.map { url -> HTML in "<li>\(t.footer.web): <a href=\"\(url)\">\(url)</a></li>\n" })\
        </ul>

        """
    }
}
