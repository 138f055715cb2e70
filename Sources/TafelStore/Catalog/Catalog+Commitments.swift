import SQLKit
import TafelCore

struct CommitmentRow: Decodable, MetaRow {
    let id: String, title: String, text: String, madeOn: String?, meetingId: String?, outcomePosition: Int?, documentId: String?
    let byPersonId: String?, byBodyId: String?, toBodyId: String?, toOrganisationId: String?
    let deadlineDate: String?, deadlineEvent: String?, fulfilledOn: String?, decision: String?, decisionNote: String?
    let description: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String
    /// The names of whom it links to, read with the row where the viewer may see them (lists only).
    let byPersonName: String?, byBodyName: String?, toBodyName: String?, toOrganisationName: String?

    func domain() throws -> Commitment {
        Commitment(id: id, title: title, text: text, madeOn: partialDate(madeOn),
                   deadline: CommitmentDeadline(date: partialDate(deadlineDate), event: deadlineEvent),
                   fulfilledOn: partialDate(fulfilledOn), decision: try decision.map { try vocabulary($0, "commitments", id) },
                   decisionNote: decisionNote, description: description, meta: meta)
    }

    var listItem: CommitmentListItem {
        get throws {
            let by = byPersonName.map { Reference(kind: .person, id: byPersonId ?? "", name: $0) }
                ?? byBodyName.map { Reference(kind: .body, id: byBodyId ?? "", name: $0) }
            let to = toBodyName.map { Reference(kind: .body, id: toBodyId ?? "", name: $0) }
                ?? toOrganisationName.map { Reference(kind: .organisation, id: toOrganisationId ?? "", name: $0) }
            return CommitmentListItem(commitment: try domain(), by: by, to: to)
        }
    }
}

extension Catalog {
    /// The commitments register: narrowed by `filter` and ordered newest first, each with
    /// who promised it and to whom. Status and overdue are judged as of `today`, in SQL as
    /// `CommitmentStanding` judges them, so that the count and the paging agree with the page.
    public func commitments(_ filter: CommitmentFilter, today: PartialDate = .today()) async throws -> Page<CommitmentListItem> {
        let result = try await page(CommitmentRow.self, select: commitmentSelect, from: "commitments", kind: .commitment,
                                    conditions: Self.commitmentConditions(filter, today: today, search: filter.search.map { matches($0, .commitment) }),
                                    orderBy: "t.made_on DESC, t.title, t.id", page: filter.page, narrowingFirst: true)
        return Page(items: try result.rows.map { try $0.listItem }, total: result.total, request: filter.page)
    }

    /// The whole selection of `filter` (paging aside, at most `limit`), for an export.
    public func commitmentExport(_ filter: CommitmentFilter, today: PartialDate = .today(), limit: Int = 20_000) async throws -> [CommitmentListItem] {
        let conditions = [visible("t", .commitment)]
            + Self.commitmentConditions(filter, today: today, search: filter.search.map { matches($0, .commitment) })
        return try await db.raw(commitmentSelect + " FROM commitments t" + whereClause(conditions)
                                + " ORDER BY t.made_on DESC, t.title, t.id LIMIT \(literal: limit)")
            .all(decoding: CommitmentRow.self, with: rowDecoder).map { try $0.listItem }
    }

    /// The commitments with a dated deadline, for the deadlines feed (at most `limit`, latest deadline first).
    public func commitmentDeadlines(limit: Int = 2000) async throws -> [CommitmentListItem] {
        try await db.raw(commitmentSelect + " FROM commitments t WHERE t.deadline_date IS NOT NULL AND " + visible("t", .commitment)
                         + " ORDER BY t.deadline_date DESC, t.id LIMIT \(literal: limit)")
            .all(decoding: CommitmentRow.self, with: rowDecoder).map { try $0.listItem }
    }

    public func commitment(id: String) async throws -> CommitmentDetail? {
        guard let row = try await db.raw(commitmentSelect + " FROM commitments t WHERE t.id = \(bind: id) AND " + visible("t", .commitment))
            .first(decoding: CommitmentRow.self, with: rowDecoder)
        else { return nil }
        async let meeting = oneVisible(.meeting, row.meetingId)
        async let document = oneVisible(.document, row.documentId)
        async let outcome = row.outcomePosition.asyncMap { position in
            try await db.raw("SELECT text FROM meeting_outcomes WHERE meeting_id = \(bind: row.meetingId ?? "") AND position = \(bind: position)")
                .first(decodingColumn: "text", as: String.self)
        }
        async let fulfilments = references(.document, """
            SELECT d.id, d.title AS name FROM commitment_fulfilments f JOIN documents d ON d.id = f.document_id
            WHERE f.commitment_id = \(bind: id) AND
            """ + " " + visible("d", .document) + " ORDER BY f.position")
        async let sources = sources(of: .commitment, id: id)
        async let access = accessList(of: .commitment, id: id)
        let meetingReference = try await meeting
        return CommitmentDetail(
            commitment: try row.domain(),
            byPerson: row.byPersonName.map { Reference(kind: .person, id: row.byPersonId ?? "", name: $0) },
            byBody: row.byBodyName.map { Reference(kind: .body, id: row.byBodyId ?? "", name: $0) },
            toBody: row.toBodyName.map { Reference(kind: .body, id: row.toBodyId ?? "", name: $0) },
            toOrganisation: row.toOrganisationName.map { Reference(kind: .organisation, id: row.toOrganisationId ?? "", name: $0) },
            meeting: meetingReference, outcome: meetingReference == nil ? nil : try await outcome ?? nil,
            document: try await document, fulfilments: try await fulfilments, sources: try await sources, access: try await access)
    }

    /// The commitments made in a meeting, or made in or kept by a document: for those records' pages.
    public func commitments(where link: MeetingOrDocument, is id: String) async throws -> [Reference] {
        // The ids from each link's index, then the commitments by id: an `OR` of the links scanned every commitment.
        // CROSS JOIN keeps that order on SQLite, whose planner (without statistics) would rather walk
        // the confidentiality index and look each one up in the ids.
        let ids: SQLQueryString = switch link {
        case .meeting: "SELECT c.id FROM commitments c WHERE c.meeting_id = \(bind: id)"
        case .document:
            "SELECT c.id FROM commitments c WHERE c.document_id = \(bind: id) UNION SELECT f.commitment_id FROM commitment_fulfilments f WHERE f.document_id = \(bind: id)"
        }
        return try await references(.commitment, "SELECT t.id, t.title AS name FROM (" + ids + ") k CROSS JOIN commitments t WHERE t.id = k.id AND "
                                    + visible("t", .commitment) + " ORDER BY t.made_on DESC, t.title")
    }

    /// Which page asks: a meeting's or a document's (for the commitments and agenda requests they name).
    public enum MeetingOrDocument: Sendable { case meeting, document }

    /// The register's filter options: the people and the bodies that made or received a
    /// commitment the viewer may see; once per data version and visibility.
    public func commitmentFilterChoices() async throws -> (people: [Choice], bodies: [Choice]) {
        let both = try await database.computedOncePerDataVersion("toezeggingkeuzes " + viewer.visibilityKey) {
            let shown = visible("c", .commitment)
            // `IN` over one pass of the commitments: an `EXISTS` per body with `OR` scanned all of
            // them for each of thousands of bodies (10 s on the national set).
            async let people = choices("""
                SELECT t.id, t.name, NULL AS code FROM persons t WHERE t.id IN (SELECT c.by_person_id FROM commitments c WHERE
                """ + " " + shown + ") AND " + visible("t", .person) + " ORDER BY t.name, t.id")
            async let bodies = choices("""
                SELECT t.id, t.name, t.kind AS code FROM bodies t
                WHERE t.id IN (SELECT c.by_body_id FROM commitments c WHERE
                """ + " " + shown + " UNION SELECT c.to_body_id FROM commitments c WHERE " + shown + ") AND " + visible("t", .body)
                + " ORDER BY t.name, t.id")
            return [try await people, try await bodies]
        }
        return (both[0], both[1])
    }

    /// `t.*` with the names of the person and bodies it links to, each only where the viewer may see it.
    private var commitmentSelect: SQLQueryString {
        func name(_ table: String, _ column: String, _ kind: RecordKind, as alias: String) -> SQLQueryString {
            "(SELECT v.name FROM \(unsafeRaw: table) v WHERE v.id = t.\(unsafeRaw: column) AND " + visible("v", kind) + ") AS \(unsafeRaw: alias)"
        }
        return "SELECT t.*, " + name("persons", "by_person_id", .person, as: "by_person_name") + ", "
            + name("bodies", "by_body_id", .body, as: "by_body_name") + ", " + name("bodies", "to_body_id", .body, as: "to_body_name") + ", "
            + name("organisations", "to_organisation_id", .organisation, as: "to_organisation_name")
    }

    static func commitmentConditions(_ filter: CommitmentFilter, today: PartialDate, search: SQLQueryString?) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = []
        let deadlineEnd: SQLQueryString = "substr(t.deadline_date || '-99-99', 1, 10)"
        let fulfilledStart: SQLQueryString = "substr(t.fulfilled_on || '-00-00', 1, 10)"
        let undecided: SQLQueryString = "t.decision IS NULL"
        switch filter.status {
        case .open?: conditions.append(undecided + " AND t.fulfilled_on IS NULL")
        case .voldaan?:
            conditions.append(undecided + " AND t.fulfilled_on IS NOT NULL AND (t.deadline_date IS NULL OR " + fulfilledStart + " <= " + deadlineEnd + ")")
        case .teLaatVoldaan?:
            conditions.append(undecided + " AND t.fulfilled_on IS NOT NULL AND t.deadline_date IS NOT NULL AND " + fulfilledStart + " > " + deadlineEnd)
        case .vervallen?, .aangehouden?: conditions.append("t.decision = \(bind: filter.status?.rawValue ?? "")")
        case nil: break
        }
        if filter.overdue {
            // `deadline_date < today` (implied by the end of its period lying before today) lets
            // the index of open commitments (migration 17) take the range.
            conditions.append(undecided + " AND t.fulfilled_on IS NULL AND t.deadline_date IS NOT NULL AND t.deadline_date < \(bind: today.firstDay) AND "
                              + deadlineEnd + " < \(bind: today.firstDay)")
        }
        if let person = filter.person { conditions.append("t.by_person_id = \(bind: person)") }
        if let body = filter.body { conditions.append("(t.by_body_id = \(bind: body) OR t.to_body_id = \(bind: body))") }
        if let from = filter.from { conditions.append("substr(t.made_on || '-99-99', 1, 10) >= \(bind: from.iso)") }
        if let until = filter.until { conditions.append("t.made_on <= \(bind: until.upperBound)") }
        if let search { conditions.append(search) }
        return conditions
    }

    /// One record by id as a reference, if it exists and the viewer may see it.
    func oneVisible(_ kind: RecordKind, _ id: String?) async throws -> Reference? {
        guard let id, let storage = kind.storage else { return nil }
        return try await references(kind, "SELECT t.id, t.\(unsafeRaw: storage.name) AS name FROM \(unsafeRaw: storage.table) t WHERE t.id = \(bind: id) AND "
                                    + visible("t", kind)).first
    }
}
