import Foundation
import SQLKit
import TafelCore

/// Adding, changing, archiving and restoring collaborations: checks the editor's role
/// and scope, that every record the draft names exists, and the version an edit was
/// based on; writes the record, its rows and its history entry in one transaction.
public struct CollaborationEditor: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// A stored collaboration as a draft, with its version and whether it is archived.
    public struct Stored: Sendable {
        public var draft: CollaborationDraft
        public var version: Int
        public var archivedAt: String?
    }

    /// Stores a new collaboration and returns its id (made from the name unless given).
    public func create(_ input: CollaborationInput, id requestedID: String? = nil, by viewer: Viewer) async throws -> String {
        try EditPermission.checkRole("samenwerkingen", of: viewer)
        return try await database.transaction { db in
            let draft = try await Self.checked(input, by: viewer, in: db)
            try Self.authorise(draft, by: viewer)
            let id = try await Self.freshID(requestedID, name: draft.name, in: db)
            try await Self.insert(id: id, draft, by: viewer, in: db)
            return id
        }
    }

    public func create(_ draft: CollaborationDraft, id requestedID: String? = nil, by viewer: Viewer) async throws -> String {
        try await create(draft.input, id: requestedID, by: viewer)
    }

    /// Replaces a collaboration's fields, provided it is still at `expectedVersion` (required:
    /// `VersionRequired` without it, after the access checks); returns the new version.
    @discardableResult
    public func update(id: String, _ input: CollaborationInput, expectedVersion: Int?, by viewer: Viewer) async throws -> Int {
        try EditPermission.checkRole("samenwerkingen", of: viewer)
        return try await database.transaction { db in
            let draft = try await Self.checked(input, selfID: id, by: viewer, in: db)
            try Self.authorise(draft, by: viewer)
            let stored = try await Self.editable(id: id, expectedVersion: expectedVersion, by: viewer, in: db)
            guard expectedVersion != nil else { throw VersionRequired(kind: .collaboration, id: id) }
            return try await Self.replace(id: id, stored: stored, with: draft, by: viewer, in: db) ?? stored.version
        }
    }

    @discardableResult
    public func update(id: String, _ draft: CollaborationDraft, expectedVersion: Int?, by viewer: Viewer) async throws -> Int {
        try await update(id: id, draft.input, expectedVersion: expectedVersion, by: viewer)
    }

    /// Archives (or restores) a collaboration: it leaves the register, but keeps its page and history.
    @discardableResult
    public func setArchived(_ archived: Bool, id: String, expectedVersion: Int?, by viewer: Viewer) async throws -> Int {
        guard viewer.isSignedIn else { throw SignInRequired() }
        return try await database.transaction { db in
            let stored = try await Self.editable(id: id, expectedVersion: expectedVersion, by: viewer, in: db)
            guard expectedVersion != nil else { throw VersionRequired(kind: .collaboration, id: id) }
            guard (stored.archivedAt != nil) != archived else { return stored.version }
            let now = Timestamp.now()
            let version = stored.version + 1
            try await VersionedUpdate.run("""
                UPDATE collaborations SET archived_at = \(bind: archived ? now : nil), updated_at = \(bind: now),
                    version = \(bind: version) WHERE id = \(bind: id) AND version = \(bind: stored.version)
                """, table: "collaborations", kind: .collaboration, id: id, expected: stored.version, in: db)
            try await AuditLog.record(archived ? .gearchiveerd : .hersteld, .collaboration, id: id, version: version,
                                      changes: [.init(field: "gearchiveerd", before: archived ? "nee" : "ja", after: archived ? "ja" : "nee")],
                                      by: viewer, in: db)
            return version
        }
    }

    /// The stored collaboration, if the viewer may see it: what an edit form starts from.
    public func current(id: String, for viewer: Viewer) async throws -> Stored? {
        try await Self.current(id: id, for: viewer, in: database.sql)
    }

    // MARK: - Steps shared with the importer (each runs inside the caller's transaction)

    static func editable(id: String, expectedVersion: Int?, by viewer: Viewer, in db: any SQLDatabase) async throws -> Stored {
        guard viewer.mayEditAnything else {
            throw AccessDenied("Alleen redacteuren en beheerders mogen samenwerkingen wijzigen.")
        }
        guard let stored = try await current(id: id, for: viewer, locking: true, in: db) else {
            throw RecordNotVisible(kind: .collaboration, id: id)
        }
        guard viewer.mayEdit(recordGroups: Set(stored.draft.access)) else {
            throw AccessDenied("U mag deze samenwerking niet wijzigen: ze valt buiten de organisaties en gremia waarvoor u redacteur bent.")
        }
        if let expectedVersion, expectedVersion != stored.version {
            throw VersionConflict(kind: .collaboration, id: id, expected: expectedVersion, current: stored.version)
        }
        return stored
    }

    /// `audited` is what the history records when it differs from what is written now (an import
    /// writes relations after all new records, but the history of each names them).
    static func insert(id: String, _ draft: CollaborationDraft, audited: CollaborationDraft? = nil, by viewer: Viewer,
                       in db: any SQLDatabase) async throws {
        let now = Timestamp.now()
        try await db.raw("""
            INSERT INTO collaborations (id, name, short_name, purpose, description, form, wgr_form, status, status_reason,
                start_date, end_date, legal_basis, seat, transferred_powers, council_reporting, confidentiality,
                created_at, updated_at, version)
            VALUES (\(bind: id), \(bind: draft.name), \(bind: draft.shortName), \(bind: draft.purpose), \(bind: draft.description),
                \(bind: draft.form?.rawValue), \(bind: draft.wgrForm?.rawValue), \(bind: draft.status?.rawValue),
                \(bind: draft.statusReason), \(bind: draft.start?.iso), \(bind: draft.end?.iso), \(bind: draft.legalBasis),
                \(bind: draft.seat), \(bind: draft.transferredPowers), \(bind: draft.councilReporting),
                \(bind: draft.confidentiality.rawValue), \(bind: now), \(bind: now), 1)
            """).run()
        try await writeRows(id: id, draft, now: now, in: db)
        try await AuditLog.record(.aangemaakt, .collaboration, id: id, version: 1,
                                  changes: AuditEntry.changes(from: [], to: (audited ?? draft).snapshot), by: viewer, in: db)
    }

    /// Writes `draft` over `stored`; returns the new version, or nil when nothing changed.
    static func replace(id: String, stored: Stored, with draft: CollaborationDraft, by viewer: Viewer,
                        in db: any SQLDatabase) async throws -> Int? {
        let changes = AuditEntry.changes(from: stored.draft.normalised.snapshot, to: draft.normalised.snapshot)
        guard !changes.isEmpty else { return nil }
        let version = stored.version + 1
        let now = Timestamp.now()
        try await VersionedUpdate.run("""
            UPDATE collaborations SET name = \(bind: draft.name), short_name = \(bind: draft.shortName),
                purpose = \(bind: draft.purpose), description = \(bind: draft.description), form = \(bind: draft.form?.rawValue),
                wgr_form = \(bind: draft.wgrForm?.rawValue), status = \(bind: draft.status?.rawValue),
                status_reason = \(bind: draft.statusReason), start_date = \(bind: draft.start?.iso), end_date = \(bind: draft.end?.iso),
                legal_basis = \(bind: draft.legalBasis), seat = \(bind: draft.seat), transferred_powers = \(bind: draft.transferredPowers),
                council_reporting = \(bind: draft.councilReporting), confidentiality = \(bind: draft.confidentiality.rawValue),
                updated_at = \(bind: now), version = \(bind: version)
            WHERE id = \(bind: id) AND version = \(bind: stored.version)
            """, table: "collaborations", kind: .collaboration, id: id, expected: stored.version, in: db)
        for table in childTables {
            try await db.raw("DELETE FROM \(unsafeRaw: table) AS c WHERE collaboration_id = \(bind: id) AND " + Catalog.shownChildRows(table, for: viewer)).run()
        }
        let keptAmounts = try await db.raw("SELECT COUNT(*) AS kept, MAX(position) AS last FROM collaboration_amounts WHERE collaboration_id = \(bind: id)")
            .first(decoding: KeptAmounts.self, with: rowDecoder)
        try await writeRows(id: id, draft, now: now, firstAmountPosition: keptAmounts.map { $0.kept > 0 ? ($0.last ?? -1) + 1 : 0 } ?? 0, in: db)
        try await AuditLog.record(.gewijzigd, .collaboration, id: id, version: version, changes: changes, by: viewer, in: db)
        return version
    }

    private struct KeptAmounts: Decodable { let kept: Int, last: Int? }

    /// The rows a draft owns; task agendas and sources are kept as they are.
    static let childTables = [
        "collaboration_province_roles", "collaboration_domains", "collaboration_tasks", "collaboration_bodies",
        "collaboration_participants", "collaboration_amounts", "collaboration_council_involvements", "collaboration_relations",
    ]

    private static func writeRows(id: String, _ draft: CollaborationDraft, now: String, firstAmountPosition: Int = 0,
                                  in db: any SQLDatabase) async throws {
        func insert(_ table: String, _ values: [String: (any Encodable & Sendable)?]) async throws {
            var row = values
            row["collaboration_id"] = id
            try await insertRow(table, row, now: now, in: db)
        }
        for role in draft.provinceRoles { try await insert("collaboration_province_roles", ["role": role.rawValue]) }
        for domain in draft.domains { try await insert("collaboration_domains", ["domain": domain]) }
        for task in draft.taskIDs { try await insert("collaboration_tasks", ["task_id": task]) }
        for body in draft.bodyIDs { try await insert("collaboration_bodies", ["body_id": body]) }
        for p in draft.participants {
            try await insert("collaboration_participants", [
                "organisation_id": p.organisationID, "role": p.role.rawValue, "start_date": p.start?.iso, "end_date": p.end?.iso,
            ])
        }
        for (position, a) in draft.amounts.enumerated() {
            try await insert("collaboration_amounts", [
                "position": firstAmountPosition + position, "description": a.description, "kind": a.kind.rawValue, "amount_cents": a.amount.cents,
                "currency": a.amount.currency, "organisation_id": a.organisationID, "period": a.period,
            ])
        }
        for level in draft.councilInvolvement { try await insert("collaboration_council_involvements", ["level": level.rawValue]) }
        for r in draft.related {
            try await insert("collaboration_relations", ["related_id": r.collaborationID, "relation": r.relation.rawValue])
        }
        try await RecordAccessRows.replace(.collaboration, id: id, with: draft.access, in: db)
    }

    /// The input as a draft, with every problem at once: the draft's own checks, and every
    /// record it names that does not exist, each named by its field as the input numbered it.
    /// `alsoExisting` are collaborations an import is about to add.
    /// A record the viewer may not see counts as one that does not exist: the answer never tells them apart.
    static func checked(_ input: CollaborationInput, selfID: String? = nil, alsoExisting collaborations: Set<String> = [],
                        by viewer: Viewer, in db: any SQLDatabase) async throws -> CollaborationDraft {
        var problems: [FieldProblem] = []
        var draft: CollaborationDraft?
        do { draft = try CollaborationDraft(input) } catch { problems = error.problems }
        problems += try await referenceProblems(input.references, selfID: selfID, alsoExisting: collaborations, by: viewer, in: db)
        if let draft { problems += try await RecordAccessRows.unknownGroupProblems(draft.access, in: db) }
        guard let draft, problems.isEmpty else { throw ValidationFailure(problems) }
        return draft
    }

    private static func referenceProblems(_ references: [NamedReference], selfID: String?, alsoExisting collaborations: Set<String>,
                                          by viewer: Viewer, in db: any SQLDatabase) async throws -> [FieldProblem] {
        var problems = try await ReferenceCheck.problems(references, alsoExisting: [.collaboration: collaborations], by: viewer, in: db)
        var reported: Set<NamedReference> = []
        for reference in references where reference.kind == .collaboration && reference.id == selfID && reported.insert(reference).inserted {
            problems.append(FieldProblem(field: reference.field, code: "ongeldig",
                                         message: "\(reference.field): een samenwerking kan niet aan zichzelf verwant zijn."))
        }
        return problems
    }

    static func freshID(_ requested: String?, name: String, in db: any SQLDatabase) async throws -> String {
        func taken(_ id: String) async throws -> Bool {
            try await db.raw("SELECT id FROM collaborations WHERE id = \(bind: id)").first() != nil
        }
        if let requested {
            guard Slug.isValid(requested) else {
                throw ValidationFailure(field: "id", message: "id ‘\(requested)’ is geen geldige id (kleine letters, cijfers en -).")
            }
            if try await taken(requested) {
                throw ValidationFailure(field: "id", code: "dubbel", message: "id ‘\(requested)’ is al in gebruik.")
            }
            return requested
        }
        let base = Slug.make(from: name)
        if !(try await taken(base)) { return base }
        return base + "-" + String(UUID().uuidString.lowercased().prefix(6))
    }

    /// `locking`: inside a write, hold the row until the transaction ends (`VersionedUpdate.lock`).
    static func current(id: String, for viewer: Viewer, locking: Bool = false, in db: any SQLDatabase) async throws -> Stored? {
        guard let row = try await db.raw("SELECT t.* FROM collaborations t WHERE t.id = \(bind: id) AND "
            + Catalog.visibility(of: "t", .collaboration, for: viewer) + (locking ? VersionedUpdate.lock("t", in: db) : ""))
            .first(decoding: StoredRow.self, with: rowDecoder)
        else { return nil }
        // Rows naming a record the viewer may not see are not part of what they edit (and stay
        // as they are when they save: `replace` keeps them).
        func codes(_ table: String, _ column: String) async throws -> [String] {
            try await db.raw("SELECT c.\(unsafeRaw: column) AS value FROM \(unsafeRaw: table) c WHERE c.collaboration_id = \(bind: id) AND "
                + Catalog.shownChildRows(table, for: viewer) + " ORDER BY c.\(unsafeRaw: column)")
                .all(decodingColumn: "value", as: String.self)
        }
        struct ParticipantRow: Decodable { let organisationId: String, role: String, startDate: String?, endDate: String? }
        struct AmountRow: Decodable {
            let description: String, kind: String, amountCents: Int64, currency: String, organisationId: String?, period: String?
        }
        struct RelationRow: Decodable { let relatedId: String, relation: String }
        let participants = try await db.raw("""
            SELECT organisation_id, role, start_date, end_date FROM collaboration_participants c
            WHERE collaboration_id = \(bind: id) AND
            """ + " " + Catalog.shownChildRows("collaboration_participants", for: viewer) + " ORDER BY organisation_id, role")
            .all(decoding: ParticipantRow.self, with: rowDecoder)
        let amounts = try await db.raw("""
            SELECT description, kind, amount_cents, currency, organisation_id, period FROM collaboration_amounts c
            WHERE collaboration_id = \(bind: id) AND
            """ + " " + Catalog.shownChildRows("collaboration_amounts", for: viewer) + " ORDER BY position")
            .all(decoding: AmountRow.self, with: rowDecoder)
        let relations = try await db.raw("""
            SELECT related_id, relation FROM collaboration_relations c WHERE collaboration_id = \(bind: id) AND
            """ + " " + Catalog.shownChildRows("collaboration_relations", for: viewer) + " ORDER BY related_id, relation")
            .all(decoding: RelationRow.self, with: rowDecoder)
        let table = "collaborations"
        let draft = CollaborationDraft(
            name: row.name, shortName: row.shortName, purpose: row.purpose, description: row.description,
            form: try row.form.map { try vocabulary($0, table, id) }, wgrForm: try row.wgrForm.map { try vocabulary($0, table, id) },
            status: try row.status.map { try vocabulary($0, table, id) }, statusReason: row.statusReason,
            start: partialDate(row.startDate), end: partialDate(row.endDate),
            provinceRoles: try await codes("collaboration_province_roles", "role").map { try vocabulary($0, table, id) },
            domains: try await codes("collaboration_domains", "domain"),
            taskIDs: try await codes("collaboration_tasks", "task_id"),
            bodyIDs: try await codes("collaboration_bodies", "body_id"),
            participants: try participants.map {
                .init(organisationID: $0.organisationId, role: try vocabulary($0.role, table, id),
                      start: partialDate($0.startDate), end: partialDate($0.endDate))
            },
            amounts: try amounts.map {
                .init(description: $0.description, kind: try vocabulary($0.kind, table, id),
                      amount: Money(cents: $0.amountCents, currency: $0.currency), organisationID: $0.organisationId, period: $0.period)
            },
            councilInvolvement: try await codes("collaboration_council_involvements", "level").map { try vocabulary($0, table, id) },
            councilReporting: row.councilReporting, legalBasis: row.legalBasis, seat: row.seat,
            transferredPowers: row.transferredPowers,
            related: try relations.map { .init(collaborationID: $0.relatedId, relation: try vocabulary($0.relation, table, id)) },
            confidentiality: Confidentiality(rawValue: row.confidentiality) ?? .vertrouwelijk,
            access: try await RecordAccessRows.read(.collaboration, id: id, in: db))
        return Stored(draft: draft, version: row.version, archivedAt: row.archivedAt)
    }

    private struct StoredRow: Decodable {
        let name: String, shortName: String?, purpose: String?, description: String?, form: String?, wgrForm: String?
        let status: String?, statusReason: String?, startDate: String?, endDate: String?, legalBasis: String?
        let seat: String?, transferredPowers: String?, councilReporting: String?, confidentiality: String
        let archivedAt: String?, version: Int
    }

    private static func authorise(_ draft: CollaborationDraft, by viewer: Viewer) throws {
        try EditPermission.check("samenwerkingen", confidentiality: draft.confidentiality, access: draft.access, by: viewer)
    }
}
