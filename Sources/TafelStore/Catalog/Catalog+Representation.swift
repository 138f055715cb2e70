import SQLKit
import TafelCore

extension Catalog {
    /// Every body with a constituency (achterban) the viewer may see, by organisation and name,
    /// with its members on `date` (as the structure counts seats: begun by then, not ended before).
    public func representations(on date: PartialDate) async throws -> [Representation] {
        struct Row: Decodable {
            let id: String, name: String, organisationId: String?, organisationName: String?

            static func precedes(_ a: Row, _ b: Row) -> Bool {
                if (a.organisationName == nil) != (b.organisationName == nil) { return b.organisationName == nil }
                if a.organisationName != b.organisationName { return (a.organisationName ?? "") < (b.organisationName ?? "") }
                return (a.name, a.id) < (b.name, b.id)
            }
        }
        struct Link: Decodable { let bodyId: String, id: String, name: String }
        let rows = try await db.raw("""
            SELECT t.id, t.name, t.organisation_id, (SELECT o.name FROM organisations o WHERE o.id = t.organisation_id AND
            """ + " " + visible("o", .organisation) + ") AS organisation_name FROM bodies t WHERE "
                                    + visible("t", .body) + " AND EXISTS (SELECT 1 FROM body_constituencies c JOIN bodies b ON b.id = c.constituency_id "
                                    + "WHERE c.body_id = t.id AND " + visible("b", .body) + ")")
            .all(decoding: Row.self, with: rowDecoder)
            // By the organisation's name as the viewer sees it (none last), then the body's: in
            // Swift, as PostgreSQL does not take an output column inside an ORDER BY expression.
            .sorted(by: Row.precedes)
        let links = try await db.raw("""
            SELECT c.body_id, b.id, b.name FROM body_constituencies c JOIN bodies b ON b.id = c.constituency_id WHERE
            """ + " " + visible("b", .body) + " ORDER BY c.body_id, c.position").all(decoding: Link.self, with: rowDecoder)
        let constituencies = Dictionary(grouping: links, by: \.bodyId)
        // Every body's members in one query, not one per body.
        let lines = Dictionary(grouping: try await membershipLines(where: "body_id", in: rows.map(\.id)), by: { $0.body?.id ?? "" })
        var result: [Representation] = []
        for row in rows {
            let members = (lines[row.id] ?? []).filter { date.isWithin(start: $0.start, end: $0.end) }
            result.append(Representation(
                body: Reference(kind: .body, id: row.id, name: row.name),
                organisation: row.organisationName.map { Reference(kind: .organisation, id: row.organisationId ?? "", name: $0) },
                constituencies: (constituencies[row.id] ?? []).map { Reference(kind: .body, id: $0.id, name: $0.name) }, members: members))
        }
        return result
    }
}
