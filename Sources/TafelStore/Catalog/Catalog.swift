import Foundation
import SQLKit
import TafelCore

/// Read access to everything Tafel shows: lists with a text filter and paging, and
/// each record with what relates to it. One query per relation, never one per row.
public struct Catalog: Sendable {
    let db: any SQLDatabase
    let backend: Database.Backend
    let database: Database
    /// Whose eyes every query answers for; see `visible(_:_:)`.
    public let viewer: Viewer

    public init(database: Database, viewer: Viewer) {
        self.db = database.sql
        self.backend = database.backend
        self.database = database
        self.viewer = viewer
    }

    /// The filters a collection takes; `kind` and `agenda` apply where the collection has them,
    /// `body`, `organisation` and the period `from`–`until` to meetings.
    public struct ListQuery: PagedQuery, Hashable {
        public var page: PageRequest
        public var search: SearchText?
        public var kind: String?
        public var agenda: String?
        public var body: String?
        public var organisation: String?
        public var from: PartialDate?
        public var until: PartialDate?

        public init(page: PageRequest = PageRequest(), search: SearchText? = nil, kind: String? = nil, agenda: String? = nil,
                    body: String? = nil, organisation: String? = nil, from: PartialDate? = nil, until: PartialDate? = nil) {
            self.page = page
            self.search = search
            self.kind = kind
            self.agenda = agenda
            self.body = body
            self.organisation = organisation
            self.from = from
            self.until = until
        }

        /// Whether anything narrows the list (paging apart).
        public var isFiltered: Bool {
            search != nil || kind != nil || agenda != nil || body != nil || organisation != nil || from != nil || until != nil
        }
    }

    // MARK: - Shared query pieces

    /// `string_agg` / `group_concat`: the one aggregate the two dialects spell differently.
    func aggregate(_ column: String, separator: String) -> String {
        switch backend {
        case .sqlite: "group_concat(\(column), '\(separator)')"
        case .postgres: "string_agg(\(column), '\(separator)')"
        }
    }

    /// The records of `kind` (rows of `alias`) that the search index finds for `search`: the same
    /// words, stems and syntax as `/zoeken`. A search without any word finds nothing.
    func matches(_ search: SearchText, _ kind: RecordKind, alias: String = "t") -> SQLQueryString {
        guard !search.query.isEmpty else { return "1 = 0" }
        return "\(unsafeRaw: alias).id IN (SELECT e.id FROM search_entries e WHERE e.kind = \(bind: kind.rawValue) AND "
            + indexMatches(search.query) + ")"
    }

    /// True for the entries (`e`) of the search index that `query` finds.
    func indexMatches(_ query: SearchQuery) -> SQLQueryString {
        switch backend {
        case .sqlite: "e.entry IN (SELECT rowid FROM search_words WHERE search_words MATCH \(bind: query.fts5))"
        case .postgres: "e.words @@ CAST(\(bind: query.tsquery) AS tsquery)"
        }
    }

    func whereClause(_ conditions: [SQLQueryString]) -> SQLQueryString {
        conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    }

    /// One page of `select` (which must name its table `t`) of what the viewer may see, with the total count.
    /// `narrowingFirst` finds the page's ids first and then reads only those rows: for a list whose
    /// filter and order an index covers, so that the rows that do not make the page are never read.
    func page<Row: Decodable>(
        _ type: Row.Type, select: SQLQueryString, from table: String, kind: RecordKind, conditions: [SQLQueryString],
        orderBy: String, page request: PageRequest, narrowingFirst: Bool = false
    ) async throws -> (rows: [Row], total: Int) {
        let filter = whereClause([visible("t", kind)] + conditions)
        // Unfiltered, for the public: all rows less the few that are not public (see visibleCounts).
        let countSQL: SQLQueryString = conditions.isEmpty && !viewer.isSignedIn
            ? "SELECT (SELECT COUNT(*) FROM \(unsafeRaw: table)) - (SELECT COUNT(*) FROM \(unsafeRaw: table) t WHERE t.confidentiality <> 'openbaar') AS total"
            : "SELECT COUNT(*) AS total FROM \(unsafeRaw: table) t" + filter
        let count = try await db.raw(countSQL).first(decodingColumn: "total", as: Int.self) ?? 0
        if narrowingFirst {
            let ids = try await db.raw("SELECT t.id FROM \(unsafeRaw: table) t" + filter
                                       + " ORDER BY \(unsafeRaw: orderBy) LIMIT \(literal: request.size) OFFSET \(literal: request.offset)")
                .all(decodingColumn: "id", as: String.self)
            guard !ids.isEmpty else { return ([], count) }
            let list: SQLQueryString = "(" + ids.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ")"
            let rows = try await db.raw(select + " FROM \(unsafeRaw: table) t WHERE t.id IN " + list + " ORDER BY \(unsafeRaw: orderBy)")
                .all(decoding: Row.self, with: rowDecoder)
            return (rows, count)
        }
        let rows = try await db.raw(
            select + " FROM \(unsafeRaw: table) t" + filter
                + " ORDER BY \(unsafeRaw: orderBy) LIMIT \(literal: request.size) OFFSET \(literal: request.offset)"
        ).all(decoding: Row.self, with: rowDecoder)
        return (rows, count)
    }

    func references(_ kind: RecordKind, _ query: SQLQueryString) async throws -> [Reference] {
        try await db.raw(query).all(decoding: ReferenceRow.self, with: rowDecoder)
            .map { Reference(kind: kind, id: $0.id, name: $0.name) }
    }

    /// The sources of one record's facts, in their order.
    func sources(of kind: RecordKind, id: String) async throws -> [Source] {
        struct Row: Decodable {
            let documentId: String?, documentTitle: String?, passage: String?, externalReference: String?
        }
        let rows = try await db.raw("""
            SELECT s.document_id, d.title AS document_title, s.passage, s.external_reference
            FROM sources s LEFT JOIN documents d ON d.id = s.document_id
            WHERE s.subject_kind = \(bind: kind.rawValue) AND s.subject_id = \(bind: id)
            """ + " AND " + visibleOrAbsent("d", .document, via: "s.document_id") + " ORDER BY s.position").all(decoding: Row.self, with: rowDecoder)
        let subject = Reference(kind: kind, id: id, name: "")
        return rows.map { row in
            Source(subject: subject,
                   document: row.documentId.map { Reference(kind: .document, id: $0, name: row.documentTitle ?? $0) },
                   passage: row.passage, externalReference: row.externalReference)
        }
    }

    /// The documents that are a source of one record's facts.
    func sourceDocuments(of kind: RecordKind, id: String) async throws -> [Reference] {
        try await references(.document, """
            SELECT DISTINCT d.id, d.title AS name, d.date FROM documents d
            JOIN sources s ON s.document_id = d.id
            WHERE s.subject_kind = \(bind: kind.rawValue) AND s.subject_id = \(bind: id)
            """ + " AND "
            + visible("d", .document) + " ORDER BY d.date, d.id")
    }

    /// Memberships, with the names of everything they point at, filtered by one column.
    func membershipLines(where column: String, equals id: String) async throws -> [MembershipLine] {
        try await membershipLines(where: column, in: [id])
    }

    /// Memberships whose `column` is any of `ids`, in one query (a page of several bodies).
    func membershipLines(where column: String, in ids: [String]) async throws -> [MembershipLine] {
        guard !ids.isEmpty else { return [] }
        let list: SQLQueryString = "(" + ids.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ")"
        struct Row: Decodable {
            let id: String, personId: String, personName: String, organisationId: String?, organisationName: String?
            let bodyId: String?, bodyName: String?, postLabel: String?, role: String?
            let onBehalfOfId: String?, onBehalfOfName: String?
            let startDate: String?, endDate: String?, observedOn: String?
        }
        let rows = try await db.raw("""
            SELECT m.id, m.person_id, p.name AS person_name, m.organisation_id, o.name AS organisation_name,
                   m.body_id, b.name AS body_name, po.label AS post_label, m.role,
                   m.on_behalf_of_id, ob.name AS on_behalf_of_name, m.start_date, m.end_date, m.observed_on
            FROM memberships m
            JOIN persons p ON p.id = m.person_id
            LEFT JOIN organisations o ON o.id = m.organisation_id
            LEFT JOIN bodies b ON b.id = m.body_id
            LEFT JOIN posts po ON po.id = m.post_id
            LEFT JOIN organisations ob ON ob.id = m.on_behalf_of_id
            WHERE m.\(unsafeRaw: column) IN
            """ + " " + list + " AND "
            + visible("p", .person) + " AND " + visibleOrAbsent("o", .organisation, via: "m.organisation_id")
            + " AND " + visibleOrAbsent("b", .body, via: "m.body_id")
            + " AND " + visibleOrAbsent("ob", .organisation, via: "m.on_behalf_of_id")
            + " ORDER BY coalesce(m.start_date, m.observed_on, ''), p.name, m.id").all(decoding: Row.self, with: rowDecoder)
        return rows.map { row in
            MembershipLine(
                person: Reference(kind: .person, id: row.personId, name: row.personName),
                organisation: row.organisationId.map { Reference(kind: .organisation, id: $0, name: row.organisationName ?? $0) },
                body: row.bodyId.map { Reference(kind: .body, id: $0, name: row.bodyName ?? $0) },
                post: row.postLabel, role: row.role,
                onBehalfOf: row.onBehalfOfId.map { Reference(kind: .organisation, id: $0, name: row.onBehalfOfName ?? $0) },
                start: partialDate(row.startDate), end: partialDate(row.endDate), observedOn: partialDate(row.observedOn), id: row.id)
        }
    }

    func participationLines(where column: String, equals id: String) async throws -> [ParticipationLine] {
        struct Row: Decodable {
            let collaborationId: String, collaborationName: String, organisationId: String, organisationName: String
            let role: String, startDate: String?, endDate: String?
        }
        let rows = try await db.raw("""
            SELECT cp.collaboration_id, c.name AS collaboration_name, cp.organisation_id,
                   o.name AS organisation_name, cp.role, cp.start_date, cp.end_date
            FROM collaboration_participants cp
            JOIN collaborations c ON c.id = cp.collaboration_id
            JOIN organisations o ON o.id = cp.organisation_id
            WHERE cp.\(unsafeRaw: column) = \(bind: id)
            """ + " AND "
            + visible("c", .collaboration) + " AND " + visible("o", .organisation)
            + " ORDER BY o.kind, o.name, c.name").all(decoding: Row.self, with: rowDecoder)
        return try rows.map { row in
            ParticipationLine(
                collaboration: Reference(kind: .collaboration, id: row.collaborationId, name: row.collaborationName),
                organisation: Reference(kind: .organisation, id: row.organisationId, name: row.organisationName),
                role: try vocabulary(row.role, "collaboration_participants", row.collaborationId),
                start: partialDate(row.startDate), end: partialDate(row.endDate))
        }
    }

    func attendanceLines(where condition: SQLQueryString) async throws -> [AttendanceLine] {
        struct Row: Decodable {
            let meetingId: String, meetingName: String, meetingDate: String?, personId: String?, personName: String?
            let organisationId: String?, organisationName: String?, onBehalfOfId: String?, onBehalfOfName: String?
            let role: String, presence: String?
        }
        let rows = try await db.raw("""
            SELECT a.meeting_id, mt.name AS meeting_name, mt.date AS meeting_date, a.person_id, p.name AS person_name,
                   a.organisation_id, o.name AS organisation_name, a.on_behalf_of_id, ob.name AS on_behalf_of_name, a.role, a.presence
            FROM meeting_attendances a
            JOIN meetings mt ON mt.id = a.meeting_id
            LEFT JOIN persons p ON p.id = a.person_id
            LEFT JOIN organisations o ON o.id = a.organisation_id
            LEFT JOIN organisations ob ON ob.id = a.on_behalf_of_id
            WHERE
            """ + " " + condition + " AND " + visible("mt", .meeting)
            + " AND " + visibleOrAbsent("p", .person, via: "a.person_id")
            + " AND " + visibleOrAbsent("o", .organisation, via: "a.organisation_id")
            + " AND " + visibleOrAbsent("ob", .organisation, via: "a.on_behalf_of_id")
            + " ORDER BY mt.date DESC, a.meeting_id, a.position")
            .all(decoding: Row.self, with: rowDecoder)
        return try rows.map { row in
            AttendanceLine(
                meeting: Reference(kind: .meeting, id: row.meetingId, name: row.meetingName),
                meetingDate: partialDate(row.meetingDate),
                person: row.personId.map { Reference(kind: .person, id: $0, name: row.personName ?? $0) },
                organisation: row.organisationId.map { Reference(kind: .organisation, id: $0, name: row.organisationName ?? $0) },
                onBehalfOf: row.onBehalfOfId.map { Reference(kind: .organisation, id: $0, name: row.onBehalfOfName ?? $0) },
                role: try vocabulary(row.role, "meeting_attendances", row.meetingId),
                presence: row.presence.flatMap(Presence.init(rawValue:)))
        }
    }
}
