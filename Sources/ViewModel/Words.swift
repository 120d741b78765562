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
