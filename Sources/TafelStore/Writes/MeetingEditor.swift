import Foundation
import SQLKit
import TafelCore

/// Adding and changing meetings with their participants, agenda and outcomes, and
/// carrying an open action item onto a meeting's agenda. Checks the editor's role and
/// scope, that every record named exists, and the version an edit was based on; writes
/// the meeting, its rows and its history entry in one transaction.
///
/// What the editor may not see (a confidential person on the list, a confidential
/// document on an item) is not part of what they edit and stays as it is when they save.
public struct MeetingEditor: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public struct Stored: Sendable {
        /// What the viewer may see and edit.
        public var draft: MeetingDraft
        public var version: Int
        /// The whole record, hidden parts included.
        var full: MeetingDraft
    }

    /// Stores a new meeting and returns its id (made from its name).
    public func create(_ input: MeetingInput, by viewer: Viewer) async throws -> String {
        try EditPermission.checkRole("bijeenkomsten", of: viewer)
        return try await database.transaction { db in
            let draft = try await Self.checked(input, by: viewer, in: db)
            try Self.authorise(draft, by: viewer)
            let id = try await FreshID.make(Slug.make(from: draft.name), in: "meetings", db)
            let now = Timestamp.now()
            try await db.raw("""
                INSERT INTO meetings (id, name, kind, status, confidentiality, created_at, updated_at, version)
                VALUES (\(bind: id), \(bind: draft.name), \(bind: draft.kind.rawValue), \(bind: draft.status.rawValue),
                        \(bind: draft.confidentiality.rawValue), \(bind: now), \(bind: now), 1)
                """).run()
            try await Self.write(id: id, draft, version: 1, now: now, in: db)
            try await AuditLog.record(.aangemaakt, .meeting, id: id, version: 1,
                                      changes: AuditEntry.changes(from: [], to: draft.snapshot), by: viewer, in: db)
            return id
        }
    }

    /// Replaces a meeting, provided it is still at `expectedVersion` (required: `VersionRequired`
    /// without it, after the access checks); returns the new version.
    @discardableResult
    public func update(id: String, _ input: MeetingInput, expectedVersion: Int?, by viewer: Viewer) async throws -> Int {
        try EditPermission.checkRole("bijeenkomsten", of: viewer)
        return try await database.transaction { db in
            let draft = try await Self.checked(input, by: viewer, in: db)
            try Self.authorise(draft, by: viewer)
            let stored = try await Self.editable(id: id, expectedVersion: expectedVersion, by: viewer, in: db)
            return try await Self.replace(id: id, stored: stored, with: draft, by: viewer, in: db)
        }
    }

    /// Puts an open action item of an earlier meeting on this meeting's agenda, once: the item
    /// names the action, its owner and deadline, and links back to it. Returns the new version.
    @discardableResult
    public func carryOver(_ action: MeetingDraft.ActionReference, into id: String, expectedVersion: Int?,
                          by viewer: Viewer) async throws -> Int {
        try EditPermission.checkRole("bijeenkomsten", of: viewer)
        return try await database.transaction { db in
            // Already on the agenda is done, whichever version the button was drawn from.
            let stored = try await Self.editable(id: id, expectedVersion: expectedVersion, by: viewer, in: db) { stored in
                stored.full.agenda.contains { $0.carriedFrom == action }
            }
            if stored.full.agenda.contains(where: { $0.carriedFrom == action }) { return stored.version }
            guard let open = try await Catalog.openAction(action, for: viewer, in: db) else {
                throw ValidationFailure(field: "actiepunt", code: "onbekend",
                                        message: "actiepunt ‘\(action.code)’ bestaat niet of is niet meer open.")
            }
            var draft = stored.draft
            let details = [open.owner.map { "eigenaar: \($0.name)" }, open.due.map { "deadline: \($0.dutch)" }].compactMap { $0 }
            draft.agenda.append(MeetingDraft.AgendaEntry(
                key: (stored.full.agenda.map(\.key).max() ?? 0) + 1, title: "Actiepunt: \(open.text)",
                description: (["Uit \(open.meeting.name)\(open.meetingDate.map { " van \($0.dutch)" } ?? "")"] + details).joined(separator: "; ") + ".",
                carriedFrom: action))
            return try await Self.replace(id: id, stored: stored, with: draft, by: viewer, in: db)
        }
    }

    /// The stored meeting as the viewer may edit it, if they may see it.
    public func current(id: String, for viewer: Viewer) async throws -> Stored? {
        try await Self.current(id: id, for: viewer, in: database.sql)
    }

    // MARK: - Steps

    /// `unlessDone`: no version is needed when the change is already made.
    private static func editable(id: String, expectedVersion: Int?, by viewer: Viewer, in db: any SQLDatabase,
                                 unlessDone done: (Stored) -> Bool = { _ in false }) async throws -> Stored {
        guard let stored = try await current(id: id, for: viewer, locking: true, in: db) else {
            throw RecordNotVisible(kind: .meeting, id: id)
        }
        guard viewer.mayEdit(recordGroups: Set(stored.draft.access)) else {
            throw AccessDenied("U mag deze bijeenkomst niet wijzigen: ze valt buiten de organisaties en gremia waarvoor u redacteur bent.")
        }
        if done(stored) { return stored }
        guard let expectedVersion else { throw VersionRequired(kind: .meeting, id: id) }
        if expectedVersion != stored.version {
            throw VersionConflict(kind: .meeting, id: id, expected: expectedVersion, current: stored.version)
        }
        return stored
    }

    private static func replace(id: String, stored: Stored, with draft: MeetingDraft, by viewer: Viewer,
                                in db: any SQLDatabase) async throws -> Int {
        let changes = AuditEntry.changes(from: stored.draft.snapshot, to: draft.snapshot)
        guard !changes.isEmpty else { return stored.version }
        let version = stored.version + 1
        let now = Timestamp.now()
        try await VersionedUpdate.run("""
            UPDATE meetings SET updated_at = \(bind: now), version = \(bind: version)
            WHERE id = \(bind: id) AND version = \(bind: stored.version)
            """, table: "meetings", kind: .meeting, id: id, expected: stored.version, in: db)
        try await write(id: id, draft.keepingHidden(of: stored), version: version, now: now, in: db)
        try await AuditLog.record(.gewijzigd, .meeting, id: id, version: version, changes: changes, by: viewer, in: db)
        return version
    }

    /// Writes the meeting's fields and replaces all its rows.
    private static func write(id: String, _ draft: MeetingDraft, version: Int, now: String, in db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE meetings SET name = \(bind: draft.name), kind = \(bind: draft.kind.rawValue), status = \(bind: draft.status.rawValue),
                date = \(bind: draft.date?.iso), start_time = \(bind: draft.start?.text), end_time = \(bind: draft.end?.text),
                actual_start_time = \(bind: draft.actualStart?.text), actual_end_time = \(bind: draft.actualEnd?.text),
                location = \(bind: draft.location), online_url = \(bind: draft.onlineURL), body_id = \(bind: draft.bodyID),
                description = \(bind: draft.description), minutes_document_id = \(bind: draft.minutesDocumentID),
                confidentiality = \(bind: draft.confidentiality.rawValue)
            WHERE id = \(bind: id)
            """).run()
        for table in ["meeting_organisers", "meeting_attendances", "agenda_item_documents", "agenda_items", "meeting_outcomes"] {
            try await db.raw("DELETE FROM \(ident: table) WHERE meeting_id = \(bind: id)").run()
        }
        func insert(_ table: String, _ values: [String: (any Encodable & Sendable)?]) async throws {
            var row = values
            row["meeting_id"] = id
            try await insertRow(table, row, now: now, in: db)
        }
        for organisation in draft.organiserIDs { try await insert("meeting_organisers", ["organisation_id": organisation]) }
        for (position, p) in draft.participants.enumerated() {
            try await insert("meeting_attendances", [
                "position": position, "person_id": p.personID, "organisation_id": p.organisationID,
                "on_behalf_of_id": p.onBehalfOfID, "role": p.role.rawValue, "presence": p.presence?.rawValue,
            ])
        }
        for (position, item) in draft.agenda.enumerated() {
            try await insert("agenda_items", [
                "number": item.key, "position": position, "parent_number": item.parentKey, "title": item.title,
                "description": item.description, "presenter_id": item.presenterID, "duration_minutes": item.durationMinutes,
                "hamerstuk": item.isHamerstuk ? 1 : 0, "carried_from_meeting_id": item.carriedFrom?.meetingID,
                "carried_from_position": item.carriedFrom?.position,
            ])
            for (documentPosition, document) in item.documentIDs.enumerated() {
                try await insert("agenda_item_documents", ["item_number": item.key, "position": documentPosition, "document_id": document])
            }
        }
        for (position, o) in draft.outcomes.enumerated() {
            try await insert("meeting_outcomes", [
                "position": position, "kind": o.kind.rawValue, "text": o.text, "agenda_item_number": o.agendaKey,
                "by_person_id": o.byPersonID, "result": o.result?.rawValue, "owner_id": o.ownerID, "due_date": o.due?.iso,
                "action_status": o.actionStatus?.rawValue,
            ])
        }
        try await RecordAccessRows.replace(.meeting, id: id, with: draft.access, in: db)
    }

    /// The input as a draft, with every problem at once: the draft's own checks and every record it names that does not exist.
    private static func checked(_ input: MeetingInput, by viewer: Viewer, in db: any SQLDatabase) async throws -> MeetingDraft {
        var problems: [FieldProblem] = []
        var draft: MeetingDraft?
        do { draft = try MeetingDraft(input) } catch { problems = error.problems }
        problems += try await ReferenceCheck.problems(input.references, by: viewer, in: db)
        if let draft { problems += try await RecordAccessRows.unknownGroupProblems(draft.access, in: db) }
        guard let draft, problems.isEmpty else { throw ValidationFailure(problems) }
        return draft
    }

    private static func authorise(_ draft: MeetingDraft, by viewer: Viewer) throws {
        try EditPermission.check("bijeenkomsten", confidentiality: draft.confidentiality, access: draft.access, by: viewer)
    }
}
