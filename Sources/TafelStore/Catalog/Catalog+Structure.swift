import SQLKit
import TafelCore

/// The structure of bodies for the structure rules, limited to what the viewer may see.
extension Catalog {
    /// `meetings: false` leaves the meetings out, for what needs only the bodies and their seats (the organisation chart).
    public func structure(meetings withMeetings: Bool = true) async throws -> Structure {
        struct BodyLine: Decodable {
            let id: String, name: String, kind: String, organisationId: String?, parentId: String?
            let meetingsPerYearMin: Int?, meetingsPerYearMax: Int?
        }
        struct SeatLine: Decodable {
            let personId: String, personName: String, bodyId: String?, organisationId: String?, role: String?
            let onBehalfOfId: String?, startDate: String?, endDate: String?
        }
        struct CommitteeLine: Decodable { let bodyId: String, personId: String, personName: String, committeeName: String? }
        struct OrganisationLine: Decodable { let id: String, name: String, kind: String, parentId: String? }
        struct OrganisationSeatLine: Decodable { let memberId: String, organisationId: String, startDate: String?, endDate: String? }
        struct MeetingLine: Decodable {
            let id: String, name: String, bodyId: String, date: String?, status: String, hasMinuteTaker: Int, hasReport: Int
        }
        async let bodies = db.raw("""
            SELECT t.id, t.name, t.kind, t.organisation_id, t.parent_id, t.meetings_per_year_min, t.meetings_per_year_max
            FROM bodies t WHERE
            """ + " " + visible("t", .body)).all(decoding: BodyLine.self, with: rowDecoder)
        // A seat's role is its own, else its post's (a post such as "voorzitter VDG" carries the role).
        async let seats = db.raw("""
            SELECT m.person_id, p.name AS person_name, m.body_id, coalesce(m.organisation_id, ps.organisation_id) AS organisation_id,
                   coalesce(m.role, ps.role) AS role, m.on_behalf_of_id, m.start_date, m.end_date
            FROM memberships m JOIN persons p ON p.id = m.person_id LEFT JOIN posts ps ON ps.id = m.post_id
            WHERE
            """ + " " + visible("p", .person) + " AND (m.body_id IS NULL OR " + visibleTarget(of: "m.body_id", .body) + ")")
            .all(decoding: SeatLine.self, with: rowDecoder)
        async let committee = db.raw("""
            SELECT t.body_id, p.id AS person_id, p.name AS person_name, c.name AS committee_name
            FROM programmes t JOIN persons p ON p.id = t.vng_member_id LEFT JOIN bodies c ON c.id = t.vng_committee_id AND
            """ + " " + visible("c", .body) + " WHERE t.body_id IS NOT NULL AND " + visible("t", .programme) + " AND " + visible("p", .person))
            .all(decoding: CommitteeLine.self, with: rowDecoder)
        async let organisations = db.raw("SELECT t.id, t.name, t.kind, t.parent_id FROM organisations t WHERE " + visible("t", .organisation))
            .all(decoding: OrganisationLine.self, with: rowDecoder)
        async let organisationSeats = db.raw("""
            SELECT m.member_id, m.organisation_id, m.start_date, m.end_date FROM organisation_memberships m
            WHERE
            """ + " " + visibleTarget(of: "m.member_id", .organisation) + " AND " + visibleTarget(of: "m.organisation_id", .organisation))
            .all(decoding: OrganisationSeatLine.self, with: rowDecoder)
        // Integers, not booleans, for the two flags: PostgreSQL would answer EXISTS with a boolean.
        async let meetings = withMeetings ? db.raw("""
            SELECT t.id, t.name, t.body_id, t.date, t.status,
                   CASE WHEN EXISTS (SELECT 1 FROM meeting_attendances a WHERE a.meeting_id = t.id AND a.role = 'notulist') THEN 1 ELSE 0 END AS has_minute_taker,
                   CASE WHEN EXISTS (SELECT 1 FROM sources s JOIN documents d ON d.id = s.document_id
                           WHERE s.subject_kind = 'meeting' AND s.subject_id = t.id AND d.kind = 'verslag' AND
            """ + " " + visible("d", .document) + ") THEN 1 ELSE 0 END AS has_report FROM meetings t WHERE t.body_id IS NOT NULL AND " + visible("t", .meeting))
            .all(decoding: MeetingLine.self, with: rowDecoder) : []
        return Structure(
            bodies: try await bodies.compactMap { line in
                BodyKind(rawValue: line.kind).map {
                    Structure.BodyFacts(id: line.id, name: line.name, kind: $0, organisationID: line.organisationId, parentID: line.parentId,
                                        meetingsPerYearMin: line.meetingsPerYearMin, meetingsPerYearMax: line.meetingsPerYearMax)
                }
            },
            seats: try await seats.map { line in
                Structure.Seat(personID: line.personId, personName: line.personName, bodyID: line.bodyId, organisationID: line.organisationId,
                               role: line.role, onBehalfOfID: line.onBehalfOfId, start: partialDate(line.startDate), end: partialDate(line.endDate))
            },
            organisations: try await organisations.compactMap { line in
                OrganisationKind(rawValue: line.kind).map { Structure.OrganisationFacts(id: line.id, name: line.name, kind: $0, parentID: line.parentId) }
            },
            meetings: try await meetings.compactMap { line in
                MeetingStatus(rawValue: line.status).map {
                    Structure.MeetingFacts(id: line.id, name: line.name, bodyID: line.bodyId, date: partialDate(line.date), status: $0,
                                           hasMinuteTaker: line.hasMinuteTaker != 0, hasReport: line.hasReport != 0)
                }
            },
            organisationSeats: try await organisationSeats.map { line in
                Structure.OrganisationSeat(memberID: line.memberId, organisationID: line.organisationId,
                                           start: partialDate(line.startDate), end: partialDate(line.endDate))
            },
            committeeMembers: try await committee.map {
                Structure.CommitteeMember(bodyID: $0.bodyId, personID: $0.personId, personName: $0.personName, committeeName: $0.committeeName)
            })
    }
}

extension Catalog {
    /// The titles of the documents with these ids that the viewer may see.
    public func documentTitles(_ ids: Set<String>) async throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        let lines = try await references(.document, "SELECT t.id, t.title AS name FROM documents t WHERE t.id IN " + Self.list(ids.sorted())
            + " AND " + visible("t", .document))
        return Dictionary(lines.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}
