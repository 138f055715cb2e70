import SQLKit
import TafelCore

struct AgendaRequestRow: Decodable, MetaRow {
    let id: String, title: String, fractionId: String, bodyId: String, subjectDocumentId: String?, documentId: String?
    let meetingId: String?, submittedOn: String?, status: String, motivation: String?, fractionView: String?, description: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String
    /// The names of the fraction and committee where the viewer may see them, and the counts of questions.
    let fractionName: String?, bodyName: String?, questionCount: Int, openQuestionCount: Int

    func domain() throws -> AgendaRequest {
        AgendaRequest(id: id, title: title, submittedOn: partialDate(submittedOn), status: try vocabulary(status, "agenda_requests", id),
                      motivation: motivation, view: fractionView, description: description, meta: meta)
    }

    var fraction: Reference? { fractionName.map { Reference(kind: .organisation, id: fractionId, name: $0) } }
    var body: Reference? { bodyName.map { Reference(kind: .body, id: bodyId, name: $0) } }

    var listItem: AgendaRequestListItem {
        get throws {
            AgendaRequestListItem(request: try domain(), fraction: fraction, body: body, questions: questionCount, openQuestions: openQuestionCount)
        }
    }
}

extension Catalog {
    /// The agenda requests register: narrowed by `filter`, newest first, each with its fraction,
    /// committee and how many of its questions are still open.
    public func agendaRequests(_ filter: AgendaRequestFilter) async throws -> Page<AgendaRequestListItem> {
        let result = try await page(AgendaRequestRow.self, select: agendaRequestSelect, from: "agenda_requests", kind: .agendaRequest,
                                    conditions: agendaRequestConditions(filter), orderBy: Self.agendaRequestOrder, page: filter.page)
        return Page(items: try result.rows.map { try $0.listItem }, total: result.total, request: filter.page)
    }

    /// The whole selection of `filter` (paging aside, at most `limit`) with every question and
    /// answer, for the export of questions and answers.
    public func agendaRequestExport(_ filter: AgendaRequestFilter, limit: Int = 5_000) async throws -> [AgendaRequestDetail] {
        let rows = try await db.raw(agendaRequestSelect + " FROM agenda_requests t" + whereClause([visible("t", .agendaRequest)] + agendaRequestConditions(filter))
                                    + " ORDER BY \(unsafeRaw: Self.agendaRequestOrder) LIMIT \(literal: limit)")
            .all(decoding: AgendaRequestRow.self, with: rowDecoder)
        let questions = try await self.questions(of: rows.map(\.id))
        return try rows.map { row in
            AgendaRequestDetail(request: try row.domain(), fraction: row.fraction, body: row.body, subjectDocument: nil, document: nil,
                                meeting: nil, questions: questions[row.id] ?? [], sources: [])
        }
    }

    public func agendaRequest(id: String) async throws -> AgendaRequestDetail? {
        guard let row = try await db.raw(agendaRequestSelect + " FROM agenda_requests t WHERE t.id = \(bind: id) AND " + visible("t", .agendaRequest))
            .first(decoding: AgendaRequestRow.self, with: rowDecoder)
        else { return nil }
        async let subject = oneVisible(.document, row.subjectDocumentId)
        async let document = oneVisible(.document, row.documentId)
        async let meeting = oneVisible(.meeting, row.meetingId)
        async let questions = questions(of: [id])
        async let sources = sources(of: .agendaRequest, id: id)
        async let access = accessList(of: .agendaRequest, id: id)
        return AgendaRequestDetail(
            request: try row.domain(), fraction: row.fraction, body: row.body, subjectDocument: try await subject,
            document: try await document, meeting: try await meeting, questions: try await questions[id] ?? [],
            sources: try await sources, access: try await access)
    }

    /// The requests that concern a document (as their subject, as the request itself, or in an
    /// answer), or that a meeting treats or answers: for those records' pages.
    public func agendaRequests(where link: MeetingOrDocument, is id: String) async throws -> [Reference] {
        // The ids from each link's index, then the requests by id (in that order: CROSS JOIN); an `OR` of the links scanned every request.
        let ids: SQLQueryString = switch link {
        case .meeting:
            "SELECT r.id FROM agenda_requests r WHERE r.meeting_id = \(bind: id) UNION SELECT a.request_id FROM question_answers a WHERE a.meeting_id = \(bind: id)"
        case .document:
            """
            SELECT r.id FROM agenda_requests r WHERE r.subject_document_id = \(bind: id) UNION SELECT r.id FROM agenda_requests r WHERE r.document_id = \(bind: id)
            UNION SELECT a.request_id FROM question_answers a WHERE a.document_id = \(bind: id)
            """
        }
        return try await references(.agendaRequest, "SELECT t.id, t.title AS name FROM (" + ids + ") k CROSS JOIN agenda_requests t WHERE t.id = k.id AND "
                                    + visible("t", .agendaRequest) + " ORDER BY \(unsafeRaw: Self.agendaRequestOrder)")
    }

    /// The register's filter options: the fractions and committees of the requests the viewer may see.
    public func agendaRequestFilterChoices() async throws -> (fractions: [Choice], bodies: [Choice]) {
        let both = try await database.computedOncePerDataVersion("agenderingskeuzes " + viewer.visibilityKey) {
            let shown = visible("r", .agendaRequest)
            async let fractions = choices("""
                SELECT t.id, t.name, t.kind AS code FROM organisations t WHERE EXISTS (SELECT 1 FROM agenda_requests r WHERE r.fraction_id = t.id AND
                """ + " " + shown + ") AND " + visible("t", .organisation) + " ORDER BY t.name, t.id")
            async let bodies = choices("""
                SELECT t.id, t.name, t.kind AS code FROM bodies t WHERE EXISTS (SELECT 1 FROM agenda_requests r WHERE r.body_id = t.id AND
                """ + " " + shown + ") AND " + visible("t", .body) + " ORDER BY t.name, t.id")
            return [try await fractions, try await bodies]
        }
        return (both[0], both[1])
    }

    /// The questions of the requests `ids`, in order, each with its answers and what they name
    /// as far as the viewer may see it.
    func questions(of ids: [String]) async throws -> [String: [AgendaQuestion]] {
        guard !ids.isEmpty else { return [:] }
        struct QuestionRow: Decodable { let requestId: String, position: Int, addressee: String, number: Int?, text: String }
        struct AnswerRow: Decodable {
            let requestId: String, questionPosition: Int, text: String?, answeredOn: String?
            let byPersonId: String?, byBodyId: String?, byOrganisationId: String?, documentId: String?, meetingId: String?
            let personName: String?, bodyName: String?, organisationName: String?, documentTitle: String?, meetingName: String?
        }
        let inList: SQLQueryString = "(" + ids.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ")"
        func name(_ table: String, _ column: String, _ nameColumn: String, _ kind: RecordKind, as alias: String) -> SQLQueryString {
            "(SELECT v.\(unsafeRaw: nameColumn) FROM \(unsafeRaw: table) v WHERE v.id = a.\(unsafeRaw: column) AND " + visible("v", kind)
                + ") AS \(unsafeRaw: alias)"
        }
        async let questionRows = db.raw("SELECT request_id, position, addressee, number, text FROM agenda_request_questions WHERE request_id IN "
                                        + inList + " ORDER BY request_id, position").all(decoding: QuestionRow.self, with: rowDecoder)
        async let answerRows = db.raw("SELECT a.request_id, a.question_position, a.text, a.answered_on, a.by_person_id, a.by_body_id, "
            + "a.by_organisation_id, a.document_id, a.meeting_id, " + name("persons", "by_person_id", "name", .person, as: "person_name") + ", "
            + name("bodies", "by_body_id", "name", .body, as: "body_name") + ", "
            + name("organisations", "by_organisation_id", "name", .organisation, as: "organisation_name") + ", "
            + name("documents", "document_id", "title", .document, as: "document_title") + ", "
            + name("meetings", "meeting_id", "name", .meeting, as: "meeting_name")
            + " FROM question_answers a WHERE a.request_id IN " + inList + " ORDER BY a.request_id, a.question_position, a.position")
            .all(decoding: AnswerRow.self, with: rowDecoder)
        var answers: [String: [QuestionAnswer]] = [:]
        for a in try await answerRows {
            let by = a.personName.map { Reference(kind: .person, id: a.byPersonId ?? "", name: $0) }
                ?? a.bodyName.map { Reference(kind: .body, id: a.byBodyId ?? "", name: $0) }
                ?? a.organisationName.map { Reference(kind: .organisation, id: a.byOrganisationId ?? "", name: $0) }
            answers["\(a.requestId) \(a.questionPosition)", default: []].append(QuestionAnswer(
                text: a.text, answeredOn: partialDate(a.answeredOn), by: by,
                document: a.documentTitle.map { Reference(kind: .document, id: a.documentId ?? "", name: $0) },
                meeting: a.meetingName.map { Reference(kind: .meeting, id: a.meetingId ?? "", name: $0) }))
        }
        var result: [String: [AgendaQuestion]] = [:]
        for q in try await questionRows {
            result[q.requestId, default: []].append(AgendaQuestion(
                position: q.position, addressee: try vocabulary(q.addressee, "agenda_request_questions", q.requestId), number: q.number,
                text: q.text, answers: answers["\(q.requestId) \(q.position)"] ?? []))
        }
        return result
    }

    /// Newest first, the undated last on both databases (PostgreSQL sorts NULL first when descending).
    private static let agendaRequestOrder = "t.submitted_on IS NULL, t.submitted_on DESC, t.title, t.id"

    /// `t.*` with the names of the fraction and committee where the viewer may see them, and the question counts.
    private var agendaRequestSelect: SQLQueryString {
        "SELECT t.*, (SELECT v.name FROM organisations v WHERE v.id = t.fraction_id AND " + visible("v", .organisation) + ") AS fraction_name, "
            + "(SELECT v.name FROM bodies v WHERE v.id = t.body_id AND " + visible("v", .body) + ") AS body_name, "
            + "(SELECT count(*) FROM agenda_request_questions q WHERE q.request_id = t.id) AS question_count, "
            + "(SELECT count(*) FROM agenda_request_questions q WHERE q.request_id = t.id AND " + Self.unanswered + ") AS open_question_count"
    }

    private static let unanswered: SQLQueryString =
        "NOT EXISTS (SELECT 1 FROM question_answers a WHERE a.request_id = q.request_id AND a.question_position = q.position)"

    private func agendaRequestConditions(_ filter: AgendaRequestFilter) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = []
        if let fraction = filter.fraction { conditions.append("t.fraction_id = \(bind: fraction)") }
        if let body = filter.body { conditions.append("t.body_id = \(bind: body)") }
        if let status = filter.status { conditions.append("t.status = \(bind: status.rawValue)") }
        if filter.openQuestions {
            conditions.append("EXISTS (SELECT 1 FROM agenda_request_questions q WHERE q.request_id = t.id AND q.addressee = 'college' AND "
                              + Self.unanswered + ")")
        }
        if let from = filter.from { conditions.append("substr(t.submitted_on || '-99-99', 1, 10) >= \(bind: from.iso)") }
        if let until = filter.until { conditions.append("t.submitted_on <= \(bind: until.upperBound)") }
        if let search = filter.search {
            conditions.append(matches(search, .agendaRequest))
        }
        return conditions
    }
}
