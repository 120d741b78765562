import InterfaceText
import PlanModel

/// A plan's follow-up page (`SiteAddress.followUp`): the plan's `FollowUpSummary` (status counts
/// per area and over the years, each report, the activities due that no report names), with
/// links to the activities on the plan's page.
public struct FollowUpPage: Sendable {
    public typealias CountRow = FollowUpSummary.CountRow
    public typealias Report = FollowUpSummary.Report
    public typealias ActivityLine = FollowUpSummary.ActivityLine

    public var frame: PageFrame
    public var planTitle: String
    public var planHref: String
    public var summary: FollowUpSummary

    public init(frame: PageFrame, plan: Plan, activities: PlanActivities) {
        self.frame = frame
        planTitle = plan.title
        let planHref = SiteAddress.relative(from: frame.path, to: SiteAddress.plan(plan))
        self.planHref = planHref
        summary = FollowUpSummary(plan: plan, activities: activities) { planHref + "#" + $0 }
    }
}
