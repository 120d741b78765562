import InterfaceText
import PlanModel

extension Strings.FollowUpWords {
    /// The status as the interface names it: `Genomförd`.
    public func word(_ status: ActivityStatus) -> String {
        switch status {
        case .notStarted: notStarted
        case .ongoing: ongoing
        case .done: done
        case .delayed: delayed
        case .cancelled: cancelled
        case .replaced: replaced
        }
    }

    /// The entry's status, with the activity that replaced it: `Ersatt av aktivitet-5`.
    public func statusText(_ entry: FollowUpEntry) -> String {
        if entry.status == .replaced, let other = entry.replacedBy { return replacedBy(other) }
        return word(entry.status)
    }
}
