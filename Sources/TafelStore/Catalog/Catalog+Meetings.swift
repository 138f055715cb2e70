import SQLKit
import TafelCore

extension Catalog {
    public func meetings(_ query: ListQuery) async throws -> Page<Meeting> {
        var conditions: [SQLQueryString] = []
        if let kind = query.kind { conditions.append("t.kind = \(bind: kind)") }
        if let search = query.search { conditions.append(matches(search, columns: ["t.name", "t.location"])) }
        let result = try await page(MeetingRow.self, select: "SELECT t.*", from: "meetings", kind: .meeting, conditions: conditions,
                                    orderBy: "t.date DESC, t.name, t.id", page: query.page)
        return Page(items: try result.rows.map { try $0.domain() }, total: result.total, request: query.page)
    }

    public func meeting(id: String) async throws -> MeetingDetail? {
        guard let row = try await db.raw("SELECT * FROM meetings t WHERE t.id = \(bind: id) AND " + visible("t", .meeting))
            .first(decoding: MeetingRow.self, with: rowDecoder)
        else { return nil }
        let meeting = try row.domain()
        struct ItemRow: Decodable { let number: Int, title: String, description: String? }
        let agenda = try await db.raw("SELECT number, title, description FROM agenda_items WHERE meeting_id = \(bind: id) ORDER BY number")
            .all(decoding: ItemRow.self, with: rowDecoder)
            .map { AgendaItem(number: $0.number, title: $0.title, description: $0.description) }
        struct OutcomeRow: Decodable {
            let kind: String, text: String, agendaItemNumber: Int?, byPersonId: String?, byPersonName: String?
        }
        let outcomes = try await db.raw("""
            SELECT o.kind, o.text, o.agenda_item_number, o.by_person_id, p.name AS by_person_name
            FROM meeting_outcomes o LEFT JOIN persons p ON p.id = o.by_person_id
            WHERE o.meeting_id = \(bind: id)
            """ + " AND " + visibleOrAbsent("p", .person, via: "o.by_person_id") + " ORDER BY o.position").all(decoding: OutcomeRow.self, with: rowDecoder).map { outcome in
                OutcomeLine(
                    outcome: Outcome(kind: try vocabulary(outcome.kind, "meeting_outcomes", id), text: outcome.text,
                                     agendaItemNumber: outcome.agendaItemNumber, byPersonID: outcome.byPersonId),
                    by: outcome.byPersonId.map { Reference(kind: .person, id: $0, name: outcome.byPersonName ?? $0) })
            }
        return MeetingDetail(
            meeting: meeting,
            body: try await references(.body,
                "SELECT t.id, t.name FROM bodies t WHERE t.id = \(bind: meeting.bodyID ?? "") AND " + visible("t", .body)).first,
            organisers: try await references(.organisation, """
                SELECT o.id, o.name FROM organisations o JOIN meeting_organisers mo ON mo.organisation_id = o.id
                WHERE mo.meeting_id = \(bind: id)
                """ + " AND " + visible("o", .organisation) + " ORDER BY o.name"),
            attendances: try await attendanceLines(where: "a.meeting_id = \(bind: id)"),
            agenda: agenda, outcomes: outcomes,
            documents: try await sourceDocuments(of: .meeting, id: id),
            sources: try await sources(of: .meeting, id: id))
    }
}

extension Catalog {
    /// Meetings for a calendar feed: those with a day, of one body or one participant or all,
    /// newest first, at most `limit`.
    public func calendarMeetings(body: String? = nil, person: String? = nil, limit: Int = 2000) async throws -> [Meeting] {
        var conditions: [SQLQueryString] = [visible("t", .meeting), "t.date IS NOT NULL", "length(t.date) = 10"]
        if let body { conditions.append("t.body_id = \(bind: body)") }
        if let person {
            conditions.append("t.id IN (SELECT a.meeting_id FROM meeting_attendances a WHERE a.person_id = \(bind: person))")
        }
        return try await db.raw("SELECT t.* FROM meetings t" + whereClause(conditions) + " ORDER BY t.date DESC, t.id LIMIT \(literal: limit)")
            .all(decoding: MeetingRow.self, with: rowDecoder).map { try $0.domain() }
    }
}

extension Catalog {
    /// The meetings dated in one month (`2020-11`: on a day of it, or known only by the month),
    /// optionally of one body and one kind, by date.
    public func meetings(inMonth month: String, body: String? = nil, kind: String? = nil) async throws -> [Meeting] {
        var conditions: [SQLQueryString] = [visible("t", .meeting), "substr(t.date, 1, 7) = \(bind: month)"]
        if let body { conditions.append("t.body_id = \(bind: body)") }
        if let kind { conditions.append("t.kind = \(bind: kind)") }
        return try await db.raw("SELECT t.* FROM meetings t" + whereClause(conditions) + " ORDER BY t.date, t.start_time, t.name, t.id")
            .all(decoding: MeetingRow.self, with: rowDecoder).map { try $0.domain() }
    }
}
