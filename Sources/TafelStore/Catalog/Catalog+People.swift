import SQLKit
import TafelCore

extension Catalog {
    public func persons(_ query: ListQuery) async throws -> Page<Person> {
        var conditions: [SQLQueryString] = []
        if let search = query.search { conditions.append(matches(search, .person)) }
        let result = try await page(PersonRow.self, select: "SELECT t.*", from: "persons", kind: .person, conditions: conditions,
                                    orderBy: "coalesce(t.family_name, t.name), t.name, t.id", page: query.page)
        return Page(items: result.rows.map { $0.domain() }, total: result.total, request: query.page)
    }

    public func person(id: String) async throws -> PersonDetail? {
        guard let row = try await db.raw("SELECT * FROM persons t WHERE t.id = \(bind: id) AND " + visible("t", .person))
            .first(decoding: PersonRow.self, with: rowDecoder)
        else { return nil }
        return PersonDetail(
            person: row.domain(),
            memberships: try await membershipLines(where: "person_id", equals: id),
            meetings: try await attendanceLines(where: "a.person_id = \(bind: id)"),
            sources: try await sources(of: .person, id: id))
    }
}
