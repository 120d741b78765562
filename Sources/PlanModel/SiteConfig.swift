/// The site's own facts, from `content/site.yml`.
public struct SiteConfig: Codable, Sendable, Hashable {
    public var title: String
    public var publisher: String
    /// Where the site is published, e.g. `https://www.example.se/planer/`; nil keeps every address
    /// relative, so the output opens from disk and works under any sub-path.
    public var baseURL: String?
    public var language: String
    /// A fixed build date (ISO 8601) for feeds and the statement; nil means none is shown.
    public var date: String?
    public var contact: Contact
    public var accessibility: AccessibilityStatement
    /// What the DCAT-AP-SE catalogue (`datasets/dcat`) says beyond the above.
    public var openData: OpenData

    public init(title: String, publisher: String, baseURL: String?, language: String, date: String?,
                contact: Contact, accessibility: AccessibilityStatement, openData: OpenData = OpenData()) {
        self.title = title
        self.publisher = publisher
        self.baseURL = baseURL
        self.language = language
        self.date = date
        self.contact = contact
        self.accessibility = accessibility
        self.openData = openData
    }

    /// site.yml's `organisationNumber:`, `license:`, `titleEnglish:` and `description:`.
    public struct OpenData: Codable, Sendable, Hashable {
        /// CC0 1.0: the plans are public documents, and their data is free for any use.
        public static let cc0 = "http://creativecommons.org/publicdomain/zero/1.0/"

        /// The publisher's organisation number, ten digits without the hyphen: its IRI on
        /// Sveriges dataportal is `http://dataportal.se/organisation/SE<digits>`.
        public var organisationNumber: String?
        /// The license of the catalogue and every data file, as an absolute IRI.
        public var license: String
        /// The site's title in English, beside the Swedish one in the catalogue.
        public var titleEnglish: String?
        /// One or two sentences about the site; the catalogue's description.
        public var description: String?

        public init(organisationNumber: String? = nil, license: String = OpenData.cc0, titleEnglish: String? = nil,
                    description: String? = nil) {
            self.organisationNumber = organisationNumber
            self.license = license
            self.titleEnglish = titleEnglish
            self.description = description
        }
    }

    public struct Contact: Codable, Sendable, Hashable {
        public var email: String?
        public var phone: String?
        public var address: String?
        public var url: String?

        public init(email: String? = nil, phone: String? = nil, address: String? = nil, url: String? = nil) {
            self.email = email
            self.phone = phone
            self.address = address
            self.url = url
        }
    }

    /// The facts DIGG requires in a tillgänglighetsredogörelse.
    public struct AccessibilityStatement: Codable, Sendable, Hashable {
        /// `helt`, `delvis` or `inte` (förenlig).
        public var compliance: String
        public var assessed: String?
        public var updated: String?
        public var method: String?
        public var knownProblems: [String]
        public var exemptions: [String]
        public var outsideScope: [String]

        public init(compliance: String, assessed: String? = nil, updated: String? = nil, method: String? = nil,
                    knownProblems: [String] = [], exemptions: [String] = [], outsideScope: [String] = []) {
            self.compliance = compliance
            self.assessed = assessed
            self.updated = updated
            self.method = method
            self.knownProblems = knownProblems
            self.exemptions = exemptions
            self.outsideScope = outsideScope
        }
    }
}
