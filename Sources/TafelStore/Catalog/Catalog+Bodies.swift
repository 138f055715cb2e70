import SQLKit
import TafelCore

extension Catalog {
    public func bodies(_ query: ListQuery) async throws -> Page<Body> {
        var conditions: [SQLQueryString] = []
        if let kind = query.kind { conditions.append("t.kind = \(bind: kind)") }
        if let search = query.search { conditions.append(matches(search, columns: ["t.name"])) }
        let result = try await page(BodyRow.self, select: "SELECT t.*", from: "bodies", kind: .body, conditions: conditions,
                                    orderBy: "t.name, t.id", page: query.page)
        return Page(items: try result.rows.map { try $0.domain() }, total: result.total, request: query.page)
    }

    public func body(id: String) async throws -> BodyDetail? {
        guard let row = try await db.raw("SELECT * FROM bodies t WHERE t.id = \(bind: id) AND " + visible("t", .body))
            .first(decoding: BodyRow.self, with: rowDecoder)
        else { return nil }
        let body = try row.domain()
        return BodyDetail(
            body: body,
            organisation: try await references(.organisation,
                "SELECT t.id, t.name FROM organisations t WHERE t.id = \(bind: body.organisationID ?? "") AND " + visible("t", .organisation)).first,
            parent: try await references(.body,
                "SELECT t.id, t.name FROM bodies t WHERE t.id = \(bind: body.parentID ?? "") AND " + visible("t", .body)).first,
            children: try await references(.body,
                "SELECT t.id, t.name FROM bodies t WHERE t.parent_id = \(bind: id) AND " + visible("t", .body) + " ORDER BY t.name"),
            members: try await membershipLines(where: "body_id", equals: id),
            meetings: try await references(.meeting,
                "SELECT t.id, t.name FROM meetings t WHERE t.body_id = \(bind: id) AND " + visible("t", .meeting) + " ORDER BY t.date DESC, t.id"),
            collaborations: try await references(.collaboration, """
                SELECT c.id, c.name FROM collaborations c JOIN collaboration_bodies cb ON cb.collaboration_id = c.id
                WHERE cb.body_id = \(bind: id)
                """ + " AND " + visible("c", .collaboration) + " ORDER BY c.name"),
            sources: try await sources(of: .body, id: id))
    }
}
