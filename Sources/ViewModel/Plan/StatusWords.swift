import InterfaceText
import Catalog
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

extension Strings.FollowUpJoinWords {
    /// How a count of activities in `state` reads: `2 genomförda`.
    public func count(_ state: FollowUpState) -> Plural {
        switch state {
        case .reported(.notStarted): notStarted
        case .reported(.ongoing): ongoing
        case .reported(.done): done
        case .reported(.delayed): delayed
        case .reported(.cancelled): cancelled
        case .reported(.replaced): replaced
        case .notReported: notReported
        case .noFollowUp: withoutFollowUp
        }
    }
}

extension Strings {
    /// The states that have activities, as one list: `2 genomförda, 1 pågår och 1 inte uppföljd`.
    public func statusCounts(_ counts: StatusCounts) -> String {
        list(FollowUpState.all.compactMap { state in
            let number = counts.count(state)
            return number > 0 ? followUps.count(state)(number) : nil
        })
    }

    /// The filter's and the index's name for a state: the status word, `Inte uppföljd`, or
    /// `Ingen uppföljning publicerad`.
    public func stateName(_ state: FollowUpState) -> String {
        switch state {
        case .reported(let status): followUp.word(status)
        case .notReported: followUp.notReported
        case .noFollowUp: followUps.noFollowUp
        }
    }
}
