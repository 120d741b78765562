import InterfaceText
import ViewModel

/// The layout of every page: head, header with the menu, breadcrumbs, main, footer.
public enum Layout {
    /// A whole page around `main`. `title` and `description` are plain text.
    public static func page(_ frame: PageFrame, _ t: Strings, title: String, description: String, main: HTML) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="\(frame.language)"\(if: frame.largePrint, " class=\"storstil\"")>
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <meta name="description" content="\(description)">
        \(frame.canonical.map { canonical -> HTML in "<link rel=\"canonical\" href=\"\(canonical)\">\n" })\
        \(styles(frame))\
        \(frame.scripts.map { script -> HTML in "<script src=\"\(frame.root)\(SiteAddress.asset(script))\" defer></script>\n" })\
        </head>
        <body>
        \(header(frame, t))
        \(if: !frame.breadcrumbs.isEmpty, breadcrumbs(frame.breadcrumbs, t))\
        <main id="innehall">
        \(if: frame.draft, "<p class=\"draft-banner\"><strong>\(t.draft.banner)</strong> \(t.draft.explanation)</p>\n")\
        \(main)
        </main>
        \(footer(frame, t))
        </body>
        </html>

        """
    }

    private static func styles(_ frame: PageFrame) -> HTML {
        if let style = frame.inlineStyle {
            return "<style>\n\(HTML.trusted(style))</style>\n"
        }
        return """
        <link rel="stylesheet" href="\(frame.root)\(SiteAddress.stylesheet)">
        \(if: frame.ownStylesheet, "<link rel=\"stylesheet\" href=\"\(frame.root)\(SiteAddress.ownStylesheet)\">\n")
        """
    }

    static func header(_ frame: PageFrame, _ t: Strings) -> HTML {
        let entries = MenuEntry.allCases.filter { frame.hasCatalog || !$0.needsCatalog }
        return """
        <header class="site-header">
        <a class="skip-link" href="#innehall">\(t.skipLink)</a>
        <div class="site-header-inner">
        <a class="site-title" href="\(frame.root)\(SiteAddress.home)">\(frame.logo.map { logo -> HTML in "<img class=\"site-logo\" src=\"\(frame.root)\(logo)\" alt=\"\">" })\(frame.siteTitle)</a>
        <nav class="site-menu" aria-label="\(t.menu.label)">
        <ul>
        \(entries.map { entry -> HTML in
            "<li><a href=\"\(frame.root)\(entry.path)\"\(if: entry == frame.current, " aria-current=\"page\"")>\(menuText(entry, t))</a></li>\n"
        })\
        </ul>
        </nav>
        </div>
        </header>
        """
    }

    static func menuText(_ entry: MenuEntry, _ t: Strings) -> String {
        switch entry {
        case .home: t.menu.home
        case .counties: t.menu.counties
        case .organisations: t.menu.organisations
        case .themes: t.menu.themes
        case .comparison: t.menu.comparison
        case .periods: t.menu.periods
        case .glossary: t.menu.glossary
        case .activities: t.menu.activities
        case .search: t.menu.search
        case .accessibility: t.menu.accessibility
        }
    }

    static func breadcrumbs(_ crumbs: [Crumb], _ t: Strings) -> HTML {
        """
        <nav class="breadcrumbs" aria-label="\(t.breadcrumbs.label)">
        <ol>
        \(crumbs.map { crumb -> HTML in
            if let href = crumb.href {
                return "<li><a href=\"\(href)\">\(crumb.text)</a></li>\n"
            }
            return "<li><span aria-current=\"page\">\(crumb.text)</span></li>\n"
        })\
        </ol>
        </nav>

        """
    }

    static func footer(_ frame: PageFrame, _ t: Strings) -> HTML {
        """
        <footer class="site-footer">
        <div class="site-footer-inner">
        <p>\(t.footer.publishedBy(frame.sitePublisher))</p>
        \(frame.contact.map { contactLine($0, t) })\
        <p class="footer-links"><a href="\(frame.root)\(SiteAddress.accessibility)">\(t.footer.accessibility)</a></p>
        </div>
        </footer>
        """
    }

    private static func contactLine(_ contact: ContactLinks, _ t: Strings) -> HTML {
        var items: [HTML] = []
        if let email = contact.email {
            items.append("<span class=\"contact-item\">\(t.footer.email): <a href=\"\(contact.emailHref)\">\(email)</a></span>")
        }
        if let phone = contact.phone {
            items.append("<span class=\"contact-item\">\(t.footer.phone): <a href=\"\(contact.phoneHref)\">\(phone)</a></span>")
        }
        if let address = contact.address {
            items.append("<span class=\"contact-item\">\(t.footer.address): \(address)</span>")
        }
        if let url = contact.url {
            items.append("<span class=\"contact-item\">\(t.footer.web): <a href=\"\(url)\">\(url)</a></span>")
        }
        return """
        <p class="contact"><span class="contact-label">\(t.footer.contact):</span>
        \(HTML.joined(items, separator: "\n"))
        </p>

        """
    }
}
