import Foundation
import SQLKit
import TafelCore

/// Changing the organisations that are members of an organisation (the municipalities of the
/// VDG): the editor's role and scope for that organisation, that every member exists, the
/// organisation's version an edit was based on; the rows, the organisation's new version and
/// its history entry in one transaction. A membership keeps its id when its row is edited, so
/// that its sources stay with it; one naming an organisation the editor may not see is kept.
public struct OrganisationMembersEditor: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public struct Stored: Sendable {
        /// The rows the viewer may see and edit.
        public var draft: OrganisationMembersDraft
        /// The organisation's version.
        public var version: Int
        public var name: String
        public var access: [Group]
    }

    static let plural = "leden van organisaties"

    @discardableResult
    public func update(organisation id: String, _ input: OrganisationMembersInput, expectedVersion: Int?, by viewer: Viewer) async throws -> Int {
        try EditPermission.checkRole(Self.plural, of: viewer)
        return try await database.transaction { db in
            guard let stored = try await Self.current(id: id, for: viewer, locking: true, in: db) else {
                throw RecordNotVisible(kind: .organisation, id: id)
            }
            guard viewer.mayEdit(recordGroups: Set(stored.access)) else {
                throw AccessDenied("U mag de leden van deze organisatie niet wijzigen: zij valt buiten de organisaties en gremia waarvoor u redacteur bent.")
            }
            var problems: [FieldProblem] = []
            var draft: OrganisationMembersDraft?
            do throws(ValidationFailure) { draft = try OrganisationMembersDraft(input, of: id) } catch { problems = error.problems }
            problems += try await ReferenceCheck.problems(input.references, by: viewer, in: db)
            guard let draft, problems.isEmpty else { throw ValidationFailure(problems) }
            guard let expectedVersion else { throw VersionRequired(kind: .organisation, id: id) }
            if expectedVersion != stored.version {
                throw VersionConflict(kind: .organisation, id: id, expected: expectedVersion, current: stored.version)
            }
            let known = Set(stored.draft.members.compactMap(\.id))
            let foreign = KeptRowIDs.unknown(draft.members.map(\.id), known: known, owner: "deze organisatie")
            if !foreign.isEmpty { throw ValidationFailure(foreign) }
            let changes = AuditEntry.changes(from: stored.draft.snapshot, to: draft.snapshot)
            guard !changes.isEmpty else { return stored.version }
            let version = stored.version + 1
            let now = Timestamp.now()
            try await VersionedUpdate.run("""
                UPDATE organisations SET updated_at = \(bind: now), version = \(bind: version) WHERE id = \(bind: id) AND version = \(bind: stored.version)
                """, table: "organisations", kind: .organisation, id: id, expected: stored.version, in: db)
            let kept = Set(draft.members.compactMap(\.id))
            for removed in known.subtracting(kept).sorted() {
                try await db.raw("DELETE FROM sources WHERE subject_kind = \(bind: RecordKind.membership.rawValue) AND subject_id = \(bind: removed)").run()
                try await db.raw("DELETE FROM organisation_memberships WHERE id = \(bind: removed) AND organisation_id = \(bind: id)").run()
            }
            for member in draft.members {
                if let existing = member.id {
                    try await db.raw("""
                        UPDATE organisation_memberships SET member_id = \(bind: member.memberID), role = \(bind: member.role),
                            start_date = \(bind: member.start?.iso), end_date = \(bind: member.end?.iso),
                            observed_on = \(bind: member.observedOn?.iso), updated_at = \(bind: now)
                        WHERE id = \(bind: existing) AND organisation_id = \(bind: id)
                        """).run()
                } else {
                    try await insertRow("organisation_memberships", [
                        "id": "\(String(id.prefix(80)).trimmingCharacters(in: CharacterSet(charactersIn: "-")))-lid-\(UUID().uuidString.lowercased().prefix(8))", "member_id": member.memberID,
                        "organisation_id": id, "role": member.role, "start_date": member.start?.iso, "end_date": member.end?.iso,
                        "observed_on": member.observedOn?.iso,
                    ], now: now, in: db)
                }
            }
            try await AuditLog.record(.gewijzigd, .organisation, id: id, version: version, changes: changes, by: viewer, in: db)
            return version
        }
    }

    public func current(id: String, for viewer: Viewer) async throws -> Stored? {
        try await Self.current(id: id, for: viewer, in: database.sql)
    }

    static func current(id: String, for viewer: Viewer, locking: Bool = false, in db: any SQLDatabase) async throws -> Stored? {
        struct Row: Decodable { let name: String, version: Int }
        guard let row = try await db.raw("SELECT name, version FROM organisations t WHERE t.id = \(bind: id) AND "
                                         + Catalog.visibility(of: "t", .organisation, for: viewer)
                                         + (locking ? VersionedUpdate.lock("t", in: db) : ""))
            .first(decoding: Row.self, with: rowDecoder)
        else { return nil }
        struct MemberRow: Decodable {
            let id: String, memberId: String, role: String?, startDate: String?, endDate: String?, observedOn: String?
        }
        // Memberships naming an organisation the viewer may not see are not theirs to edit (and stay as they are).
        let members = try await db.raw("""
            SELECT m.id, m.member_id, m.role, m.start_date, m.end_date, m.observed_on FROM organisation_memberships m
            JOIN organisations lid ON lid.id = m.member_id WHERE m.organisation_id = \(bind: id) AND
            """ + " " + Catalog.visibility(of: "lid", .organisation, for: viewer) + " ORDER BY lid.name, m.id")
            .all(decoding: MemberRow.self, with: rowDecoder)
        let draft = OrganisationMembersDraft(members: members.map {
            .init(id: $0.id, memberID: $0.memberId, role: $0.role ?? "lid", start: partialDate($0.startDate), end: partialDate($0.endDate),
                  observedOn: partialDate($0.observedOn))
        })
        return Stored(draft: draft, version: row.version, name: row.name,
                      access: try await RecordAccessRows.read(.organisation, id: id, in: db))
    }
}
