import Foundation
import SQLKit
import TafelCore

extension Catalog {
    /// What a document list reads: everything but the full text.
    static let documentColumns: SQLQueryString =
        "SELECT t.id, t.title, t.kind, t.date, t.reference, t.handled_by, t.author, t.confidentiality, t.summary, t.origin, t.woo_category, t.created_at, t.updated_at, t.version"

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
        async let parties = db.raw("""
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
        struct Related: Decodable { let id: String, title: String }
        // Independent reads, on several connections at once (as the organisation page does).
        async let access = accessList(of: .document, id: id)
        async let facts = facts(from: id)
        async let commitments = commitments(where: .document, is: id)
        async let agendaRequests = agendaRequests(where: .document, is: id)
        async let file = DocumentFileRows.stored(id, in: db)
        async let sources = sources(of: .document, id: id)
        async let attachedTo = db.raw("SELECT p.id, p.title FROM documents t JOIN documents p ON p.id = t.attached_to WHERE t.id = \(bind: id) AND "
                                      + visible("p", .document)).first(decoding: Related.self, with: rowDecoder)
        async let attachments = db.raw("SELECT t.id, t.title FROM documents t WHERE t.attached_to = \(bind: id) AND "
                                       + visible("t", .document) + " ORDER BY t.date, t.title, t.id")
            .all(decoding: Related.self, with: rowDecoder)
        async let meetings = db.raw("SELECT DISTINCT m.id, m.name AS title, m.date FROM agenda_item_documents a JOIN meetings m ON m.id = a.meeting_id WHERE a.document_id = \(bind: id) AND "
                                    + visible("m", .meeting) + " ORDER BY m.date, m.id")
            .all(decoding: Related.self, with: rowDecoder)
        let partyRows = try await parties
        var detail = DocumentDetail(
            document: try row.domain(), fullText: row.fullText ?? "",
            senders: partyRows.filter { $0.role == DocumentParty.sender }.map(party),
            addressees: partyRows.filter { $0.role == DocumentParty.addressee }.map(party),
            access: try await access, facts: try await facts)
        detail.commitments = try await commitments
        detail.agendaRequests = try await agendaRequests
        detail.file = try await file
        detail.sources = try await sources
        detail.attachedTo = try await attachedTo.map { Reference(kind: .document, id: $0.id, name: $0.title) }
        detail.attachments = try await attachments.map { Reference(kind: .document, id: $0.id, name: $0.title) }
        detail.meetings = try await meetings.map { Reference(kind: .meeting, id: $0.id, name: $0.title) }
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

    /// Every fact that quotes this document, with the record it is about, as far as the viewer
    /// may see that record: what rests on this document ("wat is op dit stuk gebaseerd"). A post
    /// or a membership has no page of its own; `about` names the record it is shown on.
    func facts(from documentID: String) async throws -> [Source] {
        struct Row: Decodable {
            let subjectKind: String, subjectId: String, subjectName: String?, passage: String?
            let aboutKind: String?, aboutId: String?
        }
        let none: SQLQueryString = "CAST(NULL AS TEXT) AS about_kind, CAST(NULL AS TEXT) AS about_id"
        var branches: [SQLQueryString] = RecordKind.allCases.compactMap { kind in
            guard let storage = kind.storage else { return nil }
            return "SELECT s.subject_kind, s.subject_id, s.passage, s.position, t.\(unsafeRaw: storage.name) AS subject_name, " + none
                + " FROM sources s JOIN \(unsafeRaw: storage.table) t ON t.id = s.subject_id"
                + " WHERE s.document_id = \(bind: documentID) AND s.subject_kind = \(bind: kind.rawValue) AND " + visible("t", kind)
        }
        branches.append("""
            SELECT s.subject_kind, s.subject_id, s.passage, s.position, po.label || ' (' || coalesce(o.name, b.name, '') || ')' AS subject_name,
                   CASE WHEN po.organisation_id IS NOT NULL THEN 'organisation' ELSE 'body' END AS about_kind,
                   coalesce(po.organisation_id, po.body_id) AS about_id
            FROM sources s JOIN posts po ON po.id = s.subject_id
            LEFT JOIN organisations o ON o.id = po.organisation_id LEFT JOIN bodies b ON b.id = po.body_id
            WHERE s.document_id = \(bind: documentID) AND s.subject_kind = 'post' AND
            """ + " " + visibleOrAbsent("o", .organisation, via: "po.organisation_id") + " AND " + visibleOrAbsent("b", .body, via: "po.body_id"))
        branches.append("""
            SELECT s.subject_kind, s.subject_id, s.passage, s.position, p.name || ' in ' || coalesce(b.name, o.name, '') AS subject_name,
                   'person' AS about_kind, p.id AS about_id
            FROM sources s JOIN memberships ms ON ms.id = s.subject_id JOIN persons p ON p.id = ms.person_id
            LEFT JOIN organisations o ON o.id = ms.organisation_id LEFT JOIN bodies b ON b.id = ms.body_id
            WHERE s.document_id = \(bind: documentID) AND s.subject_kind = 'membership' AND
            """ + " " + visible("p", .person) + " AND " + visibleOrAbsent("o", .organisation, via: "ms.organisation_id")
            + " AND " + visibleOrAbsent("b", .body, via: "ms.body_id"))
        let rows = try await db.raw(branches.joined(separator: " UNION ALL ") + " ORDER BY subject_kind, subject_name, position")
            .all(decoding: Row.self, with: rowDecoder)
        return rows.compactMap { row in
            guard let kind = RecordKind(rawValue: row.subjectKind) else { return nil }
            var source = Source(subject: Reference(kind: kind, id: row.subjectId, name: row.subjectName ?? row.subjectId),
                                document: nil, passage: row.passage, externalReference: nil)
            if let aboutKind = row.aboutKind.flatMap(RecordKind.init(rawValue:)), let aboutID = row.aboutId {
                source.about = Reference(kind: aboutKind, id: aboutID, name: "")
            }
            return source
        }
    }
}

/// The roles in `document_parties`.
package enum DocumentParty {
    package static let sender = "afzender"
    package static let addressee = "geadresseerde"
}
