import SQLKit
import TafelCore

extension Catalog {
    public func bodies(_ query: ListQuery) async throws -> Page<Body> {
        var conditions: [SQLQueryString] = []
        if let kind = query.kind { conditions.append("t.kind = \(bind: kind)") }
        if let search = query.search { conditions.append(matches(search, .body)) }
        let result = try await page(BodyRow.self, select: "SELECT t.*", from: "bodies", kind: .body, conditions: conditions,
                                    orderBy: "t.name, t.id", page: query.page)
        return Page(items: try result.rows.map { try $0.domain() }, total: result.total, request: query.page)
    }

    public func body(id: String) async throws -> BodyDetail? {
        guard let row = try await db.raw("SELECT * FROM bodies t WHERE t.id = \(bind: id) AND " + visible("t", .body))
            .first(decoding: BodyRow.self, with: rowDecoder)
        else { return nil }
        let body = try row.domain()
        // Independent reads, on several connections at once.
        async let organisation = references(.organisation,
            "SELECT t.id, t.name FROM organisations t WHERE t.id = \(bind: body.organisationID ?? "") AND " + visible("t", .organisation))
        async let parent = references(.body,
            "SELECT t.id, t.name FROM bodies t WHERE t.id = \(bind: body.parentID ?? "") AND " + visible("t", .body))
        async let children = references(.body,
            "SELECT t.id, t.name FROM bodies t WHERE t.parent_id = \(bind: id) AND " + visible("t", .body) + " ORDER BY t.name")
        async let members = membershipLines(where: "body_id", equals: id)
        async let meetings = references(.meeting,
            "SELECT t.id, t.name FROM meetings t WHERE t.body_id = \(bind: id) AND " + visible("t", .meeting) + " ORDER BY t.date DESC, t.id")
        async let collaborations = references(.collaboration, """
            SELECT c.id, c.name FROM collaborations c JOIN collaboration_bodies cb ON cb.collaboration_id = c.id
            WHERE cb.body_id = \(bind: id)
            """ + " AND " + visible("c", .collaboration) + " ORDER BY c.name")
        async let sources = sources(of: .body, id: id)
        async let access = accessList(of: .body, id: id)
        async let programmes = programmes(where: .body, is: id)
        async let constituencies = references(.body, """
            SELECT b.id, b.name FROM body_constituencies c JOIN bodies b ON b.id = c.constituency_id WHERE c.body_id = \(bind: id) AND
            """ + " " + visible("b", .body) + " ORDER BY c.position")
        async let constituencyOf = references(.body, """
            SELECT b.id, b.name FROM body_constituencies c JOIN bodies b ON b.id = c.body_id WHERE c.constituency_id = \(bind: id) AND
            """ + " " + visible("b", .body) + " ORDER BY b.name, b.id")
        var detail = BodyDetail(
            body: body, organisation: try await organisation.first, parent: try await parent.first, children: try await children,
            members: try await members, meetings: try await meetings, collaborations: try await collaborations,
            sources: try await sources)
        detail.access = try await access
        detail.programmes = try await programmes
        detail.constituencies = try await constituencies
        detail.constituencyOf = try await constituencyOf
        return detail
    }
}
