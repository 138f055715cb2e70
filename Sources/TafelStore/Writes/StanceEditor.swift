import SQLKit
import TafelCore

/// Adding and changing positions (`DraftEditor`): the position, its supporters and tasks and its
/// history entry in one transaction. A link the editor may not see (a confidential holder, body,
/// person, meeting, letter, supporter or task) is not in what they edit and stays when they save.
public struct StanceEditor: DraftEditor {
    package let database: Database

    public init(database: Database) {
        self.database = database
    }

    package typealias Stored = EditableRecord<StanceDraft>

    package static let plural = "standpunten"
    package static let notYours = "U mag dit standpunt niet wijzigen: het valt buiten de organisaties en gremia waarvoor u redacteur bent."
    package static let kind = RecordKind.stance
    package static let table = "stances"

    package static func draft(_ input: StanceInput) throws(ValidationFailure) -> StanceDraft { try StanceDraft(input) }
    package static func references(_ input: StanceInput) -> [NamedReference] { input.references }
    package static func access(of draft: StanceDraft) -> (confidentiality: Confidentiality, groups: [Group]) { (draft.confidentiality, draft.access) }
    package static func snapshot(of draft: StanceDraft) -> [(String, String?)] { draft.snapshot }
    package static func input(of draft: StanceDraft) -> StanceInput { draft.input }
    package static func values(of input: StanceInput) -> [(String, String?)] { input.values }
    package static func newRow(_ draft: StanceDraft) -> (id: String, columns: [String: (any Encodable & Sendable)?]) {
        ("standpunt-" + Slug.make(from: draft.title), ["title": draft.title, "addressee": draft.addressee.rawValue, "status": draft.status.rawValue])
    }

    package static func write(id: String, _ draft: StanceDraft, now: String, in db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE stances SET title = \(bind: draft.title), text = \(bind: draft.text), description = \(bind: draft.description),
                addressee = \(bind: draft.addressee.rawValue), addressee_id = \(bind: draft.addresseeID), owner_id = \(bind: draft.ownerID),
                body_id = \(bind: draft.bodyID), carrier_id = \(bind: draft.carrierID), status = \(bind: draft.status.rawValue),
                taken_on = \(bind: draft.takenOn?.iso), on_lobby_agenda = \(bind: draft.onLobbyAgenda ? 1 : 0), meeting_id = \(bind: draft.meetingID),
                document_id = \(bind: draft.documentID), confidentiality = \(bind: draft.confidentiality.rawValue)
            WHERE id = \(bind: id)
            """).run()
        for table in ["stance_supporters", "stance_tasks"] {
            try await db.raw("DELETE FROM \(ident: table) WHERE stance_id = \(bind: id)").run()
        }
        for (index, organisation) in draft.supporterIDs.enumerated() {
            try await insertRow("stance_supporters", ["stance_id": id, "position": index + 1, "organisation_id": organisation], now: now, in: db)
        }
        for (index, task) in draft.taskIDs.enumerated() {
            try await insertRow("stance_tasks", ["stance_id": id, "position": index + 1, "task_id": task], now: now, in: db)
        }
        try await RecordAccessRows.replace(.stance, id: id, with: draft.access, in: db)
    }

    package static func current(id: String, for viewer: Viewer, locking: Bool = false, in db: any SQLDatabase) async throws -> Stored? {
        struct Row: Decodable {
            let title: String, text: String?, description: String?, addressee: String, addresseeId: String?, ownerId: String?
            let bodyId: String?, carrierId: String?, status: String, takenOn: String?, onLobbyAgenda: Int, meetingId: String?
            let documentId: String?, confidentiality: String, version: Int
        }
        guard let row = try await db.raw("""
            SELECT title, text, description, addressee, addressee_id, owner_id, body_id, carrier_id, status, taken_on, on_lobby_agenda,
                meeting_id, document_id, confidentiality, version
            FROM stances t WHERE t.id = \(bind: id) AND
            """ + " " + Catalog.visibility(of: "t", .stance, for: viewer) + (locking ? VersionedUpdate.lock("t", in: db) : ""))
            .first(decoding: Row.self, with: rowDecoder)
        else { return nil }
        let supporters = try await db.raw("SELECT organisation_id FROM stance_supporters WHERE stance_id = \(bind: id) ORDER BY position")
            .all(decodingColumn: "organisation_id", as: String.self)
        let tasks = try await db.raw("SELECT task_id FROM stance_tasks WHERE stance_id = \(bind: id) ORDER BY position")
            .all(decodingColumn: "task_id", as: String.self)
        let full = StanceDraft(
            title: row.title, text: row.text, description: row.description, addressee: try vocabulary(row.addressee, table, id),
            addresseeID: row.addresseeId, ownerID: row.ownerId, bodyID: row.bodyId, carrierID: row.carrierId,
            status: try vocabulary(row.status, table, id), takenOn: partialDate(row.takenOn), onLobbyAgenda: row.onLobbyAgenda != 0,
            supporterIDs: supporters, taskIDs: tasks, meetingID: row.meetingId, documentID: row.documentId,
            confidentiality: Confidentiality(rawValue: row.confidentiality) ?? .vertrouwelijk,
            access: try await RecordAccessRows.read(.stance, id: id, in: db))
        let seen = try await ReferenceCheck.visibleIDs(full.input.references, by: viewer, in: db)
        func kept(_ value: String?, _ kind: NamedReference.Kind) -> String? { value.flatMap { seen[kind]?.contains($0) == true ? $0 : nil } }
        var shown = full
        shown.addresseeID = kept(full.addresseeID, .organisation)
        shown.ownerID = kept(full.ownerID, .organisation)
        shown.bodyID = kept(full.bodyID, .body)
        shown.carrierID = kept(full.carrierID, .person)
        shown.meetingID = kept(full.meetingID, .meeting)
        shown.documentID = kept(full.documentID, .document)
        shown.supporterIDs = full.supporterIDs.filter { seen[.organisation]?.contains($0) == true }
        shown.taskIDs = full.taskIDs.filter { seen[.task]?.contains($0) == true }
        return Stored(draft: shown, version: row.version, full: full)
    }

    package static func keepingHidden(_ typed: StanceDraft, of stored: Stored) -> StanceDraft {
        let full = stored.full, shown = stored.draft
        var copy = typed
        if copy.addresseeID == nil, shown.addresseeID == nil { copy.addresseeID = full.addresseeID }
        if copy.ownerID == nil, shown.ownerID == nil { copy.ownerID = full.ownerID }
        if copy.bodyID == nil, shown.bodyID == nil { copy.bodyID = full.bodyID }
        if copy.carrierID == nil, shown.carrierID == nil { copy.carrierID = full.carrierID }
        if copy.meetingID == nil, shown.meetingID == nil { copy.meetingID = full.meetingID }
        if copy.documentID == nil, shown.documentID == nil { copy.documentID = full.documentID }
        copy.supporterIDs += full.supporterIDs.filter { !shown.supporterIDs.contains($0) && !copy.supporterIDs.contains($0) }
        copy.taskIDs += full.taskIDs.filter { !shown.taskIDs.contains($0) && !copy.taskIDs.contains($0) }
        return copy
    }
}

extension StanceEditor {
    static func deletionFound(id: String, for viewer: Viewer, locking: Bool, in db: any SQLDatabase) async throws -> RecordDeletion.Found? {
        try await deletionFound(id: id, for: viewer, locking: locking,
                                hiddenParts: "koppelingen met een organisatie, gremium, persoon, bijeenkomst, document of opgave", in: db)
    }

    static let deletion = RecordDeletion.Target(
        kind: .stance, table: "stances", plural: plural, this: "dit standpunt", uses: [],
        owned: [("stance_supporters", "stance_id"), ("stance_tasks", "stance_id")])
}
