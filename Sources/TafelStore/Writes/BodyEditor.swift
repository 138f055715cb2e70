import Foundation
import SQLKit
import TafelCore

/// Adding and changing bodies (gremia) with their members over time: the editor's role and
/// scope, that every record named exists and that a body is not part of itself, the version
/// an edit was based on; the body, its memberships and its history entry in one transaction.
///
/// A membership keeps its id when its row is edited, so that its sources stay with it; a
/// membership naming someone the editor may not see is not in their form and is kept.
public struct BodyEditor: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public struct Stored: Sendable {
        /// What the viewer may see and edit.
        public var draft: BodyDraft
        public var version: Int
        /// A parent body or organising organisation the viewer may not see: kept when they save.
        var hiddenParentID: String?
        var hiddenOrganisationID: String?
        /// Constituencies the viewer may not see: kept, after theirs, when they save.
        var hiddenConstituencyIDs: [String] = []
    }

    public func create(_ input: BodyInput, by viewer: Viewer) async throws -> String {
        try EditPermission.checkRole("gremia", of: viewer)
        return try await database.transaction { db in
            let draft = try await Self.checked(input, id: nil, by: viewer, in: db)
            try Self.authorise(draft, by: viewer)
            let id = try await FreshID.make(Slug.make(from: draft.name), in: "bodies", db)
            let now = Timestamp.now()
            try await db.raw("""
                INSERT INTO bodies (id, name, kind, confidentiality, created_at, updated_at, version)
                VALUES (\(bind: id), \(bind: draft.name), \(bind: draft.kind.rawValue), \(bind: draft.confidentiality.rawValue),
                        \(bind: now), \(bind: now), 1)
                """).run()
            try await Self.write(id: id, draft, keeping: [], now: now, by: viewer, in: db)
            try await AuditLog.record(.aangemaakt, .body, id: id, version: 1,
                                      changes: AuditEntry.changes(from: [], to: draft.snapshot), by: viewer, in: db)
            return id
        }
    }

    @discardableResult
    public func update(id: String, _ input: BodyInput, expectedVersion: Int?, by viewer: Viewer) async throws -> Int {
        try EditPermission.checkRole("gremia", of: viewer)
        return try await database.transaction { db in
            let draft = try await Self.checked(input, id: id, by: viewer, in: db)
            try Self.authorise(draft, by: viewer)
            guard let stored = try await Self.current(id: id, for: viewer, locking: true, in: db) else {
                throw RecordNotVisible(kind: .body, id: id)
            }
            guard viewer.mayEdit(recordGroups: Set(stored.draft.access)) else {
                throw AccessDenied("U mag dit gremium niet wijzigen: het valt buiten de organisaties en gremia waarvoor u redacteur bent.")
            }
            guard let expectedVersion else { throw VersionRequired(kind: .body, id: id) }
            if expectedVersion != stored.version {
                throw VersionConflict(kind: .body, id: id, expected: expectedVersion, current: stored.version)
            }
            let known = Set(stored.draft.members.compactMap(\.id))
            let foreign = KeptRowIDs.unknown(draft.members.map(\.id), known: known, owner: "dit gremium")
            if !foreign.isEmpty { throw ValidationFailure(foreign) }
            let changes = AuditEntry.changes(from: stored.draft.snapshot, to: draft.snapshot)
            guard !changes.isEmpty else { return stored.version }
            let version = stored.version + 1
            let now = Timestamp.now()
            try await VersionedUpdate.run("""
                UPDATE bodies SET updated_at = \(bind: now), version = \(bind: version) WHERE id = \(bind: id) AND version = \(bind: stored.version)
                """, table: "bodies", kind: .body, id: id, expected: stored.version, in: db)
            var saved = draft
            if saved.parentID == nil { saved.parentID = stored.hiddenParentID }
            if saved.organisationID == nil { saved.organisationID = stored.hiddenOrganisationID }
            saved.constituencyIDs += stored.hiddenConstituencyIDs.filter { !saved.constituencyIDs.contains($0) }
            try await Self.write(id: id, saved, keeping: known, now: now, by: viewer, in: db)
            try await AuditLog.record(.gewijzigd, .body, id: id, version: version, changes: changes, by: viewer, in: db)
            return version
        }
    }

    public func current(id: String, for viewer: Viewer) async throws -> Stored? {
        try await Self.current(id: id, for: viewer, in: database.sql)
    }

    // MARK: - Steps

    /// Writes the body's fields and its visible memberships: `known` (the ids the editor saw)
    /// are updated or, when left out, removed with their sources; rows without an id are added.
    private static func write(id: String, _ draft: BodyDraft, keeping known: Set<String>, now: String, by viewer: Viewer,
                              in db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE bodies SET name = \(bind: draft.name), kind = \(bind: draft.kind.rawValue), organisation_id = \(bind: draft.organisationID),
                parent_id = \(bind: draft.parentID), description = \(bind: draft.description),
                meetings_per_year_min = \(bind: draft.meetingsPerYearMin), meetings_per_year_max = \(bind: draft.meetingsPerYearMax),
                confidentiality = \(bind: draft.confidentiality.rawValue)
            WHERE id = \(bind: id)
            """).run()
        let kept = Set(draft.members.compactMap(\.id))
        for removed in known.subtracting(kept).sorted() {
            try await db.raw("DELETE FROM sources WHERE subject_kind = \(bind: RecordKind.membership.rawValue) AND subject_id = \(bind: removed)").run()
            try await db.raw("DELETE FROM memberships WHERE id = \(bind: removed) AND body_id = \(bind: id)").run()
        }
        for member in draft.members {
            if let existing = member.id {
                try await db.raw("""
                    UPDATE memberships SET person_id = \(bind: member.personID), role = \(bind: member.role),
                        on_behalf_of_id = \(bind: member.onBehalfOfID), start_date = \(bind: member.start?.iso),
                        end_date = \(bind: member.end?.iso), observed_on = \(bind: member.observedOn?.iso), updated_at = \(bind: now)
                    WHERE id = \(bind: existing) AND body_id = \(bind: id)
                    """).run()
            } else {
                try await insertRow("memberships", [
                    "id": "\(id)-\(member.personID)-\(UUID().uuidString.lowercased().prefix(6))", "person_id": member.personID,
                    "body_id": id, "role": member.role, "on_behalf_of_id": member.onBehalfOfID, "start_date": member.start?.iso,
                    "end_date": member.end?.iso, "observed_on": member.observedOn?.iso,
                ], now: now, in: db)
            }
        }
        try await db.raw("DELETE FROM body_constituencies WHERE body_id = \(bind: id)").run()
        for (index, constituency) in draft.constituencyIDs.enumerated() {
            try await insertRow("body_constituencies", ["body_id": id, "position": index + 1, "constituency_id": constituency], now: now, in: db)
        }
        try await RecordAccessRows.replace(.body, id: id, with: draft.access, in: db)
    }

    private static func checked(_ input: BodyInput, id: String?, by viewer: Viewer, in db: any SQLDatabase) async throws -> BodyDraft {
        var problems: [FieldProblem] = []
        var draft: BodyDraft?
        do { draft = try BodyDraft(input) } catch { problems = error.problems }
        problems += try await ReferenceCheck.problems(input.references, by: viewer, in: db)
        if let draft { problems += try await RecordAccessRows.unknownGroupProblems(draft.access, in: db) }
        if let id, let parent = input.references.first(where: { $0.field == "onderdeelVan" })?.id, try await isWithin(parent, of: id, in: db) {
            problems.append(FieldProblem(field: "onderdeelVan", code: "ongeldig",
                                         message: "onderdeelVan: een gremium kan geen onderdeel zijn van zichzelf of van een eigen onderdeel."))
        }
        if let id, let index = input.achterban.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == id }) {
            problems.append(FieldProblem(field: "achterban[\(index)]", code: "ongeldig",
                                         message: "achterban[\(index)]: een gremium kan niet zijn eigen achterban zijn."))
        }
        guard let draft, problems.isEmpty else { throw ValidationFailure(problems) }
        return draft
    }

    /// Whether `body` is `ancestor` or lies under it (walking up the parents, at most 100 steps).
    private static func isWithin(_ body: String, of ancestor: String, in db: any SQLDatabase) async throws -> Bool {
        var current: String? = body
        var seen: Set<String> = []
        while let id = current, seen.insert(id).inserted, seen.count <= 100 {
            if id == ancestor { return true }
            current = try await db.raw("SELECT parent_id FROM bodies WHERE id = \(bind: id)").first(decodingColumn: "parent_id", as: String?.self) ?? nil
        }
        return false
    }

    static func current(id: String, for viewer: Viewer, locking: Bool = false, in db: any SQLDatabase) async throws -> Stored? {
        struct Row: Decodable {
            let name: String, kind: String, organisationId: String?, parentId: String?, description: String?
            let meetingsPerYearMin: Int?, meetingsPerYearMax: Int?, confidentiality: String, version: Int
        }
        guard let row = try await db.raw("""
            SELECT name, kind, organisation_id, parent_id, description, meetings_per_year_min, meetings_per_year_max, confidentiality, version
            FROM bodies t WHERE t.id = \(bind: id) AND
            """ + " " + Catalog.visibility(of: "t", .body, for: viewer) + (locking ? VersionedUpdate.lock("t", in: db) : ""))
            .first(decoding: Row.self, with: rowDecoder)
        else { return nil }
        struct MemberRow: Decodable {
            let id: String, personId: String, role: String?, onBehalfOfId: String?, startDate: String?, endDate: String?, observedOn: String?
        }
        // Memberships naming someone the viewer may not see are not theirs to edit (and stay as they are).
        let members = try await db.raw("""
            SELECT m.id, m.person_id, m.role, m.on_behalf_of_id, m.start_date, m.end_date, m.observed_on FROM memberships m
            WHERE m.body_id = \(bind: id) AND
            """ + " " + Catalog.visibleTarget(of: "m.person_id", .person, for: viewer)
            + " AND (m.on_behalf_of_id IS NULL OR " + Catalog.visibleTarget(of: "m.on_behalf_of_id", .organisation, for: viewer) + ")"
            + " ORDER BY COALESCE(m.start_date, m.observed_on, ''), m.id")
            .all(decoding: MemberRow.self, with: rowDecoder)
        let parentVisible = try await row.parentId.asyncMap { parent in
            try await db.raw("SELECT t.id FROM bodies t WHERE t.id = \(bind: parent) AND " + Catalog.visibility(of: "t", .body, for: viewer)).first() != nil
        } ?? true
        let organisationVisible = try await row.organisationId.asyncMap { organisation in
            try await db.raw("SELECT t.id FROM organisations t WHERE t.id = \(bind: organisation) AND "
                + Catalog.visibility(of: "t", .organisation, for: viewer)).first() != nil
        } ?? true
        let constituencies = try await db.raw("""
            SELECT c.constituency_id, (SELECT count(*) FROM bodies t WHERE t.id = c.constituency_id AND
            """ + " " + Catalog.visibility(of: "t", .body, for: viewer) + ") AS seen FROM body_constituencies c WHERE c.body_id = \(bind: id) ORDER BY c.position")
            .all(decoding: ConstituencyRow.self, with: rowDecoder)
        let draft = BodyDraft(
            name: row.name, kind: try vocabulary(row.kind, "bodies", id),
            organisationID: organisationVisible ? row.organisationId : nil, parentID: parentVisible ? row.parentId : nil,
            description: row.description, meetingsPerYearMin: row.meetingsPerYearMin, meetingsPerYearMax: row.meetingsPerYearMax,
            members: members.map {
                .init(id: $0.id, personID: $0.personId, role: $0.role ?? "lid", onBehalfOfID: $0.onBehalfOfId,
                      start: partialDate($0.startDate), end: partialDate($0.endDate), observedOn: partialDate($0.observedOn))
            },
            confidentiality: Confidentiality(rawValue: row.confidentiality) ?? .vertrouwelijk,
            access: try await RecordAccessRows.read(.body, id: id, in: db),
            constituencyIDs: constituencies.filter { $0.seen > 0 }.map(\.constituencyId))
        return Stored(draft: draft, version: row.version, hiddenParentID: parentVisible ? nil : row.parentId,
                      hiddenOrganisationID: organisationVisible ? nil : row.organisationId,
                      hiddenConstituencyIDs: constituencies.filter { $0.seen == 0 }.map(\.constituencyId))
    }

    private struct ConstituencyRow: Decodable { let constituencyId: String, seen: Int }

    private static func authorise(_ draft: BodyDraft, by viewer: Viewer) throws {
        try EditPermission.check("gremia", confidentiality: draft.confidentiality, access: draft.access, by: viewer)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
