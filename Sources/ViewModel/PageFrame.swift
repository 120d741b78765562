import Foundation
import InterfaceText
import PlanModel

/// What every page shows around its own content: language, the way back to the root, the
/// menu, breadcrumbs and the footer.
public struct PageFrame: Sendable {
    /// The page's place in the output, relative to the root: `dalarna/index.html`.
    public var path: String
    public var language: String
    /// `../../`: from the page's folder to the site root (the base URL on the 404 page).
    public var root: String
    public var canonical: String?
    public var siteTitle: String
    public var sitePublisher: String
    public var contact: ContactLinks?
    /// Whether the pages joined across counties exist, so that the menu leads to them.
    public var hasCatalog: Bool
    /// The menu entry that is this page, marked `aria-current`.
    public var current: MenuEntry?
    /// Scripts under assets/ that the page loads.
    public var scripts: [String] = []
    public var breadcrumbs: [Crumb]
    public var largePrint = false
    /// The preview's "Utkast" banner.
    public var draft = false
    /// The stylesheet inside the page (404.html, served at any depth).
    public var inlineStyle: String?
    /// The county's own stylesheet (assets/egen.css), linked after the built-in one.
    public var ownStylesheet = false
    /// The county's logo under assets/, shown before the site's title.
    public var logo: String?
}

/// The entries of the main menu, in their order.
public enum MenuEntry: Sendable, CaseIterable {
    case home, counties, organisations, themes, comparison, periods, glossary, activities, search, accessibility

    /// Whether the entry leads to a page joined across counties (shown only when they exist).
    public var needsCatalog: Bool {
        switch self {
        case .home, .counties, .accessibility: false
        default: true
        }
    }

    public var path: String {
        switch self {
        case .home: SiteAddress.home
        case .counties: SiteAddress.counties
        case .organisations: SiteAddress.organisations
        case .themes: SiteAddress.themes
        case .comparison: SiteAddress.comparison
        case .periods: SiteAddress.periods
        case .glossary: SiteAddress.glossary
        case .activities: SiteAddress.activities
        case .search: SiteAddress.search
        case .accessibility: SiteAddress.accessibility
        }
    }
}

/// One step of the breadcrumbs; the last has no link.
public struct Crumb: Sendable {
    public var text: String
    public var href: String?
}

/// The site's contact facts as the footer shows them.
public struct ContactLinks: Sendable {
    public var email: String?
    public var phone: String?
    public var address: String?
    public var url: String?

    public var emailHref: String { "mailto:" + (email ?? "") }
    /// `010-000 00 00` → `tel:0100000000`.
    public var phoneHref: String { "tel:" + (phone ?? "").filter { $0.isASCII && ($0.isNumber || $0 == "+") } }
}

/// Makes the frame of each page for one site.
public struct PageFrames: Sendable {
    public let site: SiteConfig
    public let strings: Strings
    /// Whether the pages joined across counties exist.
    public let hasCatalog: Bool
    /// Whether content/assets/ has its own stylesheet, and which logo it has.
    public let ownStylesheet: Bool
    public let logo: String?

    public init(site: SiteConfig, strings: Strings, hasCatalog: Bool, ownStylesheet: Bool = false, logo: String? = nil) {
        self.site = site
        self.strings = strings
        self.hasCatalog = hasCatalog
        self.ownStylesheet = ownStylesheet
        self.logo = logo
    }

    /// The frame of the page at `path`. `breadcrumbs` name their targets relative to the root;
    /// the home page comes first by itself.
    public func frame(path: String, language: String? = nil, current: MenuEntry? = nil,
                      breadcrumbs: [(text: String, target: String?)]) -> PageFrame {
        let steps = breadcrumbs.isEmpty ? [] : [(text: strings.breadcrumbs.home, target: Optional(SiteAddress.home))] + breadcrumbs
        let language = language ?? site.language
        return PageFrame(
            path: path,
            language: language.isEmpty ? "sv" : language,
            root: SiteAddress.rootPrefix(of: path),
            canonical: SiteAddress.canonical(base: site.baseURL, path: path),
            siteTitle: site.title,
            sitePublisher: site.publisher,
            contact: contact,
            hasCatalog: hasCatalog,
            current: current,
            breadcrumbs: steps.map { Crumb(text: $0.text, href: $0.target.map { SiteAddress.relative(from: path, to: $0) }) },
            ownStylesheet: ownStylesheet,
            logo: logo
        )
    }

    private var contact: ContactLinks? {
        let contact = site.contact
        let present = StatedText.nonBlank
        let links = ContactLinks(email: present(contact.email), phone: present(contact.phone),
                                 address: present(contact.address), url: present(contact.url))
        return [links.email, links.phone, links.address, links.url].allSatisfy { $0 == nil } ? nil : links
    }
}
