import Catalog
import InterfaceText
import PlanModel

/// The one mapping from each kind the model and the catalogue know to its words.
extension Strings {
    /// `Handlingsplan`, `Strategi`, `Överenskommelse`.
    public func kindName(_ kind: PlanKind) -> String {
        switch kind {
        case .handlingsplan: kinds.handlingsplan
        case .strategi: kinds.strategi
        case .överenskommelse: kinds.overenskommelse
        }
    }

    /// An ISO date as written (`2016`, `2016-02`, `2016-02-23`) in words: `23 februari 2016`.
    /// Anything else is shown as it is.
    public func dateInWords(_ iso: String) -> String {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }), months.count == 12 else { return iso }
        let numbers = parts.map { $0! }
        switch numbers.count {
        case 1: return "\(numbers[0])"
        case 2 where (1...12).contains(numbers[1]): return "\(months[numbers[1] - 1]) \(numbers[0])"
        case 3 where (1...12).contains(numbers[1]) && (1...31).contains(numbers[2]):
            return "\(numbers[2]) \(months[numbers[1] - 1]) \(numbers[0])"
        default: return iso
        }
    }

    /// `48 kB`, `1,2 MB`, `512 byte` (decimal units, as file managers show them).
    public func fileSize(_ bytes: Int) -> String {
        let comma = units.decimalSeparator
        func scaled(_ unit: Int, _ name: String) -> String {
            let tenths = (bytes * 10 + unit / 2) / unit
            if tenths < 100 {
                return "\(tenths / 10)\(tenths % 10 == 0 ? "" : comma + String(tenths % 10))\u{00A0}\(name)"
            }
            return "\((tenths + 5) / 10)\u{00A0}\(name)"
        }
        if bytes < 1000 { return "\(bytes)\u{00A0}\(units.byte)" }
        if bytes < 999_500 { return scaled(1000, units.kB) }
        return scaled(1_000_000, units.MB)
    }

    /// `Statlig myndighet`, `Kommun` …: one organisation's kind.
    public func organisationKindName(_ kind: OrganisationKind) -> String {
        switch kind {
        case .myndighet: organisationKinds.myndighet
        case .länsstyrelse: organisationKinds.lansstyrelse
        case .region: organisationKinds.region
        case .kommun: organisationKinds.kommun
        case .kommungrupp: organisationKinds.kommungrupp
        case .civilsamhälle: organisationKinds.civilsamhalle
        case .näringsliv: organisationKinds.naringsliv
        case .utbildning: organisationKinds.utbildning
        case .projekt: organisationKinds.projekt
        case .övrigt: organisationKinds.ovrigt
        }
    }

    /// `Statliga myndigheter`, `Kommunerna` …: the heading of a group of organisations.
    public func organisationGroupName(_ group: OrganisationGroupKind) -> String {
        switch group {
        case .myndigheter: organisationGroups.myndigheter
        case .lansstyrelser: organisationGroups.lansstyrelser
        case .regioner: organisationGroups.regioner
        case .kommuner: organisationGroups.kommuner
        case .utbildning: organisationGroups.utbildning
        case .civilsamhalle: organisationGroups.civilsamhalle
        case .naringsliv: organisationGroups.naringsliv
        case .projekt: organisationGroups.projekt
        case .ovrigt: organisationGroups.ovrigt
        }
    }
}
