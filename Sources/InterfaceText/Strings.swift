import Foundation

/// Every text of the interface, by group. A language is one value of this type
/// (`Strings.sv` in Strings+sv.swift); a key that one language lacks is a compile error.
public struct Strings: Sendable {
    public let skipLink: String
    public let menu: Menu
    public struct Menu: Sendable {
        public let label: String
        public let home: String
        public let counties: String
        public let organisations: String
        public let themes: String
        public let comparison: String
        public let periods: String
        public let glossary: String
        public let activities: String
        public let search: String
        public let accessibility: String
    }
    public let breadcrumbs: Breadcrumbs
    public struct Breadcrumbs: Sendable {
        public let label: String
        public let home: String
        public let largePrint: String
    }
    public let footer: Footer
    public struct Footer: Sendable {
        public let publishedBy: @Sendable (_ sitePublisher: String) -> String
        public let contact: String
        public let email: String
        public let phone: String
        public let address: String
        public let web: String
        public let accessibility: String
    }
    public let draft: Draft
    public struct Draft: Sendable {
        public let banner: String
        public let explanation: String
    }
    public let count: Count
    public struct Count: Sendable {
        public let activities: Plural
        public let areas: Plural
        public let plans: Plural
        public let organisations: Plural
        public let counties: Plural
        public let themes: Plural
        public let definitions: Plural
        public let terms: Plural
        public let involvement: Involvement
        public struct Involvement: Sendable {
            public let responsibleActivities: Plural
            public let partnerActivities: Plural
            public let responsibleAreas: Plural
            public let partnerAreas: Plural
            public let signedPlans: Plural
            public let counties: Plural
        }
    }
    public let lists: Lists
    public struct Lists: Sendable {
        public let and: String
        public let limited: @Sendable (_ activities: String, _ shown: String) -> String
    }
    public let explore: Explore
    public struct Explore: Sendable {
        public let heading: String
        public let intro: String
        public let organisations: String
        public let organisationsText: String
        public let themes: String
        public let themesText: String
        public let comparison: String
        public let comparisonText: String
        public let activities: String
        public let activitiesText: String
        public let periods: String
        public let periodsText: String
        public let glossary: String
        public let glossaryText: String
        public let search: String
        public let searchText: String
        public let followUps: String
        public let followUpsText: String
    }
    public let home: Home
    public struct Home: Sendable {
        public let intro: String
        public let description: @Sendable (_ siteTitle: String) -> String
        public let noPlans: String
    }
    public let counties: Counties
    public struct Counties: Sendable {
        public let title: String
        public let intro: String
        public let description: @Sendable (_ siteTitle: String) -> String
        public let planCountOne: String
        public let planCountMany: @Sendable (_ count: String) -> String
        public let noPlans: String
    }
    public let county: County
    public struct County: Sendable {
        public let description: @Sendable (_ countyName: String) -> String
        public let plansHeading: String
        public let noPlans: String
    }
    public let organisations: Organisations
    public struct Organisations: Sendable {
        public let title: String
        public let description: String
        public let intro: String
        public let groupsLabel: String
        public let groupTable: String
    }
    public let organisationGroup: OrganisationGroup
    public struct OrganisationGroup: Sendable {
        public let title: @Sendable (_ label: String) -> String
        public let pageTitle: @Sendable (_ label: String) -> String
        public let description: @Sendable (_ label: String) -> String
        public let intro: String
        public let caption: @Sendable (_ groupLabel: String) -> String
        public let regionLabel: @Sendable (_ groupLabel: String) -> String
        public let organisation: String
        public let scope: String
        public let counties: String
        public let responsibleActivities: String
        public let partnerActivities: String
        public let responsibleAreas: String
        public let partnerAreas: String
        public let signedPlans: String
    }
    public let organisation: Organisation
    public struct Organisation: Sendable {
        public let description: @Sendable (_ name: String) -> String
        public let national: String
        public let kind: String
        public let group: String
        public let scope: String
        public let short: String
        public let web: String
        public let summary: String
        public let activities: String
        public let countiesLabel: String
        public let signed: String
        public let responsibleAreas: String
        public let partnerAreas: String
        /// The latest status of the organisation's activities, from the follow-up reports.
        public let status: String
        /// `statuses` as `2 genomförda, 1 pågår och 1 inte uppföljd` (`FollowUpJoinWords` counts).
        public let statusSummary: @Sendable (_ statuses: String) -> String
        public let noFollowUp: String
    }
    /// The `kind:` of an entry in organisations.yml, as the organisation page and the search show it.
    public let organisationKinds: OrganisationKinds
    public struct OrganisationKinds: Sendable {
        public let myndighet: String
        public let lansstyrelse: String
        public let region: String
        public let kommun: String
        public let kommungrupp: String
        public let civilsamhalle: String
        public let naringsliv: String
        public let utbildning: String
        public let projekt: String
        public let ovrigt: String
    }
    /// The groups the organisation index lists organisations under, as headings.
    public let organisationGroups: OrganisationGroups
    public struct OrganisationGroups: Sendable {
        public let myndigheter: String
        public let lansstyrelser: String
        public let regioner: String
        public let kommuner: String
        public let utbildning: String
        public let civilsamhalle: String
        public let naringsliv: String
        public let projekt: String
        public let ovrigt: String
    }
    public let themes: Themes
    public struct Themes: Sendable {
        public let title: String
        public let description: String
        public let intro: String
    }
    public let theme: Theme
    public struct Theme: Sendable {
        public let title: @Sendable (_ name: String) -> String
        public let description: @Sendable (_ name: String) -> String
        public let countiesLabel: String
        public let areas: String
        public let inherited: String
        public let activityList: String
        public let countyActivities: @Sendable (_ name: String) -> String
        public let none: String
    }
    public let comparison: Comparison
    public struct Comparison: Sendable {
        public let title: String
        public let description: String
        public let intro: String
        public let caption: String
        public let regionLabel: String
        public let theme: String
        public let total: String
        public let allCounties: String
        public let allThemes: String
        public let cellContext: @Sendable (_ county: String, _ theme: String) -> String
        public let zeroNote: @Sendable (_ counties: String) -> String
        public let untaggedNote: @Sendable (_ activities: String) -> String
    }
    public let periods: Periods
    public struct Periods: Sendable {
        public let title: String
        public let description: String
        public let intro: String
        public let summary: @Sendable (_ plans: String, _ span: String) -> String
        public let busiest: @Sendable (_ year: String, _ plans: String) -> String
        public let byYearCaption: String
        public let byYearLabel: String
        public let year: String
        public let count: String
        public let plans: String
        public let noPlans: String
        public let byPlanCaption: String
        public let byPlanLabel: String
        public let plan: String
        public let county: String
        public let kind: String
        public let first: String
        public let last: String
        public let years: String
        public let chartHeading: String
        public let chartTitle: String
        public let chartDescription: String
        public let chartYearsDescription: String
        public let chartPlan: @Sendable (_ county: String, _ kind: String, _ period: String) -> String
        public let chartLabel: String
        public let chartNote: String
    }
    /// The periods page's part on the activities due year by year (from each activity's `När`).
    public let periodsDue: PeriodsDue
    public struct PeriodsDue: Sendable {
        public let heading: String
        /// How an activity's time gives the year it was due.
        public let intro: String
        /// `Av de 40 aktiviteterna har 12 en tid med ett visst år. …`
        public let counts: @Sendable (_ all: String, _ dated: String, _ recurring: String, _ other: String,
                                      _ none: String) -> String
        /// When some plan has follow-up reports: what the "not followed up" counts are.
        public let notReportedNote: String
        public let none: String
        public let tableCaption: String
        public let tableLabel: String
        public let total: String
        public let notReported: String
        public let recurring: String
        public let other: String
        public let noTime: String
        public let yearHeading: @Sendable (_ year: String) -> String
        /// After an activity in a year's list that no follow-up of its plan names.
        public let notReportedMark: String
        /// After a plan's count of due activities when the lists give counts only.
        public let notReportedCount: Plural
        /// Under each year's heading when there are too many activities to name each.
        public let countsOnly: String
    }
    public let glossary: Glossary
    public struct Glossary: Sendable {
        public let title: String
        public let description: String
        public let intro: String
        public let lettersLabel: String
        public let source: String
        public let none: String
    }
    public let activityIndex: ActivityIndex
    public struct ActivityIndex: Sendable {
        public let title: String
        public let description: String
        public let countyTitle: @Sendable (_ county: String) -> String
        public let themeTitle: @Sendable (_ theme: String) -> String
        public let organisationTitle: @Sendable (_ organisation: String) -> String
        public let countyThemeTitle: @Sendable (_ county: String, _ theme: String) -> String
        public let summary: @Sendable (_ activities: String, _ plans: String) -> String
        public let byCounty: String
        public let byTheme: String
        public let byOrganisation: String
        public let narrowHeading: String
        public let relatedLabel: String
        public let all: String
        public let themePage: @Sendable (_ theme: String) -> String
        public let organisationPage: @Sendable (_ organisation: String) -> String
        public let filterHeading: String
        public let county: String
        public let theme: String
        public let organisation: String
        public let anyCounty: String
        public let anyTheme: String
        public let anyOrganisation: String
        /// The filter by the latest status in the follow-up reports.
        public let followUpStatus: String
        public let anyStatus: String
        public let reset: String
        public let status: String
        public let listHeading: String
        public let none: String
        public let tooMany: @Sendable (_ activities: String) -> String
    }
    public let search: Search
    public struct Search: Sendable {
        public let title: String
        public let description: String
        public let intro: String
        public let label: String
        public let button: String
        public let noScript: String
        public let fileNote: String
        public let linksHeading: String
        public let resultsLabel: String
        public let typePlan: String
        public let typeArea: String
        public let typeActivity: String
        public let typeOrganisation: String
        public let typeTerm: String
        public let hitsOne: String
        public let hitsMany: String
        public let summary: String
        public let none: String
        public let tooShort: String
        public let more: String
    }
    public let kinds: Kinds
    public struct Kinds: Sendable {
        public let handlingsplan: String
        public let strategi: String
        public let overenskommelse: String
    }
    public let plan: Plan
    public struct Plan: Sendable {
        public let description: @Sendable (_ planKindName: String, _ planCountyName: String, _ planPeriod: String, _ planPublisher: String) -> String
        public let kind: String
        public let county: String
        public let period: String
        public let publisher: String
        public let reference: String
        public let adopted: String
        public let signed: String
        public let colophon: String
        public let toc: String
        public let largePrintTitle: String
        /// Before the link to the strategy a plan carries out (`implements:`).
        public let implements: String
        /// Before the links to the plans that carry a strategy out.
        public let implementedBy: String
    }
    public let area: Area
    public struct Area: Sendable {
        public let theme: String
        public let themes: String
        public let responsible: String
        public let partners: String
        public let when: String
    }
    public let activities: Activities
    public struct Activities: Sendable {
        public let caption: String
        public let activity: String
        public let responsible: String
        public let partners: String
        public let when: String
        public let inherited: String
    }
    public let signatories: Signatories
    public struct Signatories: Sendable {
        public let name: String
        public let role: String
        public let organisation: String
    }
    public let participants: Participants
    public struct Participants: Sendable {
        public let name: String
        public let organisation: String
    }
    public let formats: Formats
    public struct Formats: Sendable {
        public let heading: String
        public let intro: String
        public let largePrint: FormatLabel
        public let standard: FormatLabel
        public let epub: FormatLabel
        public let txt: FormatLabel
        public let csv: FormatLabel
        public let json: FormatLabel
        public let pdf: FormatLabel
        public let request: FormatRequestText
    }
    public let units: Units
    public struct Units: Sendable {
        public let byte: String
        public let kB: String
        public let MB: String
        public let decimalSeparator: String
    }
    public let months: [String]
    public let statement: Statement
    public struct Statement: Sendable {
        public let title: String
        public let description: @Sendable (_ siteTitle: String) -> String
        public let intro: @Sendable (_ sitePublisher: String, _ siteTitle: String) -> String
        public let complianceHeading: String
        public let complianceFull: String
        public let compliancePartial: String
        public let complianceNot: String
        public let otherFormatHeading: String
        public let otherFormat: String
        public let contactHeading: String
        public let contactIntro: String
        public let noContact: String
        public let supervisionHeading: String
        public let supervision: String
        public let diggLink: String
        public let problemsHeading: String
        public let problemsIntro: String
        public let knownProblemsHeading: String
        public let noKnownProblems: String
        public let exemptionsHeading: String
        public let exemptionsIntro: String
        public let outsideScopeHeading: String
        public let outsideScopeIntro: String
        public let methodHeading: String
        public let assessed: String
        public let updated: String
        public let technicalHeading: String
        public let technical: String
        public let organisation: String
        public let service: String
    }
    public let notFound: NotFound
    public struct NotFound: Sendable {
        public let title: String
        public let text: String
        public let home: String
        public let counties: String
    }
    /// Versions of a plan (`replaces:`): the notice on each version and the page comparing them.
    public let versions: Versions
    public struct Versions: Sendable {
        /// The page comparing the versions, and the link to it.
        public let title: String
        public let description: @Sendable (_ plan: String) -> String
        public let intro: String
        /// Before the list of every version of the plan (on its page and in the formats).
        public let list: String
        /// After the version one is reading, in that list.
        public let thisVersion: String
        /// After the newest version, in that list.
        public let current: String
        /// On an earlier version's page, before the link to the current one.
        public let earlierNotice: String
        public let currentLink: String
        /// Facts: the version this one revises, and the one that revises it.
        public let replaces: String
        public let replacedBy: String
        /// A version as listed: its title and when it was adopted, or its period.
        public let version: @Sendable (_ title: String, _ when: String) -> String
        /// The heading over one comparison, from an earlier version to the next.
        public let fromTo: @Sendable (_ older: String, _ newer: String) -> String
        public let areas: String
        public let activities: String
        public let noChanges: String
        /// The text labels of a change: never colour alone.
        public let added: String
        public let removed: String
        public let renamed: String
        public let reworded: String
        public let moved: String
        public let responsibleChanged: String
        public let partnersChanged: String
        public let goalsChanged: String
        /// Read out before inserted and deleted words (screen readers seldom announce `ins`/`del`).
        public let insertedWords: String
        public let deletedWords: String
        public let before: String
        public let after: String
        public let area: String
        /// Links to the activity in each version.
        public let inOlder: String
        public let inNewer: String
        /// The counts at the head of a comparison.
        public let summary: @Sendable (_ added: Int, _ removed: Int, _ changed: Int) -> String
        /// The feed's entry for a plan that revises another.
        public let feedTitle: @Sendable (_ title: String) -> String
        public let feedSummary: @Sendable (_ earlier: String) -> String
    }
    public let openData: OpenData
    /// The DCAT-AP-SE catalogue's own words (`datasets/dcat`), where the content gives none.
    public struct OpenData: Sendable {
        public let catalogDescription: @Sendable (_ siteTitle: String, _ sitePublisher: String) -> String
        /// A plan's dataset, when the plan has no summary.
        public let planDescription: @Sendable (_ title: String, _ county: String, _ period: String) -> String
        public let allPlansTitle: String
        public let allPlansDescription: String
        public let allPlansJSON: String
        public let allActivitiesCSV: String
    }
    public let format: Format
    public struct Format: Sendable {
        public let kind: String
        public let county: String
        public let publisher: String
        public let period: String
        public let adopted: String
        public let reference: String
        public let summary: String
        public let colophon: String
        public let activity: String
        public let activities: String
        public let number: String
        public let responsible: String
        public let partners: String
        public let when: String
        public let areaResponsible: String
        public let noResponsible: String
        public let name: String
        public let role: String
        public let organisation: String
        public let table: String
        public let contents: String
        public let titlePage: String
        public let landmarks: String
        public let bodyStart: String
        public let accessibilitySummary: String
        public let footnote: String
        public let textNote: String
    }
    /// A plan's lättläst version (easy-to-read Swedish) and the links to it.
    public let easyRead: EasyRead
    public struct EasyRead: Sendable {
        /// The visible label on the lättläst page, and the last breadcrumb.
        public let label: String
        /// After the plan's title in the lättläst page's title and heading: `Vägen in – lättläst`.
        public let titleSuffix: String
        /// Under the heading: what the page is.
        public let intro: String
        /// The link from the lättläst page to the whole plan.
        public let wholePlan: String
        /// The link from the plan's page to its lättläst version.
        public let link: String
        /// The home page's list of every lättläst page.
        public let homeHeading: String
        public let homeIntro: String
    }
    public let followUp: FollowUpWords
    /// Follow-up reports: the status vocabulary (docs/content-format.md lists the same words) and
    /// the follow-up page.
    public struct FollowUpWords: Sendable {
        public let notStarted: String
        public let ongoing: String
        public let done: String
        public let delayed: String
        public let cancelled: String
        public let replaced: String
        public let replacedBy: @Sendable (_ activity: String) -> String
        public let status: String
        public let reported: @Sendable (_ date: String) -> String
        public let notReported: String
        public let comment: String
        public let indicator: String
        public let link: String
        /// The heading of the follow-up chapter that ends the text edition and the EPUB.
        public let chapter: String
        public let title: @Sendable (_ plan: String) -> String
        public let description: @Sendable (_ plan: String) -> String
        public let intro: @Sendable (_ reports: String, _ latest: String) -> String
        public let reports: Plural
        public let byAreaHeading: String
        public let byAreaCaption: String
        public let area: String
        public let total: String
        public let byYearHeading: String
        public let byYearCaption: String
        public let year: String
        public let chartTitle: String
        public let chartDescription: String
        public let reportHeading: @Sendable (_ date: String) -> String
        public let reportedBy: @Sendable (_ organisation: String) -> String
        public let finalReport: String
        public let reportCaption: @Sendable (_ date: String) -> String
        public let dueHeading: String
        public let dueIntro: String
        public let dueNone: String
        public let due: String
        public let backToPlan: String
    }
    public let followUps: FollowUpJoinWords
    /// The follow-up view joined across counties (`SiteAddress.followUpOverview`) and the counts
    /// of statuses that it, the organisation pages and the activity index show.
    public struct FollowUpJoinWords: Sendable {
        public let title: String
        public let description: String
        public let intro: String
        public let summary: @Sendable (_ followedUp: String, _ plans: String) -> String
        public let none: String
        public let byCountyHeading: String
        public let byCountyCaption: String
        public let county: String
        public let reports: String
        public let byThemeHeading: String
        public let byThemeCaption: String
        public let theme: String
        public let byOrganisationHeading: String
        public let byOrganisationCaption: String
        public let byOrganisationNote: String
        public let organisation: String
        public let withoutHeading: String
        public let withoutIntro: String
        /// `Ingen uppföljning publicerad`: a plan, an activity or an organisation with no report to count.
        public let noFollowUp: String
        /// Counts of activities in each state, as a sentence's parts.
        public let notStarted: Plural
        public let ongoing: Plural
        public let done: Plural
        public let delayed: Plural
        public let cancelled: Plural
        public let replaced: Plural
        public let notReported: Plural
        public let withoutFollowUp: Plural
    }
}

/// How the list of alternate formats names one: `E-bok (EPUB, 48 kB)` and what it is for.
public struct FormatLabel: Sendable {
    public let name: String
    public let type: String
    public let explanation: String
}

/// "Beställ planen i ett annat format": the link, what it does, and the e-mail's subject.
public struct FormatRequestText: Sendable {
    public let link: String
    public let explanation: String
    /// The subject of the e-mail: the plan's title and its address (absolute under a base URL).
    public let subject: @Sendable (_ title: String, _ address: String) -> String
}

/// A count in words: `one` for exactly one, else `many` with `{n}` as the number.
public struct Plural: Sendable {
    public let one: String
    public let many: String

    public init(one: String, many: String) {
        self.one = one
        self.many = many
    }

    /// Every `{n}` in `many` replaced by the number, in Swift: the joined pages count thousands of
    /// times, and Foundation's `replacingOccurrences` copied the text through UTF-16 each time.
    public func callAsFunction(_ number: Int) -> String {
        guard number != 1 else { return one }
        var result = ""
        var rest = many[...]
        while let placeholder = rest.firstRange(of: "{n}") {
            result += rest[..<placeholder.lowerBound]
            result += String(number)
            rest = rest[placeholder.upperBound...]
        }
        result += rest
        return result
    }
}

extension Strings {
    /// `a`, `a och b`, `a, b och c`.
    public func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " " + lists.and + " " + items[items.count - 1]
        }
    }
}
