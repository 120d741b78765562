import InterfaceText
import PlanModel

extension Strings {
    /// `Handlingsplan`, `Strategi`, `Överenskommelse`: the one mapping from a plan's kind to its name.
    public func kindName(_ kind: PlanKind) -> String {
        switch kind {
        case .handlingsplan: kinds.handlingsplan
        case .strategi: kinds.strategi
        case .överenskommelse: kinds.overenskommelse
        }
    }
}
