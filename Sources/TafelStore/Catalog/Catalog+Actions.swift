import SQLKit
import TafelCore

/// Action items across meetings: the open ones of a body, for the preparation of its next meeting.
extension Catalog {
    /// The open action items of the body's other meetings up to `meeting`'s date (all of them
    /// when either date is unknown), the oldest deadline first.
    public func openActions(before meeting: Meeting) async throws -> [ActionItem] {
        guard let body = meeting.bodyID else { return [] }
        let before: SQLQueryString = meeting.date.map { " AND (m.date IS NULL OR m.date <= \(bind: $0.upperBound))" } ?? ""
        return try await Self.actionItems(where: "m.body_id = \(bind: body) AND m.id <> \(bind: meeting.id) AND o.action_status = 'open'"
                                          + before, for: viewer, in: db)
    }

    /// One action item, if it is open and the viewer may see its meeting.
    static func openAction(_ reference: MeetingDraft.ActionReference, for viewer: Viewer, in db: any SQLDatabase) async throws -> ActionItem? {
        try await actionItems(where: """
            o.meeting_id = \(bind: reference.meetingID) AND o.position = \(bind: reference.position) AND o.action_status = 'open'
            """, for: viewer, in: db).first
    }

    static func actionItems(where condition: SQLQueryString, for viewer: Viewer, in db: any SQLDatabase) async throws -> [ActionItem] {
        struct Row: Decodable {
            let meetingId: String, position: Int, text: String, ownerId: String?, ownerName: String?, dueDate: String?
            let actionStatus: String?, meetingName: String, meetingDate: String?
        }
        return try await db.raw("""
            SELECT o.meeting_id, o.position, o.text, o.owner_id, p.name AS owner_name, o.due_date, o.action_status,
                   m.name AS meeting_name, m.date AS meeting_date
            FROM meeting_outcomes o
            JOIN meetings m ON m.id = o.meeting_id
            LEFT JOIN persons p ON p.id = o.owner_id AND
            """ + " " + visibility(of: "p", .person, for: viewer) + " WHERE o.kind = 'actiepunt' AND "
            + visibility(of: "m", .meeting, for: viewer) + " AND " + condition
            + " ORDER BY o.due_date, m.date, o.meeting_id, o.position")
            .all(decoding: Row.self, with: rowDecoder).map { row in
                ActionItem(
                    reference: .init(meetingID: row.meetingId, position: row.position),
                    meeting: Reference(kind: .meeting, id: row.meetingId, name: row.meetingName),
                    meetingDate: partialDate(row.meetingDate), text: row.text,
                    owner: row.ownerName.flatMap { name in row.ownerId.map { Reference(kind: .person, id: $0, name: name) } },
                    due: partialDate(row.dueDate), status: row.actionStatus.flatMap(ActionStatus.init(rawValue:)) ?? .open)
            }
    }
}
