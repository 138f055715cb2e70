import SQLKit
import TafelCore

/// What the search index holds of each kind of record: its title, the texts of its body (its own
/// fields and those of the rows it owns, such as a meeting's agenda and outcomes, never the
/// names of other records, which may be hidden from a reader who finds this one), its sort
/// (the kind facet), its date (the year facet) and the organisations it concerns (the
/// organisation facet). The same definition indexes a record and reads it back for a snippet.
struct SearchSource: Sendable {
    let kind: RecordKind
    let table: String
    let title: String
    let body: [String]
    var sort: String? = nil
    var date: String? = nil
    /// Owned rows' text: `SELECT <record id> AS id, <text> AS text FROM …`, filtered by `idColumn`.
    var children: [(select: String, idColumn: String)] = []
    /// `SELECT <record id> AS id, <organisation id> AS organisation_id FROM …`, filtered by `idColumn`.
    var organisations: [(select: String, idColumn: String)] = []

    static let all: [SearchSource] = [
        SearchSource(kind: .organisation, table: "organisations", title: "t.name",
                     body: ["t.short_name", "t.cbs_code", "t.description"], sort: "t.kind",
                     organisations: [("SELECT id, id AS organisation_id FROM organisations", "id")]),
        SearchSource(kind: .person, table: "persons", title: "t.name", body: ["t.description"],
                     organisations: [("SELECT person_id AS id, organisation_id FROM memberships WHERE organisation_id IS NOT NULL", "person_id"),
                                     ("SELECT person_id AS id, on_behalf_of_id AS organisation_id FROM memberships WHERE on_behalf_of_id IS NOT NULL", "person_id")]),
        SearchSource(kind: .body, table: "bodies", title: "t.name", body: ["t.description"], sort: "t.kind",
                     organisations: [("SELECT id, organisation_id FROM bodies WHERE organisation_id IS NOT NULL", "id")]),
        SearchSource(kind: .task, table: "tasks", title: "t.name", body: ["t.cluster", "t.description"],
                     organisations: [("SELECT t.id, a.owner_id AS organisation_id FROM tasks t JOIN task_agendas a ON a.id = t.agenda_id WHERE a.owner_id IS NOT NULL", "t.id")]),
        SearchSource(kind: .collaboration, table: "collaborations", title: "t.name",
                     body: ["t.short_name", "t.purpose", "t.description", "t.status_reason", "t.legal_basis", "t.seat",
                            "t.transferred_powers", "t.council_reporting"],
                     sort: "t.form", date: "t.start_date",
                     organisations: [("SELECT collaboration_id AS id, organisation_id FROM collaboration_participants", "collaboration_id")]),
        SearchSource(kind: .meeting, table: "meetings", title: "t.name", body: ["t.location", "t.description"],
                     sort: "t.kind", date: "t.date",
                     children: [("SELECT meeting_id AS id, title AS text FROM agenda_items", "meeting_id"),
                                ("SELECT meeting_id AS id, description AS text FROM agenda_items WHERE description IS NOT NULL", "meeting_id"),
                                ("SELECT meeting_id AS id, text FROM meeting_outcomes", "meeting_id")],
                     organisations: [("SELECT meeting_id AS id, organisation_id FROM meeting_organisers", "meeting_id"),
                                     ("SELECT m.id, b.organisation_id FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE b.organisation_id IS NOT NULL", "m.id")]),
        SearchSource(kind: .document, table: "documents", title: "t.title",
                     body: ["t.reference", "t.author", "t.handled_by", "t.summary", "t.full_text"], sort: "t.kind", date: "t.date",
                     organisations: [("SELECT document_id AS id, organisation_id FROM document_parties WHERE organisation_id IS NOT NULL", "document_id")]),
        SearchSource(kind: .programme, table: "programmes", title: "t.name", body: ["t.portfolio", "t.goal", "t.description"],
                     sort: "t.status",
                     organisations: [("SELECT id, owner_id AS organisation_id FROM programmes WHERE owner_id IS NOT NULL", "id")]),
        SearchSource(kind: .commitment, table: "commitments", title: "t.title",
                     body: ["t.text", "t.deadline_event", "t.decision_note", "t.description"], date: "t.made_on",
                     organisations: [("SELECT id, to_organisation_id AS organisation_id FROM commitments WHERE to_organisation_id IS NOT NULL", "id")]),
        SearchSource(kind: .agendaRequest, table: "agenda_requests", title: "t.title",
                     body: ["t.motivation", "t.fraction_view", "t.description"], sort: "t.status", date: "t.submitted_on",
                     children: [("SELECT request_id AS id, text FROM agenda_request_questions", "request_id")],
                     organisations: [("SELECT id, fraction_id AS organisation_id FROM agenda_requests", "id")]),
        SearchSource(kind: .policyProduct, table: "policy_products", title: "t.name", body: ["t.domain", "t.description"],
                     sort: "t.task_kind", date: "t.decided_on",
                     children: [("SELECT product_id AS id, subject AS text FROM policy_product_consequences WHERE subject IS NOT NULL", "product_id"),
                                ("SELECT product_id AS id, note AS text FROM policy_product_consequences WHERE note IS NOT NULL", "product_id")],
                     organisations: [("SELECT id, owner_id AS organisation_id FROM policy_products WHERE owner_id IS NOT NULL", "id")]),
        SearchSource(kind: .jointDecision, table: "joint_decisions", title: "t.title", body: ["t.proposal", "t.organ", "t.description"],
                     date: "t.offered_on",
                     organisations: [("SELECT id, owner_id AS organisation_id FROM joint_decisions WHERE owner_id IS NOT NULL", "id")]),
        SearchSource(kind: .stance, table: "stances", title: "t.title", body: ["t.text", "t.addressee", "t.description"],
                     sort: "t.status", date: "t.taken_on",
                     organisations: [("SELECT id, owner_id AS organisation_id FROM stances WHERE owner_id IS NOT NULL", "id"),
                                     ("SELECT id, addressee_id AS organisation_id FROM stances WHERE addressee_id IS NOT NULL", "id")]),
    ]

    static func of(_ kind: RecordKind) -> SearchSource? { all.first { $0.kind == kind } }

    /// One record as the index sees it.
    struct Entry: Sendable {
        let kind: RecordKind
        let id: String
        let title: String
        var body: [String]
        let sort: String?
        let year: Int?
        let confidentiality: String
        var organisations: [String]
    }

    /// The entries of the records `ids` that exist, in id order.
    func entries(_ ids: [String], in db: any SQLDatabase) async throws -> [Entry] {
        struct Row: Decodable {
            let id: String, title: String, sort: String?, date: String?, confidentiality: String
        }
        let bodyColumns = body.enumerated().map { "\($0.element) AS b\($0.offset)" }.joined(separator: ", ")
        let select = "SELECT t.id, \(title) AS title, \(sort ?? "NULL") AS sort, \(date ?? "NULL") AS date, t.confidentiality, \(bodyColumns) FROM \(table) t"
        let rows = try await db.raw(SQLQueryString(select) + Self.filter("t.id", ids) + " ORDER BY t.id").all()
        var entries: [Entry] = []
        var index: [String: Int] = [:]
        for row in rows {
            let meta = try rowDecoder.decode(Row.self, from: row)
            let texts = try body.indices.compactMap { try row.decode(column: "b\($0)", as: String?.self) }
            index[meta.id] = entries.count
            entries.append(Entry(kind: kind, id: meta.id, title: meta.title, body: texts, sort: meta.sort,
                                 year: meta.date.flatMap { Int($0.prefix(4)) }, confidentiality: meta.confidentiality,
                                 organisations: []))
        }
        guard !entries.isEmpty else { return [] }
        let ids = entries.map(\.id)
        struct Line: Decodable { let id: String, text: String? }
        for child in children {
            for line in try await db.raw(SQLQueryString(child.select) + Self.filter(child.idColumn, ids, joining: child.select))
                .all(decoding: Line.self, with: rowDecoder) {
                if let position = index[line.id], let text = line.text { entries[position].body.append(text) }
            }
        }
        struct Concern: Decodable { let id: String, organisationId: String }
        for query in organisations {
            for line in try await db.raw(SQLQueryString(query.select) + Self.filter(query.idColumn, ids, joining: query.select))
                .all(decoding: Concern.self, with: rowDecoder) {
                if let position = index[line.id], !entries[position].organisations.contains(line.organisationId) {
                    entries[position].organisations.append(line.organisationId)
                }
            }
        }
        return entries
    }

    /// `WHERE column IN (ids)`, or `AND …` after a select that has its own WHERE.
    private static func filter(_ column: String, _ ids: [String], joining select: String = "") -> SQLQueryString {
        let glue = select.contains(" WHERE ") ? " AND " : " WHERE "
        if ids.isEmpty { return SQLQueryString(glue + "1 = 0") }
        return SQLQueryString(glue + column + " IN ") + Catalog.list(ids)
    }
}
