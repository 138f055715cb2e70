import SQLKit
import TafelCore

extension Catalog {
    public func organisations(_ query: ListQuery) async throws -> Page<Organisation> {
        var conditions: [SQLQueryString] = []
        if let kind = query.kind { conditions.append("t.kind = \(bind: kind)") }
        if let search = query.search {
            conditions.append(matches(search, columns: ["t.name", "t.short_name", "t.cbs_code"]))
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
        let parent = try await references(.organisation,
            "SELECT t.id, t.name FROM organisations t WHERE t.id = \(bind: organisation.parentID ?? "") AND " + visible("t", .organisation)).first
        let children = try await references(.organisation,
            "SELECT t.id, t.name FROM organisations t WHERE t.parent_id = \(bind: id) AND " + visible("t", .organisation) + " ORDER BY t.kind, t.name")
        var memberships = try await membershipLines(where: "organisation_id", equals: id)
        let onBehalf = try await membershipLines(where: "on_behalf_of_id", equals: id)
        memberships += onBehalf.filter { line in !memberships.contains(line) }
        let bodies = try await references(.body,
            "SELECT t.id, t.name FROM bodies t WHERE t.organisation_id = \(bind: id) AND " + visible("t", .body) + " ORDER BY t.name")
        let collaborations = try await participationLines(where: "organisation_id", equals: id)
        let meetings = try await attendanceLines(where: "(a.organisation_id = \(bind: id) OR a.on_behalf_of_id = \(bind: id))")
        // From the two link tables to the documents, not from every document to its links.
        let documents = try await references(.document, """
            SELECT d.id, d.title AS name, d.date FROM documents d
            WHERE d.id IN (SELECT dp.document_id FROM document_parties dp WHERE dp.organisation_id = \(bind: id)
                           UNION SELECT s.document_id FROM sources s WHERE s.subject_kind = 'organisation' AND s.subject_id = \(bind: id))
            """ + " AND " + visible("d", .document) + " ORDER BY d.date, d.id")
        return OrganisationDetail(
            organisation: organisation, parent: parent, children: children, memberships: memberships,
            bodies: bodies, collaborations: collaborations, meetings: meetings, documents: documents,
            sources: try await sources(of: .organisation, id: id))
    }

    /// The province and its municipalities, counts and what happened most recently.
    public func overview(recent: Int = 5) async throws -> Overview {
        let province = try await db.raw("SELECT * FROM organisations t WHERE t.kind = 'provincie' AND " + visible("t", .organisation)
                                        + " ORDER BY t.cbs_code IS NULL, t.name LIMIT 1")
            .first(decoding: OrganisationRow.self, with: rowDecoder)?.domain()
        let municipalities = try await db.raw("SELECT * FROM organisations t WHERE t.kind = 'gemeente' AND " + visible("t", .organisation) + " ORDER BY t.name")
            .all(decoding: OrganisationRow.self, with: rowDecoder).map { try $0.domain() }
        let counts = try await visibleCounts([.organisation, .person, .body, .collaboration, .meeting, .task, .document])
        let meetings = try await db.raw("SELECT * FROM meetings t WHERE t.date IS NOT NULL AND " + visible("t", .meeting)
                                        + " ORDER BY t.date DESC, t.id LIMIT \(literal: recent)")
            .all(decoding: MeetingRow.self, with: rowDecoder).map { try $0.domain() }
        let documents = try await db.raw(Self.documentColumns + " FROM documents t WHERE " + visible("t", .document)
                                         + " ORDER BY t.date DESC, t.id LIMIT \(literal: recent)")
            .all(decoding: DocumentRow.self, with: rowDecoder).map { try $0.domain() }
        return Overview(province: province, municipalities: municipalities, counts: counts,
                        recentMeetings: meetings, recentDocuments: documents)
    }
}
