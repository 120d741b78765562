import InterfaceText
import PlanModel

/// A plan's lättläst version (`SiteAddress.easyRead`): easy-to-read Swedish, marked as such in
/// its title, heading and a label, and linked both ways with the plan's page.
public struct EasyReadPage: Sendable {
    public var frame: PageFrame
    /// The text's own title, or the plan's.
    public var title: String
    public var planTitle: String
    public var countyName: String
    /// The plan's page, from this one.
    public var planHref: String
    public var blocks: [EasyRead.Block]

    public init(frame: PageFrame, easyRead: EasyRead, plan: Plan, county: County) {
        self.frame = frame
        title = easyRead.title ?? plan.title
        planTitle = plan.title
        countyName = county.name
        planHref = SiteAddress.relative(from: frame.path, to: SiteAddress.plan(plan))
        blocks = easyRead.blocks
    }
}

/// The link from a page to a plan's lättläst version.
public struct EasyReadLink: Sendable {
    public var title: String
    public var href: String

    public init(plan: Plan, from page: String) {
        title = plan.title
        href = SiteAddress.relative(from: page, to: SiteAddress.easyRead(plan))
    }
}
