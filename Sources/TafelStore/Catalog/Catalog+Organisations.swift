import SQLKit
import TafelCore

extension Catalog {
    public func organisations(_ query: ListQuery) async throws -> Page<Organisation> {
        var conditions: [SQLQueryString] = []
        if let kind = query.kind { conditions.append("t.kind = \(bind: kind)") }
        if let search = query.search {
            conditions.append(matches(search, .organisation))
        }
        let result = try await page(OrganisationRow.self, select: "SELECT t.*", from: "organisations", kind: .organisation,
                                    conditions: conditions, orderBy: "t.name, t.id", page: query.page)
        return Page(items: try result.rows.map { try $0.domain() }, total: result.total, request: query.page)
    }

    public func organisation(id: String) async throws -> OrganisationDetail? {
        guard let row = try await db.raw("SELECT * FROM organisations t WHERE t.id = \(bind: id) AND " + visible("t", .organisation))
            .first(decoding: OrganisationRow.self, with: rowDecoder)
        else { return nil }
        let organisation = try row.domain()
        // Independent reads, on several connections at once (one at a time, each waits for its
        // round trip to the database's threads).
        async let parent = references(.organisation,
            "SELECT t.id, t.name FROM organisations t WHERE t.id = \(bind: organisation.parentID ?? "") AND " + visible("t", .organisation))
        async let children = references(.organisation,
            "SELECT t.id, t.name FROM organisations t WHERE t.parent_id = \(bind: id) AND " + visible("t", .organisation) + " ORDER BY t.kind, t.name")
        async let members = membershipLines(where: "organisation_id", equals: id)
        async let onBehalf = membershipLines(where: "on_behalf_of_id", equals: id)
        async let bodies = references(.body,
            "SELECT t.id, t.name FROM bodies t WHERE t.organisation_id = \(bind: id) AND " + visible("t", .body) + " ORDER BY t.name")
        async let collaborations = participationLines(where: "organisation_id", equals: id)
        async let meetings = attendanceLines(where: "(a.organisation_id = \(bind: id) OR a.on_behalf_of_id = \(bind: id))")
        // From the two link tables to the documents, not from every document to its links.
        async let documents = references(.document, """
            SELECT d.id, d.title AS name, d.date FROM documents d
            WHERE d.id IN (SELECT dp.document_id FROM document_parties dp WHERE dp.organisation_id = \(bind: id)
                           UNION SELECT s.document_id FROM sources s WHERE s.subject_kind = 'organisation' AND s.subject_id = \(bind: id))
            """ + " AND " + visible("d", .document) + " ORDER BY d.date, d.id")
        async let sources = sources(of: .organisation, id: id)
        async let memberOrganisations = organisationMemberships(where: "m.organisation_id", equals: id)
        async let memberOf = organisationMemberships(where: "m.member_id", equals: id)
        async let course = course(of: organisation)
        var memberships = try await members
        let behalf = try await onBehalf
        memberships += behalf.filter { line in !memberships.contains(line) }
        var detail = OrganisationDetail(
            organisation: organisation, parent: try await parent.first, children: try await children, memberships: memberships,
            bodies: try await bodies, collaborations: try await collaborations, meetings: try await meetings,
            documents: try await documents, sources: try await sources,
            memberOrganisations: try await memberOrganisations, memberOf: try await memberOf)
        detail.course = try await course
        return detail
    }

    /// An organisation's mission, vision, functions and strategy points; a passage's document
    /// the viewer may not see is left out of its source.
    func course(of organisation: Organisation) async throws -> [OrganisationStatement] {
        struct Row: Decodable {
            let kind: String, position: Int, title: String?, text: String, adoptedOn: String?
            let documentId: String?, documentTitle: String?, passage: String?
        }
        let rows = try await db.raw("""
            SELECT s.kind, s.position, s.title, s.text, s.adopted_on, d.id AS document_id, d.title AS document_title, s.passage
            FROM organisation_statements s LEFT JOIN documents d ON d.id = s.document_id AND
            """ + " " + visible("d", .document) + " WHERE s.organisation_id = \(bind: organisation.id)"
            + " ORDER BY CASE s.kind WHEN 'missie' THEN 1 WHEN 'visie' THEN 2 WHEN 'hoofdfunctie' THEN 3 ELSE 4 END, s.position")
            .all(decoding: Row.self, with: rowDecoder)
        let subject = Reference(kind: .organisation, id: organisation.id, name: organisation.name)
        return try rows.map { row in
            OrganisationStatement(
                kind: try vocabulary(row.kind, "organisation_statements", organisation.id), position: row.position, title: row.title,
                text: row.text, adopted: partialDate(row.adoptedOn),
                source: row.passage.map { passage in
                    Source(subject: subject, document: row.documentId.map { Reference(kind: .document, id: $0, name: row.documentTitle ?? $0) },
                           passage: passage, externalReference: nil)
                })
        }
    }

    /// Organisation memberships on one side (`m.organisation_id` or `m.member_id`), both
    /// organisations visible to the viewer, by the other side's name.
    func organisationMemberships(where column: String, equals id: String) async throws -> [OrganisationMembershipLine] {
        struct Row: Decodable {
            let id: String, memberId: String, memberName: String, organisationId: String, organisationName: String
            let role: String?, startDate: String?, endDate: String?, observedOn: String?
        }
        let rows = try await db.raw("""
            SELECT m.id, m.member_id, lid.name AS member_name, m.organisation_id, o.name AS organisation_name, m.role,
                   m.start_date, m.end_date, m.observed_on
            FROM organisation_memberships m JOIN organisations lid ON lid.id = m.member_id JOIN organisations o ON o.id = m.organisation_id
            WHERE \(unsafeRaw: column) = \(bind: id) AND
            """ + " " + visible("lid", .organisation) + " AND " + visible("o", .organisation)
            + " ORDER BY \(unsafeRaw: column == "m.member_id" ? "o.name" : "lid.name"), m.id")
            .all(decoding: Row.self, with: rowDecoder)
        return rows.map { row in
            OrganisationMembershipLine(
                id: row.id, member: Reference(kind: .organisation, id: row.memberId, name: row.memberName),
                organisation: Reference(kind: .organisation, id: row.organisationId, name: row.organisationName),
                role: row.role, start: partialDate(row.startDate), end: partialDate(row.endDate), observedOn: partialDate(row.observedOn))
        }
    }

    /// The province and its municipalities, counts and what happened most recently.
    public func overview(recent: Int = 5) async throws -> Overview {
        async let standing = provinceStanding()
        async let meetings = db.raw("SELECT * FROM meetings t WHERE t.date IS NOT NULL AND " + visible("t", .meeting)
                                    + " ORDER BY t.date DESC, t.id LIMIT \(literal: recent)")
            .all(decoding: MeetingRow.self, with: rowDecoder)
        // An undated document is not "recent"; PostgreSQL would put it first.
        async let documents = db.raw(Self.documentColumns + " FROM documents t WHERE t.date IS NOT NULL AND " + visible("t", .document)
                                     + " ORDER BY t.date DESC, t.id LIMIT \(literal: recent)")
            .all(decoding: DocumentRow.self, with: rowDecoder)
        let province = try await standing
        return Overview(province: province.province, municipalities: province.municipalities, counts: province.counts,
                        recentMeetings: try await meetings.map { try $0.domain() },
                        recentDocuments: try await documents.map { try $0.domain() })
    }

    /// What the home page shows that depends on nothing but the data and who may see it: the
    /// province, its municipalities and the counts of every kind of record (counting 100,000
    /// documents walks their whole b-tree), once per data version and visibility.
    private struct ProvinceStanding: Sendable {
        let province: Organisation?
        let municipalities: [Organisation]
        let counts: [RecordKind: Int]
    }

    private func provinceStanding() async throws -> ProvinceStanding {
        try await database.computedOncePerDataVersion("overzicht " + viewer.visibilityKey) {
            async let province = db.raw("SELECT * FROM organisations t WHERE t.kind = 'provincie' AND " + visible("t", .organisation)
                                        + " ORDER BY t.cbs_code IS NULL, t.name LIMIT 1")
                .first(decoding: OrganisationRow.self, with: rowDecoder)
            async let municipalities = db.raw("SELECT * FROM organisations t WHERE t.kind = 'gemeente' AND " + visible("t", .organisation)
                                              + " ORDER BY t.name")
                .all(decoding: OrganisationRow.self, with: rowDecoder)
            async let counts = visibleCounts([.organisation, .person, .body, .collaboration, .meeting, .task, .document, .commitment, .jointDecision, .stance])
            return ProvinceStanding(province: try await province?.domain(), municipalities: try await municipalities.map { try $0.domain() },
                                    counts: try await counts)
        }
    }
}
