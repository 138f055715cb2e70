import SQLKit
import Synchronization
import TafelCore

/// What Inzicht computes its measures from, for one province, limited to what the viewer may
/// see: its municipalities, the collaborations in which one of them or the province takes part
/// (with all their visible participants), the seats held on the municipalities' behalf and the
/// meetings of those seats' bodies.
extension Catalog {
    /// A province's data as one viewer may see it, read once per data version; its snapshots
    /// per date are computed once and kept with it, so that they go when the data changes.
    public struct InsightScope: Sendable {
        public let province: Reference
        /// Every province with municipalities the viewer may see, by name.
        public let provinces: [Reference]
        public let data: InsightData
        private let snapshots = Snapshots()

        init(province: Reference, provinces: [Reference], data: InsightData) {
            self.province = province; self.provinces = provinces; self.data = data
        }

        /// The measures on `date`, computed the first time they are asked for.
        public func snapshot(on date: PartialDate) -> InsightSnapshot {
            if let kept = snapshots.kept.withLock({ $0[date.iso] }) { return kept }
            let snapshot = InsightSnapshot(data, province: province.id, on: date)
            snapshots.kept.withLock { kept in
                if kept.count >= Snapshots.limit { kept.removeAll() }
                kept[date.iso] = snapshot
            }
            return snapshot
        }

        private final class Snapshots: Sendable {
            static let limit = 32
            let kept = Mutex<[String: InsightSnapshot]>([:])
        }
    }

    /// For `provinceID`, or without one the first province by name; nil when it is unknown or
    /// hidden, or no province has municipalities.
    public func insight(province provinceID: String? = nil) async throws -> InsightScope? {
        let provinces = try await database.computedOncePerDataVersion("inzicht provincies " + viewer.visibilityKey) {
            try await references(.organisation, """
                SELECT t.id, t.name FROM organisations t WHERE t.kind = 'provincie' AND
                """ + " " + visible("t", .organisation) + """
                 AND EXISTS (SELECT 1 FROM organisations g WHERE g.parent_id = t.id AND g.kind = 'gemeente') ORDER BY t.name, t.id
                """)
        }
        guard let province = provinceID.map({ id in provinces.first { $0.id == id } }) ?? provinces.first else { return nil }
        return try await database.computedOncePerDataVersion("inzicht " + province.id + " " + viewer.visibilityKey) {
            InsightScope(province: province, provinces: provinces, data: try await insightData(province: province.id))
        }
    }

    /// The scope of the province a municipality belongs to; nil when the municipality is
    /// unknown, hidden, or in no province the viewer may see.
    public func insight(municipality id: String) async throws -> InsightScope? {
        let province = try await database.computedOncePerDataVersion("inzicht gemeenten " + viewer.visibilityKey) {
            let lines = try await db.raw("SELECT t.id, t.parent_id FROM organisations t WHERE t.kind = 'gemeente' AND t.parent_id IS NOT NULL AND "
                                         + visible("t", .organisation)).all(decoding: ProvinceLine.self, with: rowDecoder)
            return Dictionary(lines.map { ($0.id, $0.parentId) }, uniquingKeysWith: { first, _ in first })
        }[id]
        guard let province, let scope = try await insight(province: province),
              scope.data.municipalities.contains(where: { $0.id == id }) else { return nil }
        return scope
    }

    private struct ProvinceLine: Decodable { let id: String, parentId: String }

    private func insightData(province: String) async throws -> InsightData {
        struct MunicipalityLine: Decodable { let id: String, name: String, cbsCode: String?, inhabitants: Int? }
        struct CollaborationLine: Decodable {
            let id: String, name: String, form: String?, status: String?, startDate: String?, endDate: String?
        }
        struct ParticipantLine: Decodable { let collaborationId: String, organisationId: String, startDate: String?, endDate: String? }
        struct InvolvementLine: Decodable { let collaborationId: String, level: String }
        struct SeatLine: Decodable { let bodyId: String, organisationId: String, startDate: String?, endDate: String? }
        struct BodyLine: Decodable { let id: String, organisationId: String? }
        struct MeetingLine: Decodable { let bodyId: String, date: String }
        struct TaskLinkLine: Decodable { let collaborationId: String, taskId: String }
        struct TaskLine: Decodable { let id: String, name: String, number: Int?, cluster: String?, agendaId: String, agendaName: String }
        struct AmountLine: Decodable { let collaborationId: String, kind: String, cents: Int64 }
        struct CommitmentLine: Decodable {
            let id: String, byPersonId: String?, byBodyId: String?, madeOn: String?, deadlineDate: String?, deadlineEvent: String?
            let fulfilledOn: String?, decision: String?
        }
        struct RuledBodyLine: Decodable {
            let id: String, name: String, meetingsPerYearMin: Int?, meetingsPerYearMax: Int?, throughMembership: Int, startDate: String?, endDate: String?
        }

        let inProvince: SQLQueryString = "(SELECT g.id FROM organisations g WHERE (g.parent_id = \(bind: province) AND g.kind = 'gemeente') OR g.id = \(bind: province))"
        // The collaborations any of them takes part in, archived and hidden ones too: the child rows are read for
        // these (each query then starts from the participant index) and kept only for the collaborations read.
        let collaborations: SQLQueryString = "(SELECT p.collaboration_id FROM collaboration_participants p WHERE p.organisation_id IN " + inProvince + ")"
        let municipalitiesSQL: SQLQueryString = "SELECT t.id, t.name, t.cbs_code, t.inhabitants FROM organisations t WHERE t.kind = 'gemeente' AND t.parent_id = \(bind: province) AND "
            + visible("t", .organisation) + " ORDER BY t.name, t.id"
        async let municipalityRows = db.raw(municipalitiesSQL).all(decoding: MunicipalityLine.self, with: rowDecoder)
        // `coalesce(…) = ''` rather than `IS NULL`: the planner then looks the ids up by key instead of
        // walking the index on archived_at (6 against 50 ms for Noord-Brabant's 914).
        async let collaborationRows = db.raw("SELECT t.id, t.name, t.form, t.status, t.start_date, t.end_date FROM collaborations t WHERE t.id IN " + collaborations
                                             + " AND coalesce(t.archived_at, '') = '' AND " + visible("t", .collaboration))
            .all(decoding: CollaborationLine.self, with: rowDecoder)
        async let participantRows = db.raw("SELECT p.collaboration_id, p.organisation_id, p.start_date, p.end_date FROM collaboration_participants p WHERE p.collaboration_id IN "
                                           + collaborations + " AND " + visibleTarget(of: "p.organisation_id", .organisation))
            .all(decoding: ParticipantLine.self, with: rowDecoder)
        async let involvementRows = db.raw("SELECT i.collaboration_id, i.level FROM collaboration_council_involvements i WHERE i.collaboration_id IN " + collaborations)
            .all(decoding: InvolvementLine.self, with: rowDecoder)
        async let taskLinkRows = db.raw("SELECT ct.collaboration_id, ct.task_id FROM collaboration_tasks ct WHERE ct.collaboration_id IN "
                                        + collaborations + " AND " + visibleTarget(of: "ct.task_id", .task))
            .all(decoding: TaskLinkLine.self, with: rowDecoder)
        // Amounts in another currency are not added to euros.
        async let amountRows = db.raw("SELECT a.collaboration_id, a.kind, CAST(sum(a.amount_cents) AS BIGINT) AS cents FROM collaboration_amounts a WHERE a.currency = 'EUR' AND a.collaboration_id IN "
                                      + collaborations + " GROUP BY a.collaboration_id, a.kind")
            .all(decoding: AmountLine.self, with: rowDecoder)
        // A seat counts for the organisation it is held on behalf of, else the one its holder comes from.
        // Two halves, each starting from the organisations and an index (on_behalf_of_id, organisation_id): a
        // coalesce() over both columns could use neither and read every membership.
        func seats(_ column: String, _ extra: SQLQueryString) -> SQLQueryString {
            "SELECT m.body_id, g.id AS organisation_id, m.start_date, m.end_date FROM " + inProvince + " g CROSS JOIN memberships m JOIN persons p ON p.id = m.person_id WHERE m.\(unsafeRaw: column) = g.id AND "
                + extra + "m.body_id IS NOT NULL AND " + visible("p", .person) + " AND " + visibleTarget(of: "m.body_id", .body)
        }
        let seatsSQL: SQLQueryString = seats("on_behalf_of_id", "") + " UNION ALL " + seats("organisation_id", "m.on_behalf_of_id IS NULL AND ")
        // Commitments by someone of the province or its municipalities: a body of theirs, or a person holding a seat for,
        // from or in one of them (each from an index: a coalesce() over the columns could use none).
        let ownBodies: SQLQueryString = "(SELECT b.id FROM bodies b WHERE b.organisation_id IN " + inProvince + ")"
        let commitmentsSQL: SQLQueryString = "SELECT c.id, CASE WHEN " + visibleTarget(of: "c.by_person_id", .person) + " THEN c.by_person_id END AS by_person_id, CASE WHEN "
            + visibleTarget(of: "c.by_body_id", .body) + " THEN c.by_body_id END AS by_body_id, c.made_on, c.deadline_date, c.deadline_event, c.fulfilled_on, c.decision FROM commitments c WHERE "
            + visible("c", .commitment) + " AND (c.by_body_id IN " + ownBodies + " OR c.by_person_id IN ("
            + "SELECT m.person_id FROM " + inProvince + " g CROSS JOIN memberships m WHERE m.on_behalf_of_id = g.id UNION "
            + "SELECT m.person_id FROM " + inProvince + " g CROSS JOIN memberships m WHERE m.organisation_id = g.id UNION "
            + "SELECT m.person_id FROM " + ownBodies + " b CROSS JOIN memberships m WHERE m.body_id = b.id))"
        async let commitmentRows = db.raw(commitmentsSQL).all(decoding: CommitmentLine.self, with: rowDecoder)
        let seats = try await db.raw(seatsSQL).all(decoding: SeatLine.self, with: rowDecoder)
        let seatBodyIDs = Array(Set(seats.map(\.bodyId))).sorted()
        // A body of an association counts while a municipality of the province is a member of it: the first
        // membership's start to the last one's end (open when any is open).
        let memberships: SQLQueryString = "FROM organisation_memberships om WHERE om.organisation_id = t.organisation_id AND om.member_id IN " + inProvince
        let ruledSQL: SQLQueryString = "SELECT t.id, t.name, t.meetings_per_year_min, t.meetings_per_year_max, CASE WHEN t.organisation_id IN " + inProvince
            + (seatBodyIDs.isEmpty ? "" : " OR t.id IN " + Self.list(seatBodyIDs)) + " THEN 0 ELSE 1 END AS through_membership, "
            + "(SELECT CASE WHEN COUNT(*) = COUNT(om.start_date) THEN MIN(om.start_date) END " + memberships + ") AS start_date, "
            + "(SELECT CASE WHEN COUNT(*) = COUNT(om.end_date) THEN MAX(om.end_date) END " + memberships + ") AS end_date "
            + "FROM bodies t WHERE t.id IN (SELECT b.id FROM " + inProvince + " g CROSS JOIN bodies b WHERE b.organisation_id = g.id UNION "
            + "SELECT b.id FROM " + inProvince + " g CROSS JOIN organisation_memberships om CROSS JOIN bodies b WHERE om.member_id = g.id AND b.organisation_id = om.organisation_id"
            + (seatBodyIDs.isEmpty ? ")" : " UNION SELECT b.id FROM bodies b WHERE b.id IN " + Self.list(seatBodyIDs) + ")")
            + " AND (t.meetings_per_year_min IS NOT NULL OR t.meetings_per_year_max IS NOT NULL) AND " + visible("t", .body) + " ORDER BY t.name, t.id"
        let ruled = try await db.raw(ruledSQL).all(decoding: RuledBodyLine.self, with: rowDecoder)
        let bodyIDs = Array(Set(seatBodyIDs + ruled.map(\.id))).sorted()
        async let bodyRows = bodyIDs.isEmpty ? [] : db.raw("SELECT t.id, t.organisation_id FROM bodies t WHERE t.id IN " + Self.list(bodyIDs))
            .all(decoding: BodyLine.self, with: rowDecoder)
        async let meetingRows = bodyIDs.isEmpty ? [] : db.raw("SELECT t.body_id, t.date FROM meetings t WHERE t.body_id IN " + Self.list(bodyIDs)
                                                              + " AND t.date IS NOT NULL AND " + visible("t", .meeting))
            .all(decoding: MeetingLine.self, with: rowDecoder)

        let collaborationLines = try await collaborationRows
        let read = Set(collaborationLines.map(\.id))
        var participants: [String: [InsightData.Participation]] = [:]
        for line in try await participantRows where read.contains(line.collaborationId) {
            participants[line.collaborationId, default: []].append(
                InsightData.Participation(organisationID: line.organisationId, start: partialDate(line.startDate), end: partialDate(line.endDate)))
        }
        var involvement: [String: Set<CouncilInvolvement>] = [:]
        for line in try await involvementRows where read.contains(line.collaborationId) {
            if let level = CouncilInvolvement(rawValue: line.level) { involvement[line.collaborationId, default: []].insert(level) }
        }
        var taskIDs: [String: [String]] = [:]
        for line in try await taskLinkRows where read.contains(line.collaborationId) { taskIDs[line.collaborationId, default: []].append(line.taskId) }
        var amounts: [String: [AmountKind: Int64]] = [:]
        for line in try await amountRows where read.contains(line.collaborationId) {
            if let kind = AmountKind(rawValue: line.kind) { amounts[line.collaborationId, default: [:]][kind] = line.cents }
        }
        let linkedTasks = Set(taskIDs.values.joined()).sorted()
        // Every task of an agenda that one of them serves, so that a task no collaboration serves shows too.
        let tasks = linkedTasks.isEmpty ? [] : try await db.raw("""
            SELECT t.id, t.name, t.number, t.cluster, t.agenda_id, a.name AS agenda_name FROM tasks t JOIN task_agendas a ON a.id = t.agenda_id
            WHERE t.agenda_id IN (SELECT l.agenda_id FROM tasks l WHERE l.id IN
            """ + " " + Self.list(linkedTasks) + ") AND " + visible("t", .task) + " AND " + visible("a", .taskAgenda)
            + " ORDER BY coalesce(a.adopted_on, ''), a.name, a.id, coalesce(t.number, 0), t.name, t.id").all(decoding: TaskLine.self, with: rowDecoder)
        let commitments = try await commitmentRows.map { line in
            InsightData.Commitment(id: line.id, byPersonID: line.byPersonId, byBodyID: line.byBodyId, madeOn: partialDate(line.madeOn),
                                   deadline: CommitmentDeadline(date: partialDate(line.deadlineDate), event: line.deadlineEvent),
                                   fulfilledOn: partialDate(line.fulfilledOn), decision: line.decision.flatMap(CommitmentDecision.init(rawValue:)))
        }
        let makerPersons = Set(commitments.compactMap(\.byPersonID)).sorted(), makerBodies = Set(commitments.compactMap(\.byBodyID)).sorted()
        var makers: [Reference] = []
        if !makerPersons.isEmpty {
            makers += try await references(.person, "SELECT t.id, t.name FROM persons t WHERE t.id IN " + Self.list(makerPersons))
        }
        if !makerBodies.isEmpty {
            makers += try await references(.body, "SELECT t.id, t.name FROM bodies t WHERE t.id IN " + Self.list(makerBodies))
        }
        let participantIDs = Set(participants.values.joined().map(\.organisationID))
        let names = participantIDs.isEmpty ? [] : try await references(
            .organisation, "SELECT t.id, t.name FROM organisations t WHERE t.id IN " + Self.list(participantIDs.sorted()) + " AND " + visible("t", .organisation))
        return InsightData(
            municipalities: try await municipalityRows.map {
                InsightData.Municipality(id: $0.id, name: $0.name, cbsCode: $0.cbsCode, inhabitants: $0.inhabitants)
            },
            collaborations: collaborationLines.map { line in
                InsightData.Collaboration(
                    id: line.id, name: line.name, form: line.form.flatMap(CollaborationForm.init(rawValue:)),
                    status: line.status.flatMap(CollaborationStatus.init(rawValue:)), start: partialDate(line.startDate), end: partialDate(line.endDate),
                    participants: participants[line.id] ?? [], councilInvolvement: involvement[line.id] ?? [],
                    taskIDs: (taskIDs[line.id] ?? []).sorted(), amounts: amounts[line.id] ?? [:])
            }.sorted { ($0.name, $0.id) < ($1.name, $1.id) },
            seats: seats.map {
                InsightData.Seat(bodyID: $0.bodyId, organisationID: $0.organisationId, start: partialDate($0.startDate), end: partialDate($0.endDate))
            },
            meetings: try await meetingRows.compactMap { line in partialDate(line.date).map { InsightData.Meeting(bodyID: line.bodyId, date: $0) } },
            bodyOwners: Dictionary(try await bodyRows.compactMap { line in line.organisationId.map { (line.id, $0) } }, uniquingKeysWith: { first, _ in first }),
            organisationNames: Dictionary(names.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            tasks: tasks.map {
                InsightData.Task(id: $0.id, name: $0.name, number: $0.number, cluster: $0.cluster, agendaID: $0.agendaId, agendaName: $0.agendaName)
            },
            commitments: commitments,
            commitmentMakers: Dictionary(makers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            ruledBodies: ruled.map { line in
                let bounded = line.throughMembership == 1
                return InsightData.RuledBody(id: line.id, name: line.name, minimum: line.meetingsPerYearMin, maximum: line.meetingsPerYearMax,
                                             start: bounded ? partialDate(line.startDate) : nil, end: bounded ? partialDate(line.endDate) : nil)
            })
    }
}
