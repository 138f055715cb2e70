import Foundation
import SQLKit
import TafelCore

extension Catalog {
    /// What a document list reads: everything but the full text.
    static let documentColumns: SQLQueryString =
        "SELECT t.id, t.title, t.kind, t.date, t.reference, t.handled_by, t.author, t.confidentiality, t.summary, t.origin, t.created_at, t.updated_at, t.version"

    public func documents(_ query: ListQuery) async throws -> Page<Document> {
        var conditions: [SQLQueryString] = []
        if let kind = query.kind { conditions.append("t.kind = \(bind: kind)") }
        if let search = query.search {
            conditions.append(matches(search, .document))
        }
        let result = try await page(DocumentRow.self, select: Self.documentColumns, from: "documents", kind: .document,
                                    conditions: conditions, orderBy: "t.date DESC, t.title, t.id", page: query.page)
        return Page(items: try result.rows.map { try $0.domain() }, total: result.total, request: query.page)
    }

    public func document(id: String) async throws -> DocumentDetail? {
        guard let row = try await db.raw(Self.documentColumns + ", t.full_text FROM documents t WHERE t.id = \(bind: id) AND " + visible("t", .document))
            .first(decoding: DocumentRow.self, with: rowDecoder)
        else { return nil }
        struct PartyRow: Decodable { let role: String, organisationId: String?, bodyId: String?, name: String }
        let parties = try await db.raw("""
            SELECT dp.role, dp.organisation_id, dp.body_id, coalesce(o.name, b.name) AS name
            FROM document_parties dp
            LEFT JOIN organisations o ON o.id = dp.organisation_id
            LEFT JOIN bodies b ON b.id = dp.body_id
            WHERE dp.document_id = \(bind: id)
            """ + " AND " + visibleOrAbsent("o", .organisation, via: "dp.organisation_id")
            + " AND " + visibleOrAbsent("b", .body, via: "dp.body_id") + " ORDER BY dp.role, dp.position").all(decoding: PartyRow.self, with: rowDecoder)
        func party(_ row: PartyRow) -> Reference {
            if let body = row.bodyId { return Reference(kind: .body, id: body, name: row.name) }
            return Reference(kind: .organisation, id: row.organisationId ?? "", name: row.name)
        }
        var detail = DocumentDetail(
            document: try row.domain(), fullText: row.fullText ?? "",
            senders: parties.filter { $0.role == DocumentParty.sender }.map(party),
            addressees: parties.filter { $0.role == DocumentParty.addressee }.map(party),
            access: try await accessList(of: .document, id: id),
            facts: try await facts(from: id))
        detail.commitments = try await commitments(where: .document, is: id)
        detail.agendaRequests = try await agendaRequests(where: .document, is: id)
        detail.file = try await DocumentFileRows.stored(id, in: db)
        return detail
    }

    /// A document's original with its bytes, if the viewer may see the document and it has one.
    public func documentFile(id: String) async throws -> (file: DocumentFile, data: Data)? {
        let visibleDocument = try await db.raw("SELECT t.id FROM documents t WHERE t.id = \(bind: id) AND " + visible("t", .document))
            .first(decodingColumn: "id", as: String.self)
        guard visibleDocument != nil else { return nil }
        return try await DocumentFileRows.content(id, in: db)
    }

    /// The organisations and bodies named for access to one record, as far as the viewer may see them.
    func accessList(of kind: RecordKind, id: String) async throws -> [Reference] {
        struct Row: Decodable { let organisationId: String?, bodyId: String?, name: String }
        let rows = try await db.raw("""
            SELECT ra.organisation_id, ra.body_id, coalesce(o.name, b.name) AS name
            FROM record_access ra
            LEFT JOIN organisations o ON o.id = ra.organisation_id
            LEFT JOIN bodies b ON b.id = ra.body_id
            WHERE ra.subject_kind = \(bind: kind.rawValue) AND ra.subject_id = \(bind: id)
            """ + " AND " + visibleOrAbsent("o", .organisation, via: "ra.organisation_id")
            + " AND " + visibleOrAbsent("b", .body, via: "ra.body_id") + " ORDER BY name")
            .all(decoding: Row.self, with: rowDecoder)
        return rows.map { row in
            if let body = row.bodyId { return Reference(kind: .body, id: body, name: row.name) }
            return Reference(kind: .organisation, id: row.organisationId ?? "", name: row.name)
        }
    }

    /// Every fact that quotes this document, with the record it is about.
    func facts(from documentID: String) async throws -> [Source] {
        struct Row: Decodable { let subjectKind: String, subjectId: String, subjectName: String?, passage: String? }
        let rows = try await db.raw("""
            SELECT s.subject_kind, s.subject_id, s.passage,
                   coalesce(o.name, p.name, b.name, t.name, c.name, m.name, ta.name, pr.name) AS subject_name
            FROM sources s
            LEFT JOIN organisations o ON s.subject_kind = 'organisation' AND o.id = s.subject_id
            LEFT JOIN persons p ON s.subject_kind = 'person' AND p.id = s.subject_id
            LEFT JOIN bodies b ON s.subject_kind = 'body' AND b.id = s.subject_id
            LEFT JOIN tasks t ON s.subject_kind = 'task' AND t.id = s.subject_id
            LEFT JOIN collaborations c ON s.subject_kind = 'collaboration' AND c.id = s.subject_id
            LEFT JOIN meetings m ON s.subject_kind = 'meeting' AND m.id = s.subject_id
            LEFT JOIN task_agendas ta ON s.subject_kind = 'taskAgenda' AND ta.id = s.subject_id
            LEFT JOIN programmes pr ON s.subject_kind = 'programme' AND pr.id = s.subject_id
            WHERE s.document_id = \(bind: documentID) AND (
            """ + ([("o", RecordKind.organisation), ("p", .person), ("b", .body), ("t", .task), ("c", .collaboration),
                     ("m", .meeting), ("ta", .taskAgenda), ("pr", .programme)] as [(String, RecordKind)]).map { alias, kind in
                "(s.subject_kind = \(bind: kind.rawValue) AND " + visible(alias, kind) + ")"
            }.joined(separator: " OR ") + ") ORDER BY s.subject_kind, subject_name, s.position").all(decoding: Row.self, with: rowDecoder)
        return rows.compactMap { row in
            guard let kind = RecordKind(rawValue: row.subjectKind) else { return nil }
            return Source(subject: Reference(kind: kind, id: row.subjectId, name: row.subjectName ?? row.subjectId),
                          document: nil, passage: row.passage, externalReference: nil)
        }
    }
}

/// The roles in `document_parties`.
package enum DocumentParty {
    package static let sender = "afzender"
    package static let addressee = "geadresseerde"
}
