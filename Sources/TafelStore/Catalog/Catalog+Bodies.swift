import SQLKit
import TafelCore

extension Catalog {
    public func bodies(_ query: ListQuery) async throws -> Page<Body> {
        var conditions: [SQLQueryString] = []
        if let kind = query.kind { conditions.append("t.kind = \(bind: kind)") }
        if let search = query.search { conditions.append(matches(search, columns: ["t.name"])) }
        let result = try await page(BodyRow.self, select: "SELECT t.*", from: "bodies", conditions: conditions,
                                    orderBy: "t.name, t.id", page: query.page)
        return Page(items: try result.rows.map { try $0.domain() }, total: result.total, request: query.page)
    }

    public func body(id: String) async throws -> BodyDetail? {
        guard let row = try await db.raw("SELECT * FROM bodies WHERE id = \(bind: id)")
            .first(decoding: BodyRow.self, with: rowDecoder)
        else { return nil }
        let body = try row.domain()
        return BodyDetail(
            body: body,
            organisation: try await references(.organisation,
                "SELECT id, name FROM organisations WHERE id = \(bind: body.organisationID ?? "")").first,
            parent: try await references(.body, "SELECT id, name FROM bodies WHERE id = \(bind: body.parentID ?? "")").first,
            children: try await references(.body, "SELECT id, name FROM bodies WHERE parent_id = \(bind: id) ORDER BY name"),
            members: try await membershipLines(where: "body_id", equals: id),
            meetings: try await references(.meeting,
                "SELECT id, name FROM meetings WHERE body_id = \(bind: id) ORDER BY date DESC, id"),
            collaborations: try await references(.collaboration, """
                SELECT c.id, c.name FROM collaborations c JOIN collaboration_bodies cb ON cb.collaboration_id = c.id
                WHERE cb.body_id = \(bind: id) ORDER BY c.name
                """),
            sources: try await sources(of: .body, id: id))
    }
}
