import SQLKit
import TafelCore

/// Adding and changing joint decisions. Checks the editor's role and scope, that every record
/// named exists, and the version an edit was based on; writes the decision, each organisation's
/// decision on it and its history entry in one transaction. A link the editor may not see (a
/// confidential body, organisation, document or collaboration) is not in what they edit and
/// stays when they save.
public struct JointDecisionEditor: DraftEditor {
    package let database: Database

    public init(database: Database) {
        self.database = database
    }

    package typealias Stored = EditableRecord<JointDecisionDraft>

    package static let plural = "gezamenlijke besluiten"
    package static let notYours = "U mag dit gezamenlijk besluit niet wijzigen: het valt buiten de organisaties en gremia waarvoor u redacteur bent."
    package static let kind = RecordKind.jointDecision
    package static let table = "joint_decisions"

    package static func draft(_ input: JointDecisionInput) throws(ValidationFailure) -> JointDecisionDraft { try JointDecisionDraft(input) }
    package static func references(_ input: JointDecisionInput) -> [NamedReference] { input.references }
    package static func access(of draft: JointDecisionDraft) -> (confidentiality: Confidentiality, groups: [Group]) { (draft.confidentiality, draft.access) }
    package static func snapshot(of draft: JointDecisionDraft) -> [(String, String?)] { draft.snapshot }
    package static func input(of draft: JointDecisionDraft) -> JointDecisionInput { draft.input }
    package static func values(of input: JointDecisionInput) -> [(String, String?)] { input.values }
    package static func keepingHidden(_ typed: JointDecisionDraft, of stored: Stored) -> JointDecisionDraft { typed.keepingHidden(of: stored) }
    package static func newRow(_ draft: JointDecisionDraft) -> (id: String, columns: [String: (any Encodable & Sendable)?]) {
        ("besluit-" + Slug.make(from: draft.title), ["title": draft.title])
    }

    package static func write(id: String, _ draft: JointDecisionDraft, now: String, in db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE joint_decisions SET title = \(bind: draft.title), proposal = \(bind: draft.proposal), description = \(bind: draft.description),
                offered_by_body_id = \(bind: draft.offeredByBodyID), owner_id = \(bind: draft.ownerID), organ = \(bind: draft.organ?.rawValue),
                offered_on = \(bind: draft.offeredOn?.iso), respond_by = \(bind: draft.respondBy?.iso), task_id = \(bind: draft.taskID),
                meeting_id = \(bind: draft.meetingID), document_id = \(bind: draft.documentID), collaboration_id = \(bind: draft.collaborationID),
                confidentiality = \(bind: draft.confidentiality.rawValue)
            WHERE id = \(bind: id)
            """).run()
        try await db.raw("DELETE FROM joint_decision_responses WHERE decision_id = \(bind: id)").run()
        for (index, r) in draft.responses.enumerated() {
            try await insertRow("joint_decision_responses", [
                "decision_id": id, "position": index + 1, "organisation_id": r.organisationID, "status": r.status.rawValue,
                "decided_on": r.decidedOn?.iso, "decision_url": r.decisionURL, "document_id": r.documentID, "note": r.note,
            ], now: now, in: db)
        }
        try await RecordAccessRows.replace(.jointDecision, id: id, with: draft.access, in: db)
    }

    package static func current(id: String, for viewer: Viewer, locking: Bool = false, in db: any SQLDatabase) async throws -> Stored? {
        struct Row: Decodable {
            let title: String, proposal: String?, description: String?, offeredByBodyId: String?, ownerId: String?, organ: String?
            let offeredOn: String?, respondBy: String?, taskId: String?, meetingId: String?, documentId: String?, collaborationId: String?
            let confidentiality: String, version: Int
        }
        struct ResponseRow: Decodable {
            let organisationId: String, status: String, decidedOn: String?, decisionUrl: String?, documentId: String?, note: String?
        }
        guard let row = try await db.raw("""
            SELECT title, proposal, description, offered_by_body_id, owner_id, organ, offered_on, respond_by, task_id, meeting_id, document_id,
                collaboration_id, confidentiality, version
            FROM joint_decisions t WHERE t.id = \(bind: id) AND
            """ + " " + Catalog.visibility(of: "t", .jointDecision, for: viewer) + (locking ? VersionedUpdate.lock("t", in: db) : ""))
            .first(decoding: Row.self, with: rowDecoder)
        else { return nil }
        let table = "joint_decisions"
        let responses = try await db.raw("""
            SELECT organisation_id, status, decided_on, decision_url, document_id, note FROM joint_decision_responses
            WHERE decision_id = \(bind: id) ORDER BY position
            """).all(decoding: ResponseRow.self, with: rowDecoder)
        let full = JointDecisionDraft(
            title: row.title, proposal: row.proposal, description: row.description, offeredByBodyID: row.offeredByBodyId, ownerID: row.ownerId,
            organ: try row.organ.map { try vocabulary($0, table, id) }, offeredOn: partialDate(row.offeredOn), respondBy: partialDate(row.respondBy),
            taskID: row.taskId, meetingID: row.meetingId, documentID: row.documentId, collaborationID: row.collaborationId,
            responses: try responses.map {
                JointDecisionDraft.Response(organisationID: $0.organisationId, status: try vocabulary($0.status, table, id),
                                            decidedOn: partialDate($0.decidedOn), decisionURL: $0.decisionUrl, documentID: $0.documentId,
                                            note: $0.note)
            },
            confidentiality: Confidentiality(rawValue: row.confidentiality) ?? .vertrouwelijk,
            access: try await RecordAccessRows.read(.jointDecision, id: id, in: db))
        let seen = try await ReferenceCheck.visibleIDs(full.input.references, by: viewer, in: db)
        func kept(_ value: String?, _ kind: NamedReference.Kind) -> String? { value.flatMap { seen[kind]?.contains($0) == true ? $0 : nil } }
        var shown = full
        shown.offeredByBodyID = kept(full.offeredByBodyID, .body)
        shown.ownerID = kept(full.ownerID, .organisation)
        shown.taskID = kept(full.taskID, .task)
        shown.meetingID = kept(full.meetingID, .meeting)
        shown.documentID = kept(full.documentID, .document)
        shown.collaborationID = kept(full.collaborationID, .collaboration)
        shown.responses = full.responses.compactMap { response in
            guard seen[.organisation]?.contains(response.organisationID) == true else { return nil }
            var copy = response
            copy.documentID = kept(response.documentID, .document)
            return copy
        }
        return Stored(draft: shown, version: row.version, full: full)
    }
}

extension JointDecisionDraft {
    /// This draft with the links of `stored` the editor could not see put back.
    func keepingHidden(of stored: JointDecisionEditor.Stored) -> JointDecisionDraft {
        let full = stored.full, shown = stored.draft
        var copy = self
        if copy.offeredByBodyID == nil, shown.offeredByBodyID == nil { copy.offeredByBodyID = full.offeredByBodyID }
        if copy.ownerID == nil, shown.ownerID == nil { copy.ownerID = full.ownerID }
        if copy.taskID == nil, shown.taskID == nil { copy.taskID = full.taskID }
        if copy.meetingID == nil, shown.meetingID == nil { copy.meetingID = full.meetingID }
        if copy.documentID == nil, shown.documentID == nil { copy.documentID = full.documentID }
        if copy.collaborationID == nil, shown.collaborationID == nil { copy.collaborationID = full.collaborationID }
        copy.responses = Self.merged(typed: copy.responses, hiddenFrom: full.responses, shown: Set(shown.responses.map(\.organisationID)))
        for index in copy.responses.indices where copy.responses[index].documentID == nil {
            let organisation = copy.responses[index].organisationID
            if let hidden = full.responses.first(where: { $0.organisationID == organisation }),
               shown.responses.first(where: { $0.organisationID == organisation })?.documentID == nil {
                copy.responses[index].documentID = hidden.documentID
            }
        }
        return copy
    }

    /// The typed rows with the rows the editor could not see put back where they stood: each
    /// after the visible row that came before it (first when none did), so that a save by an
    /// editor who sees less does not reorder them.
    static func merged(typed: [Response], hiddenFrom full: [Response], shown: Set<String>) -> [Response] {
        let typedIDs = Set(typed.map(\.organisationID))
        var leading: [Response] = []
        var after: [String: [Response]] = [:]
        var anchor: String?
        for response in full {
            if shown.contains(response.organisationID) {
                anchor = response.organisationID
            } else if !typedIDs.contains(response.organisationID) {
                if let anchor, typedIDs.contains(anchor) { after[anchor, default: []].append(response) } else { leading.append(response) }
            }
        }
        return leading + typed.flatMap { [$0] + (after[$0.organisationID] ?? []) }
    }
}
