import SQLKit
import TafelCore

extension Catalog {
    public func meetings(_ query: ListQuery) async throws -> Page<Meeting> {
        var conditions: [SQLQueryString] = []
        if let kind = query.kind { conditions.append("t.kind = \(bind: kind)") }
        if let search = query.search { conditions.append(matches(search, .meeting)) }
        if let body = query.body { conditions.append("t.body_id = \(bind: body)") }
        if let organisation = query.organisation { conditions.append(organisedBy(organisation)) }
        if let from = query.from {
            // On the date index from the year on; then what overlaps: a meeting known only by its
            // month or year is in when that month or year reaches `from`.
            conditions.append("t.date >= \(bind: String(from.iso.prefix(4))) AND substr(t.date || '-99-99', 1, 10) >= \(bind: from.iso)")
        }
        if let until = query.until { conditions.append("t.date <= \(bind: until.upperBound)") }
        let result = try await page(MeetingRow.self, select: "SELECT t.*", from: "meetings", kind: .meeting, conditions: conditions,
                                    orderBy: "t.date DESC, t.name, t.id", page: query.page)
        return Page(items: try result.rows.map { try $0.domain() }, total: result.total, request: query.page)
    }

    public func meeting(id: String) async throws -> MeetingDetail? {
        guard let row = try await db.raw("SELECT * FROM meetings t WHERE t.id = \(bind: id) AND " + visible("t", .meeting))
            .first(decoding: MeetingRow.self, with: rowDecoder)
        else { return nil }
        let meeting = try row.domain()
        async let agenda = agenda(of: id)
        async let outcomes = outcomes(of: id)
        async let attendances = attendanceLines(where: "a.meeting_id = \(bind: id)")
        async let body = references(.body,
            "SELECT t.id, t.name FROM bodies t WHERE t.id = \(bind: meeting.bodyID ?? "") AND " + visible("t", .body))
        async let organisers = references(.organisation, """
            SELECT o.id, o.name FROM organisations o JOIN meeting_organisers mo ON mo.organisation_id = o.id
            WHERE mo.meeting_id = \(bind: id)
            """ + " AND " + visible("o", .organisation) + " ORDER BY o.name")
        async let minutes = references(.document,
            "SELECT t.id, t.title AS name FROM documents t WHERE t.id = \(bind: meeting.minutesDocumentID ?? "") AND " + visible("t", .document))
        async let documents = sourceDocuments(of: .meeting, id: id)
        async let sources = sources(of: .meeting, id: id)
        async let access = accessList(of: .meeting, id: id)
        var detail = MeetingDetail(
            meeting: meeting, body: try await body.first, organisers: try await organisers, attendances: try await attendances,
            agenda: try await agenda, outcomes: try await outcomes, documents: try await documents, sources: try await sources,
            minutes: try await minutes.first)
        detail.access = try await access
        detail.commitments = try await commitments(where: .meeting, is: id)
        detail.agendaRequests = try await agendaRequests(where: .meeting, is: id)
        detail.doubleBookings = try await doubleBookings(of: meeting)
        return detail
    }

    /// The agenda in reading order, numbered, with presenters and documents the viewer may see.
    func agenda(of id: String) async throws -> [AgendaItem] {
        struct ItemRow: Decodable {
            let number: Int, parentNumber: Int?, title: String, description: String?, presenterId: String?
            let presenterName: String?, durationMinutes: Int?, hamerstuk: Int?, carriedFromMeetingId: String?
            let carriedFromPosition: Int?
        }
        async let rows = db.raw("""
            SELECT i.number, i.parent_number, i.title, i.description, p.id AS presenter_id, p.name AS presenter_name,
                   i.duration_minutes, i.hamerstuk, i.carried_from_meeting_id, i.carried_from_position
            FROM agenda_items i LEFT JOIN persons p ON p.id = i.presenter_id AND
            """ + " " + visible("p", .person) + " WHERE i.meeting_id = \(bind: id) ORDER BY i.position, i.number")
            .all(decoding: ItemRow.self, with: rowDecoder)
        struct DocumentRow: Decodable { let itemNumber: Int, id: String, name: String }
        async let documents = db.raw("""
            SELECT a.item_number, d.id, d.title AS name FROM agenda_item_documents a JOIN documents d ON d.id = a.document_id
            WHERE a.meeting_id = \(bind: id) AND
            """ + " " + visible("d", .document) + " ORDER BY a.item_number, a.position")
            .all(decoding: DocumentRow.self, with: rowDecoder)
        let items = try await rows
        let byItem = Dictionary(grouping: try await documents, by: \.itemNumber)
        let nodes = items.map { AgendaOrder.Node(key: $0.number, parent: $0.parentNumber) }
        let numbers = AgendaOrder.numbers(nodes), depths = AgendaOrder.depths(nodes)
        let byKey = Dictionary(items.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        return AgendaOrder.readingOrder(nodes).compactMap { node in
            guard let item = byKey[node.key] else { return nil }
            return AgendaItem(
                number: item.number, title: item.title, description: item.description, parentNumber: node.parent,
                label: numbers[item.number], depth: depths[item.number] ?? 0,
                presenter: item.presenterId.map { Reference(kind: .person, id: $0, name: item.presenterName ?? $0) },
                durationMinutes: item.durationMinutes, isHamerstuk: (item.hamerstuk ?? 0) != 0,
                documents: (byItem[item.number] ?? []).map { Reference(kind: .document, id: $0.id, name: $0.name) },
                carriedFrom: item.carriedFromMeetingId.flatMap { meeting in
                    item.carriedFromPosition.map { .init(meetingID: meeting, position: $0) }
                })
        }
    }

    func outcomes(of id: String) async throws -> [OutcomeLine] {
        struct OutcomeRow: Decodable {
            let position: Int, kind: String, text: String, agendaItemNumber: Int?, byPersonId: String?, byPersonName: String?
            let result: String?, ownerId: String?, ownerName: String?, dueDate: String?, actionStatus: String?
        }
        return try await db.raw("""
            SELECT o.position, o.kind, o.text, o.agenda_item_number, p.id AS by_person_id, p.name AS by_person_name,
                   o.result, w.id AS owner_id, w.name AS owner_name, o.due_date, o.action_status
            FROM meeting_outcomes o
            LEFT JOIN persons p ON p.id = o.by_person_id AND
            """ + " " + visible("p", .person) + " LEFT JOIN persons w ON w.id = o.owner_id AND " + visible("w", .person)
            + " WHERE o.meeting_id = \(bind: id) ORDER BY o.position")
            .all(decoding: OutcomeRow.self, with: rowDecoder).map { row in
                OutcomeLine(
                    outcome: Outcome(kind: try vocabulary(row.kind, "meeting_outcomes", id), text: row.text,
                                     agendaItemNumber: row.agendaItemNumber, byPersonID: row.byPersonId,
                                     result: row.result.flatMap(DecisionResult.init(rawValue:)), ownerID: row.ownerId,
                                     due: partialDate(row.dueDate), actionStatus: row.actionStatus.flatMap(ActionStatus.init(rawValue:))),
                    by: row.byPersonId.map { Reference(kind: .person, id: $0, name: row.byPersonName ?? $0) },
                    owner: row.ownerId.map { Reference(kind: .person, id: $0, name: row.ownerName ?? $0) },
                    position: row.position)
            }
    }

    /// The meeting's participants (not those who sent apologies) who are also on the list of
    /// another meeting on the same day, at an overlapping time or with a time unknown.
    func doubleBookings(of meeting: Meeting) async throws -> [DoubleBookingLine] {
        guard let date = meeting.date, date.day != nil else { return [] }
        struct Row: Decodable {
            let personId: String, personName: String, meetingId: String, meetingName: String, date: String?
            let startTime: String?, endTime: String?
        }
        let rows = try await db.raw("""
            SELECT p.id AS person_id, p.name AS person_name, m.id AS meeting_id, m.name AS meeting_name, m.date, m.start_time, m.end_time
            FROM meeting_attendances mine
            JOIN meeting_attendances other ON other.person_id = mine.person_id AND other.meeting_id <> mine.meeting_id
            JOIN meetings m ON m.id = other.meeting_id
            JOIN persons p ON p.id = mine.person_id
            WHERE mine.meeting_id = \(bind: meeting.id) AND m.date = \(bind: date.iso) AND m.status <> 'geannuleerd'
              AND (mine.presence IS NULL OR mine.presence <> 'afgemeld') AND (other.presence IS NULL OR other.presence <> 'afgemeld')
              AND
            """ + " " + visible("m", .meeting) + " AND " + visible("p", .person) + " ORDER BY p.name, m.start_time, m.id")
            .all(decoding: Row.self, with: rowDecoder)
        guard meeting.status != .geannuleerd else { return [] }
        let mine = DoubleBooking.Slot(date: date, start: meeting.startTime.flatMap(TimeOfDay.init), end: meeting.endTime.flatMap(TimeOfDay.init))
        return rows.compactMap { row in
            let other = DoubleBooking.Slot(date: partialDate(row.date), start: row.startTime.flatMap(TimeOfDay.init),
                                           end: row.endTime.flatMap(TimeOfDay.init))
            return DoubleBooking.overlap(mine, other).map {
                DoubleBookingLine(person: Reference(kind: .person, id: row.personId, name: row.personName),
                                  other: Reference(kind: .meeting, id: row.meetingId, name: row.meetingName),
                                  otherDate: partialDate(row.date), otherStart: row.startTime, overlap: $0)
            }
        }
    }
}

extension Catalog {
    /// Meetings for a calendar feed: those with a day, of one body or one participant or all,
    /// newest first, at most `limit`.
    /// `dated: false` also takes meetings without an exact day (for an export).
    public func calendarMeetings(body: String? = nil, person: String? = nil, dated: Bool = true, limit: Int = 2000) async throws -> [Meeting] {
        var conditions: [SQLQueryString] = [visible("t", .meeting)]
        if dated { conditions += ["t.date IS NOT NULL", "length(t.date) = 10"] }
        if let body { conditions.append("t.body_id = \(bind: body)") }
        if let person {
            conditions.append("t.id IN (SELECT a.meeting_id FROM meeting_attendances a WHERE a.person_id = \(bind: person))")
        }
        return try await db.raw("SELECT t.* FROM meetings t" + whereClause(conditions) + " ORDER BY t.date DESC, t.id LIMIT \(literal: limit)")
            .all(decoding: MeetingRow.self, with: rowDecoder).map { try $0.domain() }
    }
}

extension Catalog {
    /// A meeting as the month calendar shows it.
    public struct MonthEntry: Sendable, Hashable, Identifiable {
        public let id: String
        public let name: String
        public let kind: MeetingKind
        public let status: MeetingStatus
        public let date: PartialDate?
        public let startTime: String?
        public let location: String?

        public init(id: String, name: String, kind: MeetingKind, status: MeetingStatus, date: PartialDate?, startTime: String?, location: String?) {
            self.id = id; self.name = name; self.kind = kind; self.status = status; self.date = date; self.startTime = startTime; self.location = location
        }
    }

    /// The meetings dated in one month (`2020-11`: on a day of it, or known only by the month),
    /// optionally of one body, one kind and one organisation (what it organises or its bodies hold), by date.
    public func meetings(inMonth month: String, body: String? = nil, kind: String? = nil, organisation: String? = nil) async throws -> [MonthEntry] {
        // A range on the date index ('2020-11' up to '2020-11-99' holds the month and its days),
        // not a scan; the columns the calendar shows only, all in index meetings_month (M0023).
        var conditions: [SQLQueryString] = [visible("t", .meeting), "t.date >= \(bind: month)", "t.date <= \(bind: month + "-99")"]
        if let body { conditions.append("t.body_id = \(bind: body)") }
        if let kind { conditions.append("t.kind = \(bind: kind)") }
        if let organisation { conditions.append(organisedBy(organisation)) }
        struct Row: Decodable { let id: String, name: String, kind: String, status: String, date: String?, startTime: String?, location: String? }
        return try await db.raw("SELECT t.id, t.name, t.kind, t.status, t.date, t.start_time, t.location FROM meetings t" + whereClause(conditions)
                                + " ORDER BY t.date, t.start_time, t.name, t.id")
            .all(decoding: Row.self, with: rowDecoder).map { row in
                MonthEntry(id: row.id, name: row.name, kind: try vocabulary(row.kind, "meetings", row.id),
                           status: try vocabulary(row.status, "meetings", row.id), date: partialDate(row.date),
                           startTime: row.startTime, location: row.location)
            }
    }

    /// Meetings `organisation` organises, or its bodies hold.
    func organisedBy(_ organisation: String) -> SQLQueryString {
        """
        (EXISTS (SELECT 1 FROM meeting_organisers mo WHERE mo.meeting_id = t.id AND mo.organisation_id = \(bind: organisation))
         OR EXISTS (SELECT 1 FROM bodies b WHERE b.id = t.body_id AND b.organisation_id = \(bind: organisation)))
        """
    }

    /// The meeting list's filter options: the bodies that hold meetings and the organisations
    /// that organise them (themselves or through their bodies), as far as the viewer may see
    /// them; once per data version and visibility.
    public func meetingFilterChoices() async throws -> (bodies: [Choice], organisations: [Choice]) {
        let both = try await database.computedOncePerDataVersion("bijeenkomstkeuzes " + viewer.visibilityKey) {
            async let bodies = choices("""
                SELECT t.id, t.name, t.kind AS code FROM bodies t WHERE EXISTS (SELECT 1 FROM meetings m WHERE m.body_id = t.id) AND
                """ + " " + visible("t", .body) + " ORDER BY t.name, t.id")
            async let organisations = choices("""
                SELECT t.id, t.name, t.kind AS code FROM organisations t
                WHERE (EXISTS (SELECT 1 FROM meeting_organisers mo WHERE mo.organisation_id = t.id)
                       OR EXISTS (SELECT 1 FROM bodies b JOIN meetings m ON m.body_id = b.id WHERE b.organisation_id = t.id)) AND
                """ + " " + visible("t", .organisation) + " ORDER BY t.name, t.id")
            return [try await bodies, try await organisations]
        }
        return (both[0], both[1])
    }
}
