import Foundation
import PlanModel
import Render
import Synchronization
import ViewModel

/// `data/plan.schema.json`, `data/planer.json`, `data/aktiviteter.csv` and the follow-up
/// entries (`data/uppfoljningar.json`, `.csv`, see `FollowUpData`), written as the plans
/// come: each plan's piece is taken from its own JSON and CSV files and written in the plans'
/// order (`PlanFormats.SiteWidePieces`), pieces that come early waiting for their turn.
final class SiteWideFiles: Sendable {
    private struct State {
        var next = 0
        var waiting: [Int: Piece] = [:]
        /// A follow-up entry is written already: the next needs a comma before it.
        var wroteFollowUp = false
    }

    private struct Piece {
        var json: ArraySlice<UInt8>
        var csv: ArraySlice<UInt8>
        var followUpJSON: [UInt8]
        var followUpCSV: [UInt8]
    }

    private let count: Int
    private let json: any OutputAppender
    private let csv: any OutputAppender
    private let followUpJSON: any OutputAppender
    private let followUpCSV: any OutputAppender
    private let state = Mutex(State())

    init(_ output: any SiteOutput, plans count: Int) throws {
        self.count = count
        try output.write(OutputFile(path: SiteAddress.planSchema, text: JSONFormat.schema))
        json = try output.append(SiteAddress.allPlansJSON)
        csv = try output.append(SiteAddress.allActivitiesCSV)
        try json.write((count == 0 ? PlanFormats.SiteWidePieces.emptyJSON : PlanFormats.SiteWidePieces.jsonHead)[...])
        try csv.write(PlanFormats.SiteWidePieces.csvHead[...])
        followUpJSON = try output.append(SiteAddress.allFollowUpsJSON)
        followUpCSV = try output.append(SiteAddress.allFollowUpsCSV)
        try followUpJSON.write(PlanFormats.SiteWidePieces.jsonHead[...])
        try followUpCSV.write(FollowUpData.csvHead[...])
    }

    /// The plan with this index (in the site-wide order) and its files.
    func add(_ index: Int, files: [OutputFile], plan: Plan) throws {
        guard let planJSON = files.first(where: { $0.path == SiteAddress.planFile(plan, extension: "json") }),
              let planCSV = files.first(where: { $0.path == SiteAddress.planFile(plan, extension: "csv") }) else { return }
        let piece = Piece(json: PlanFormats.SiteWidePieces.jsonElement(planJSON: planJSON.bytes),
                          csv: PlanFormats.SiteWidePieces.csvRows(planCSV: planCSV.bytes),
                          followUpJSON: FollowUpData.jsonElements(plan), followUpCSV: FollowUpData.csvRows(plan))
        try state.withLock { state in
            state.waiting[index] = piece
            while let next = state.waiting.removeValue(forKey: state.next) {
                if state.next > 0 { try json.write(PlanFormats.SiteWidePieces.jsonSeparator[...]) }
                try json.write(next.json)
                try csv.write(next.csv)
                if !next.followUpJSON.isEmpty {
                    if state.wroteFollowUp { try followUpJSON.write(PlanFormats.SiteWidePieces.jsonSeparator[...]) }
                    try followUpJSON.write(next.followUpJSON[...])
                    state.wroteFollowUp = true
                }
                try followUpCSV.write(next.followUpCSV[...])
                state.next += 1
            }
        }
    }

    func finish() throws {
        let complete = state.withLock { $0.next == count && $0.waiting.isEmpty }
        guard complete else { throw OutputError(message: SiteMessages.contentChanged, hint: SiteMessages.contentChangedHint) }
        if count > 0 { try json.write(PlanFormats.SiteWidePieces.jsonTail[...]) }
        try json.close()
        try csv.close()
        try followUpJSON.write(PlanFormats.SiteWidePieces.jsonTail[...])
        try followUpJSON.close()
        try followUpCSV.close()
    }
}
