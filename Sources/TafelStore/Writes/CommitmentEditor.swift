import Foundation
import SQLKit
import TafelCore

/// Adding and changing commitments. Checks the editor's role and scope, that every record
/// named exists (and a meeting's outcome too), and the version an edit was based on; writes
/// the commitment, its fulfilling documents and its history entry in one transaction.
///
/// A link to a record the editor may not see (a confidential person who promised, a
/// confidential letter that kept it) is not in what they edit and stays when they save.
public struct CommitmentEditor: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public struct Stored: Sendable {
        /// What the viewer may see and edit.
        public var draft: CommitmentDraft
        public var version: Int
        /// By column, the linked records the viewer may not see; and the hidden fulfilling documents.
        var hiddenLinks: [String: String] = [:]
        var hiddenFulfilments: [String] = []
        /// The outcome of a hidden meeting.
        var hiddenOutcome: Int?
    }

    static let plural = "toezeggingen"
    public static let notYours = "U mag deze toezegging niet wijzigen: ze valt buiten de organisaties en gremia waarvoor u redacteur bent."

    /// Adds a commitment; `source`, a passage of a document the viewer may see, is written as its
    /// source in the same transaction (a commitment accepted from a recognised phrase).
    public func create(_ input: CommitmentInput, source: (document: String, passage: String)? = nil,
                       by viewer: Viewer) async throws -> String {
        try EditPermission.checkRole(Self.plural, of: viewer)
        if let source, try await Catalog(database: database, viewer: viewer).visibleName(of: .document, id: source.document) == nil {
            throw RecordNotVisible(kind: .document, id: source.document)
        }
        return try await database.transaction { db in
            let draft = try await Self.checked(input, by: viewer, in: db)
            try EditPermission.check(Self.plural, confidentiality: draft.confidentiality, access: draft.access, by: viewer)
            let id = try await FreshID.make("toezegging-" + Slug.make(from: draft.title), in: "commitments", db)
            let now = Timestamp.now()
            try await db.raw("""
                INSERT INTO commitments (id, title, text, confidentiality, created_at, updated_at, version)
                VALUES (\(bind: id), \(bind: draft.title), \(bind: draft.text), \(bind: draft.confidentiality.rawValue), \(bind: now), \(bind: now), 1)
                """).run()
            try await Self.write(id: id, draft, keeping: Stored(draft: draft, version: 1), now: now, in: db)
            if let source {
                try await SourceCitations.append(RecordKey(.commitment, id), document: source.document, passage: source.passage, now: now, in: db)
            }
            try await AuditLog.record(.aangemaakt, .commitment, id: id, version: 1,
                                      changes: AuditEntry.changes(from: [], to: draft.snapshot + [("bron", source.map { SourceCitations.historyValue($0.document, $0.passage) })]),
                                      by: viewer, in: db)
            return id
        }
    }

    /// Replaces a commitment, provided it is still at `expectedVersion` (required: `VersionRequired`
    /// without it, after the access checks); returns the new version.
    @discardableResult
    public func update(id: String, _ input: CommitmentInput, expectedVersion: Int?, by viewer: Viewer) async throws -> Int {
        try EditPermission.checkRole(Self.plural, of: viewer)
        return try await database.transaction { db in
            let draft = try await Self.checked(input, by: viewer, in: db)
            try EditPermission.check(Self.plural, confidentiality: draft.confidentiality, access: draft.access, by: viewer)
            guard let stored = try await Self.current(id: id, for: viewer, locking: true, in: db) else {
                throw RecordNotVisible(kind: .commitment, id: id)
            }
            return try await VersionedUpdate.edit(
                .commitment, table: "commitments", id: id, expected: expectedVersion,
                found: .init(access: stored.draft.access, version: stored.version, snapshot: stored.draft.snapshot), typed: draft.snapshot,
                notYours: Self.notYours, by: viewer, in: db) { now in
                try await Self.write(id: id, draft, keeping: stored, now: now, in: db)
            }
        }
    }

    public func current(id: String, for viewer: Viewer) async throws -> Stored? {
        try await Self.current(id: id, for: viewer, in: database.sql)
    }

    // MARK: - Steps

    /// The link columns, with the draft's value for each.
    private static func links(_ draft: CommitmentDraft) -> [(column: String, value: String?)] {
        [("meeting_id", draft.meetingID), ("document_id", draft.documentID), ("by_person_id", draft.byPersonID),
         ("by_body_id", draft.byBodyID), ("to_body_id", draft.toBodyID), ("to_organisation_id", draft.toOrganisationID)]
    }

    /// Writes the fields and the fulfilling documents, adding back what `stored` kept hidden.
    private static func write(id: String, _ draft: CommitmentDraft, keeping stored: Stored, now: String, in db: any SQLDatabase) async throws {
        var link: [String: String] = [:]
        for (column, value) in links(draft) { link[column] = value ?? stored.hiddenLinks[column] }
        // A hidden meeting keeps its outcome's position when the editor leaves the meeting as it was (empty).
        let outcome = draft.meetingID == nil && stored.hiddenLinks["meeting_id"] != nil ? stored.hiddenOutcome : draft.outcomePosition
        try await db.raw("""
            UPDATE commitments SET title = \(bind: draft.title), text = \(bind: draft.text), made_on = \(bind: draft.madeOn?.iso),
                meeting_id = \(bind: link["meeting_id"]), outcome_position = \(bind: outcome),
                document_id = \(bind: link["document_id"]), by_person_id = \(bind: link["by_person_id"]),
                by_body_id = \(bind: link["by_body_id"]), to_body_id = \(bind: link["to_body_id"]),
                to_organisation_id = \(bind: link["to_organisation_id"]), deadline_date = \(bind: draft.deadline.date?.iso),
                deadline_event = \(bind: draft.deadline.event), fulfilled_on = \(bind: draft.fulfilledOn?.iso),
                decision = \(bind: draft.decision?.rawValue), decision_note = \(bind: draft.decisionNote),
                description = \(bind: draft.description), confidentiality = \(bind: draft.confidentiality.rawValue)
            WHERE id = \(bind: id)
            """).run()
        try await db.raw("DELETE FROM commitment_fulfilments WHERE commitment_id = \(bind: id)").run()
        for (index, document) in (draft.fulfilmentIDs + stored.hiddenFulfilments).enumerated() {
            try await insertRow("commitment_fulfilments", ["commitment_id": id, "position": index + 1, "document_id": document], now: now, in: db)
        }
        try await RecordAccessRows.replace(.commitment, id: id, with: draft.access, in: db)
    }

    /// The input as a draft, with every problem at once: the draft's own, every record it names
    /// that does not exist, an outcome the meeting does not have; and, when fulfilling letters
    /// are named without a date, the latest of their dates as `voldaanOp`.
    private static func checked(_ input: CommitmentInput, by viewer: Viewer, in db: any SQLDatabase) async throws -> CommitmentDraft {
        var problems: [FieldProblem] = []
        var draft: CommitmentDraft?
        do { draft = try CommitmentDraft(input) } catch { problems = error.problems }
        let references = input.references
        problems += try await ReferenceCheck.problems(references, by: viewer, in: db)
        if let draft { problems += try await RecordAccessRows.unknownGroupProblems(draft.access, in: db) }
        if let draft, let meeting = draft.meetingID, let position = draft.outcomePosition, !problems.contains(where: { $0.field == "bijeenkomst" }),
           try await db.raw("SELECT 1 AS found FROM meeting_outcomes WHERE meeting_id = \(bind: meeting) AND position = \(bind: position)").first() == nil {
            problems.append(FieldProblem(field: "uitkomst", code: "onbekend", message: "uitkomst: bijeenkomst ‘\(meeting)’ heeft geen uitkomst op positie \(position)."))
        }
        guard var draft, problems.isEmpty else { throw ValidationFailure(problems) }
        if draft.fulfilledOn == nil, !draft.fulfilmentIDs.isEmpty {
            let dates = try await db.raw("SELECT d.date FROM documents d WHERE d.id IN ("
                + draft.fulfilmentIDs.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ") AND d.date IS NOT NULL")
                .all(decodingColumn: "date", as: String.self).compactMap(PartialDate.init(iso:))
            guard let latest = dates.max() else {
                throw ValidationFailure(field: "voldaanOp", code: "verplicht",
                                        message: "voldaanOp is verplicht: de documenten in voldaanMet hebben geen datum.")
            }
            if let madeOn = draft.madeOn, latest.upperBound < madeOn.iso {
                throw ValidationFailure(field: "voldaanMet", code: "ongeldig",
                                        message: "voldaanMet: het laatste document (\(latest.iso)) is van vóór gedaanOp (\(madeOn.iso)).")
            }
            draft.fulfilledOn = latest
        }
        return draft
    }

    static func current(id: String, for viewer: Viewer, locking: Bool = false, in db: any SQLDatabase) async throws -> Stored? {
        struct Row: Decodable {
            let title: String, text: String, madeOn: String?, meetingId: String?, outcomePosition: Int?, documentId: String?
            let byPersonId: String?, byBodyId: String?, toBodyId: String?, toOrganisationId: String?, deadlineDate: String?
            let deadlineEvent: String?, fulfilledOn: String?, decision: String?, decisionNote: String?, description: String?
            let confidentiality: String, version: Int
        }
        guard let row = try await db.raw("""
            SELECT title, text, made_on, meeting_id, outcome_position, document_id, by_person_id, by_body_id, to_body_id,
                   to_organisation_id, deadline_date, deadline_event, fulfilled_on, decision, decision_note, description, confidentiality, version
            FROM commitments t WHERE t.id = \(bind: id) AND
            """ + " " + Catalog.visibility(of: "t", .commitment, for: viewer) + (locking ? VersionedUpdate.lock("t", in: db) : ""))
            .first(decoding: Row.self, with: rowDecoder)
        else { return nil }
        let fulfilments = try await db.raw("SELECT document_id FROM commitment_fulfilments WHERE commitment_id = \(bind: id) ORDER BY position")
            .all(decodingColumn: "document_id", as: String.self)
        var full = CommitmentDraft(
            title: row.title, text: row.text, madeOn: partialDate(row.madeOn), meetingID: row.meetingId, outcomePosition: row.outcomePosition,
            documentID: row.documentId, byPersonID: row.byPersonId, byBodyID: row.byBodyId, toBodyID: row.toBodyId,
            toOrganisationID: row.toOrganisationId, deadline: CommitmentDeadline(date: partialDate(row.deadlineDate), event: row.deadlineEvent),
            fulfilledOn: partialDate(row.fulfilledOn), fulfilmentIDs: fulfilments,
            decision: try row.decision.map { try vocabulary($0, "commitments", id) }, decisionNote: row.decisionNote,
            description: row.description, confidentiality: Confidentiality(rawValue: row.confidentiality) ?? .vertrouwelijk,
            access: try await RecordAccessRows.read(.commitment, id: id, in: db))
        let seen = try await ReferenceCheck.visibleIDs(full.input.references, by: viewer, in: db)
        var stored = Stored(draft: full, version: row.version)
        func hide(_ column: String, _ value: String?, _ kind: NamedReference.Kind) -> String? {
            guard let value, seen[kind]?.contains(value) != true else { return value }
            stored.hiddenLinks[column] = value
            return nil
        }
        full.meetingID = hide("meeting_id", full.meetingID, .meeting)
        full.documentID = hide("document_id", full.documentID, .document)
        full.byPersonID = hide("by_person_id", full.byPersonID, .person)
        full.byBodyID = hide("by_body_id", full.byBodyID, .body)
        full.toBodyID = hide("to_body_id", full.toBodyID, .body)
        full.toOrganisationID = hide("to_organisation_id", full.toOrganisationID, .organisation)
        stored.hiddenFulfilments = full.fulfilmentIDs.filter { seen[.document]?.contains($0) != true }
        full.fulfilmentIDs.removeAll { seen[.document]?.contains($0) != true }
        if stored.hiddenLinks["meeting_id"] != nil { (stored.hiddenOutcome, full.outcomePosition) = (full.outcomePosition, nil) }
        stored.draft = full
        return stored
    }
}
