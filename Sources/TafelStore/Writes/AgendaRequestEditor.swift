import SQLKit
import TafelCore

/// Adding and changing agenda requests with their questions and answers. Checks the editor's
/// role and scope, that every record named exists, and the version an edit was based on;
/// writes the request, its questions, their answers and its history entry in one transaction.
///
/// A link the editor may not see (a confidential letter that answers a question, a meeting)
/// is not in what they edit and stays when they save: put back where the editor's draft has
/// nothing in its place, by the question's and answer's position. A request whose fraction or
/// committee the editor may not see is not theirs to change.
public struct AgendaRequestEditor: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public struct Stored: Sendable {
        /// What the viewer may see and edit.
        public var draft: AgendaRequestDraft
        public var version: Int
        /// Everything, the hidden links too.
        var full: AgendaRequestDraft
        public var hidesFractionOrBody: Bool { draft.fractionID.isEmpty || draft.bodyID.isEmpty }
    }

    static let plural = "agenderingsverzoeken"
    public static let notYours = "U mag dit agenderingsverzoek niet wijzigen: het valt buiten de organisaties en gremia waarvoor u redacteur bent."

    public func create(_ input: AgendaRequestInput, by viewer: Viewer) async throws -> String {
        try EditPermission.checkRole(Self.plural, of: viewer)
        return try await database.transaction { db in
            let draft = try await Self.checked(input, by: viewer, in: db)
            try EditPermission.check(Self.plural, confidentiality: draft.confidentiality, access: draft.access, by: viewer)
            let id = try await FreshID.make("agenderingsverzoek-" + Slug.make(from: draft.title), in: "agenda_requests", db)
            let now = Timestamp.now()
            try await insertRow("agenda_requests", ["id": id, "title": draft.title, "fraction_id": draft.fractionID, "body_id": draft.bodyID,
                                                    "status": draft.status.rawValue, "confidentiality": draft.confidentiality.rawValue],
                                now: now, in: db)
            try await Self.write(id: id, draft, now: now, in: db)
            try await AuditLog.record(.aangemaakt, .agendaRequest, id: id, version: 1,
                                      changes: AuditEntry.changes(from: [], to: draft.snapshot), by: viewer, in: db)
            return id
        }
    }

    /// Replaces a request with its questions and answers, provided it is still at
    /// `expectedVersion` (required: `VersionRequired` without it, after the access checks).
    @discardableResult
    public func update(id: String, _ input: AgendaRequestInput, expectedVersion: Int?, by viewer: Viewer) async throws -> Int {
        try EditPermission.checkRole(Self.plural, of: viewer)
        return try await database.transaction { db in
            let typed = try await Self.checked(input, by: viewer, in: db)
            try EditPermission.check(Self.plural, confidentiality: typed.confidentiality, access: typed.access, by: viewer)
            guard let stored = try await Self.current(id: id, for: viewer, locking: true, in: db) else {
                throw RecordNotVisible(kind: .agendaRequest, id: id)
            }
            if stored.hidesFractionOrBody { throw AccessDenied(Self.notYours) }
            return try await VersionedUpdate.edit(
                .agendaRequest, table: "agenda_requests", id: id, expected: expectedVersion,
                found: .init(access: stored.draft.access, version: stored.version, snapshot: stored.draft.snapshot), typed: typed.snapshot,
                notYours: Self.notYours, by: viewer, in: db) { now in
                try await Self.write(id: id, typed.keepingHidden(of: stored), now: now, in: db)
            }
        }
    }

    public func current(id: String, for viewer: Viewer) async throws -> Stored? {
        try await Self.current(id: id, for: viewer, in: database.sql)
    }

    // MARK: - Steps

    private static func write(id: String, _ draft: AgendaRequestDraft, now: String, in db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE agenda_requests SET title = \(bind: draft.title), fraction_id = \(bind: draft.fractionID), body_id = \(bind: draft.bodyID),
                subject_document_id = \(bind: draft.subjectDocumentID), document_id = \(bind: draft.documentID),
                meeting_id = \(bind: draft.meetingID), submitted_on = \(bind: draft.submittedOn?.iso), status = \(bind: draft.status.rawValue),
                motivation = \(bind: draft.motivation), fraction_view = \(bind: draft.view), description = \(bind: draft.description),
                confidentiality = \(bind: draft.confidentiality.rawValue)
            WHERE id = \(bind: id)
            """).run()
        try await db.raw("DELETE FROM question_answers WHERE request_id = \(bind: id)").run()
        try await db.raw("DELETE FROM agenda_request_questions WHERE request_id = \(bind: id)").run()
        for (q, question) in draft.questions.enumerated() {
            try await insertRow("agenda_request_questions", [
                "request_id": id, "position": q + 1, "addressee": question.addressee.rawValue, "number": question.number, "text": question.text,
            ], now: now, in: db)
            for (a, answer) in question.answers.enumerated() {
                try await insertRow("question_answers", [
                    "request_id": id, "question_position": q + 1, "position": a + 1, "text": answer.text,
                    "answered_on": answer.answeredOn?.iso, "by_person_id": answer.byPersonID, "by_body_id": answer.byBodyID,
                    "by_organisation_id": answer.byOrganisationID, "document_id": answer.documentID, "meeting_id": answer.meetingID,
                ], now: now, in: db)
            }
        }
        try await RecordAccessRows.replace(.agendaRequest, id: id, with: draft.access, in: db)
    }

    /// The input as a draft, with every problem at once: the draft's own and every record it names that does not exist.
    private static func checked(_ input: AgendaRequestInput, by viewer: Viewer, in db: any SQLDatabase) async throws -> AgendaRequestDraft {
        var problems: [FieldProblem] = []
        var draft: AgendaRequestDraft?
        do { draft = try AgendaRequestDraft(input) } catch { problems = error.problems }
        problems += try await ReferenceCheck.problems(input.references, by: viewer, in: db)
        if let draft { problems += try await RecordAccessRows.unknownGroupProblems(draft.access, in: db) }
        guard let draft, problems.isEmpty else { throw ValidationFailure(problems) }
        return draft
    }

    static func current(id: String, for viewer: Viewer, locking: Bool = false, in db: any SQLDatabase) async throws -> Stored? {
        struct Row: Decodable {
            let title: String, fractionId: String, bodyId: String, subjectDocumentId: String?, documentId: String?, meetingId: String?
            let submittedOn: String?, status: String, motivation: String?, fractionView: String?, description: String?
            let confidentiality: String, version: Int
        }
        struct QuestionRow: Decodable { let position: Int, addressee: String, number: Int?, text: String }
        struct AnswerRow: Decodable {
            let questionPosition: Int, text: String?, answeredOn: String?, byPersonId: String?, byBodyId: String?
            let byOrganisationId: String?, documentId: String?, meetingId: String?
        }
        guard let row = try await db.raw("""
            SELECT title, fraction_id, body_id, subject_document_id, document_id, meeting_id, submitted_on, status, motivation,
                   fraction_view, description, confidentiality, version
            FROM agenda_requests t WHERE t.id = \(bind: id) AND
            """ + " " + Catalog.visibility(of: "t", .agendaRequest, for: viewer) + (locking ? VersionedUpdate.lock("t", in: db) : ""))
            .first(decoding: Row.self, with: rowDecoder)
        else { return nil }
        let questions = try await db.raw("SELECT position, addressee, number, text FROM agenda_request_questions WHERE request_id = \(bind: id) ORDER BY position")
            .all(decoding: QuestionRow.self, with: rowDecoder)
        let answers = try await db.raw("""
            SELECT question_position, text, answered_on, by_person_id, by_body_id, by_organisation_id, document_id, meeting_id
            FROM question_answers WHERE request_id = \(bind: id) ORDER BY question_position, position
            """).all(decoding: AnswerRow.self, with: rowDecoder)
        let table = "agenda_requests"
        let full = AgendaRequestDraft(
            title: row.title, fractionID: row.fractionId, bodyID: row.bodyId, subjectDocumentID: row.subjectDocumentId,
            documentID: row.documentId, meetingID: row.meetingId, submittedOn: partialDate(row.submittedOn),
            status: try vocabulary(row.status, table, id), motivation: row.motivation, view: row.fractionView, description: row.description,
            questions: try questions.map { q in
                AgendaRequestDraft.Question(
                    addressee: try vocabulary(q.addressee, table, id), number: q.number, text: q.text,
                    answers: answers.filter { $0.questionPosition == q.position }.map { a in
                        AgendaRequestDraft.Answer(text: a.text, answeredOn: partialDate(a.answeredOn), byPersonID: a.byPersonId,
                                                  byBodyID: a.byBodyId, byOrganisationID: a.byOrganisationId, documentID: a.documentId,
                                                  meetingID: a.meetingId)
                    })
            },
            confidentiality: Confidentiality(rawValue: row.confidentiality) ?? .vertrouwelijk,
            access: try await RecordAccessRows.read(.agendaRequest, id: id, in: db))
        let seen = try await ReferenceCheck.visibleIDs(full.input.references, by: viewer, in: db)
        return Stored(draft: full.shown(to: seen), version: row.version, full: full)
    }
}

extension AgendaRequestDraft {
    /// The draft without what names a record outside `visible`: a hidden fraction or committee is empty, other hidden links are left out.
    func shown(to visible: [NamedReference.Kind: Set<String>]) -> AgendaRequestDraft {
        func kept(_ id: String?, _ kind: NamedReference.Kind) -> String? { id.flatMap { visible[kind]?.contains($0) == true ? $0 : nil } }
        var copy = self
        copy.fractionID = kept(fractionID, .organisation) ?? ""
        copy.bodyID = kept(bodyID, .body) ?? ""
        copy.subjectDocumentID = kept(subjectDocumentID, .document)
        copy.documentID = kept(documentID, .document)
        copy.meetingID = kept(meetingID, .meeting)
        copy.questions = questions.map { question in
            var question = question
            question.answers = question.answers.map { answer in
                var answer = answer
                answer.byPersonID = kept(answer.byPersonID, .person)
                answer.byBodyID = kept(answer.byBodyID, .body)
                answer.byOrganisationID = kept(answer.byOrganisationID, .organisation)
                answer.documentID = kept(answer.documentID, .document)
                answer.meetingID = kept(answer.meetingID, .meeting)
                return answer
            }
            return question
        }
        return copy
    }

    /// This draft with the links of `stored` the editor could not see put back, where this draft
    /// and what the editor was shown both have nothing in their place.
    func keepingHidden(of stored: AgendaRequestEditor.Stored) -> AgendaRequestDraft {
        let full = stored.full, shown = stored.draft
        func restore(_ typed: String?, _ seen: String?, _ hidden: String?) -> String? { typed ?? (seen == nil ? hidden : nil) }
        var copy = self
        copy.subjectDocumentID = restore(subjectDocumentID, shown.subjectDocumentID, full.subjectDocumentID)
        copy.documentID = restore(documentID, shown.documentID, full.documentID)
        copy.meetingID = restore(meetingID, shown.meetingID, full.meetingID)
        for q in copy.questions.indices where q < full.questions.count {
            for a in copy.questions[q].answers.indices where a < full.questions[q].answers.count {
                let hidden = full.questions[q].answers[a], seen = shown.questions[q].answers[a]
                var answer = copy.questions[q].answers[a]
                answer.byPersonID = restore(answer.byPersonID, seen.byPersonID, hidden.byPersonID)
                if answer.byOrganisationID == nil { answer.byBodyID = restore(answer.byBodyID, seen.byBodyID, hidden.byBodyID) }
                if answer.byBodyID == nil { answer.byOrganisationID = restore(answer.byOrganisationID, seen.byOrganisationID, hidden.byOrganisationID) }
                answer.documentID = restore(answer.documentID, seen.documentID, hidden.documentID)
                answer.meetingID = restore(answer.meetingID, seen.meetingID, hidden.meetingID)
                copy.questions[q].answers[a] = answer
            }
        }
        return copy
    }
}
