import Foundation
import SQLKit
import TafelCore

/// Adding and changing portfolio programmes (docs/PROGRAMMAS.md): the editor's role and scope,
/// that every record named exists, the version an edit was based on; the programme, its rows
/// and its history entry in one transaction.
///
/// What names a record the editor may not see is not in their form and is kept when they save:
/// a link (the chair, a body), a partner, task or collaboration, a theme's task and a planned
/// meeting's body (the latter two when the row keeps its place and its text).
public struct ProgrammeEditor: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public struct Stored: Sendable {
        /// What the viewer may see and edit.
        public var draft: ProgrammeDraft
        public var version: Int
        var hiddenLinks: [String: String] = [:]
        var hiddenPartners: [String] = []
        var hiddenTasks: [String] = []
        var hiddenCollaborations: [String] = []
        /// By position: a theme's task and a plan's body the viewer may not see, with the row's text.
        var hiddenThemeTasks: [Int: (name: String, taskID: String)] = [:]
        var hiddenPlanBodies: [Int: (description: String, bodyID: String)] = [:]
    }

    static let plural = "programma's"

    public func create(_ input: ProgrammeInput, by viewer: Viewer) async throws -> String {
        try EditPermission.checkRole(Self.plural, of: viewer)
        return try await database.transaction { db in
            let draft = try await Self.checked(input, by: viewer, in: db)
            try EditPermission.check(Self.plural, confidentiality: draft.confidentiality, access: draft.access, by: viewer)
            let id = try await FreshID.make(Slug.make(from: draft.name), in: "programmes", db)
            let now = Timestamp.now()
            try await db.raw("""
                INSERT INTO programmes (id, name, portfolio, status, confidentiality, created_at, updated_at, version)
                VALUES (\(bind: id), \(bind: draft.name), \(bind: draft.portfolio), \(bind: draft.status.rawValue),
                        \(bind: draft.confidentiality.rawValue), \(bind: now), \(bind: now), 1)
                """).run()
            try await Self.write(id: id, draft, keeping: Stored(draft: draft, version: 1), now: now, in: db)
            try await AuditLog.record(.aangemaakt, .programme, id: id, version: 1,
                                      changes: AuditEntry.changes(from: [], to: draft.snapshot), by: viewer, in: db)
            return id
        }
    }

    @discardableResult
    public func update(id: String, _ input: ProgrammeInput, expectedVersion: Int?, by viewer: Viewer) async throws -> Int {
        try EditPermission.checkRole(Self.plural, of: viewer)
        return try await database.transaction { db in
            let draft = try await Self.checked(input, by: viewer, in: db)
            try EditPermission.check(Self.plural, confidentiality: draft.confidentiality, access: draft.access, by: viewer)
            guard let stored = try await Self.current(id: id, for: viewer, locking: true, in: db) else {
                throw RecordNotVisible(kind: .programme, id: id)
            }
            return try await VersionedUpdate.edit(
                .programme, table: "programmes", id: id, expected: expectedVersion,
                found: .init(access: stored.draft.access, version: stored.version, snapshot: stored.draft.snapshot), typed: draft.snapshot,
                notYours: "U mag dit programma niet wijzigen: het valt buiten de organisaties en gremia waarvoor u redacteur bent.",
                by: viewer, in: db) { now in
                try await Self.write(id: id, draft, keeping: stored, now: now, in: db)
            }
        }
    }

    public func current(id: String, for viewer: Viewer) async throws -> Stored? {
        try await Self.current(id: id, for: viewer, in: database.sql)
    }

    // MARK: - Steps

    /// Replaces the programme's fields and rows with the draft's, adding back what `stored` kept hidden.
    private static func write(id: String, _ draft: ProgrammeDraft, keeping stored: Stored, now: String, in db: any SQLDatabase) async throws {
        let links = draft.links.filled(from: stored.hiddenLinks)
        try await db.raw("""
            UPDATE programmes SET name = \(bind: draft.name), portfolio = \(bind: draft.portfolio), goal = \(bind: draft.goal),
                status = \(bind: draft.status.rawValue), description = \(bind: draft.description), owner_id = \(bind: links.ownerID),
                body_id = \(bind: links.bodyID), chair_id = \(bind: links.chairID), official_body_id = \(bind: links.officialBodyID),
                official_chair_id = \(bind: links.officialChairID), core_group_id = \(bind: links.coreGroupID),
                vng_committee_id = \(bind: links.vngCommitteeID), vng_member_id = \(bind: links.vngMemberID),
                confidentiality = \(bind: draft.confidentiality.rawValue)
            WHERE id = \(bind: id)
            """).run()
        for table in ["programme_themes", "programme_meetings", "programme_partners", "programme_tasks", "programme_collaborations"] {
            try await db.raw("DELETE FROM \(ident: table) WHERE programme_id = \(bind: id)").run()
        }
        for (index, theme) in draft.themes.enumerated() {
            let position = index + 1
            let hidden = stored.hiddenThemeTasks[position].flatMap { $0.name == theme.name && theme.taskID == nil ? $0.taskID : nil }
            try await insertRow("programme_themes", [
                "programme_id": id, "position": position, "parent_position": theme.parent, "name": theme.name,
                "task_id": theme.taskID ?? hidden,
            ], now: now, in: db)
        }
        for (index, plan) in draft.meetingPlans.enumerated() {
            let position = index + 1
            let hidden = stored.hiddenPlanBodies[position].flatMap { $0.description == plan.description && plan.bodyID == nil ? $0.bodyID : nil }
            try await insertRow("programme_meetings", [
                "programme_id": id, "position": position, "description": plan.description, "kind": plan.kind?.rawValue,
                "per_year_min": plan.perYearMin, "per_year_max": plan.perYearMax, "body_id": plan.bodyID ?? hidden,
            ], now: now, in: db)
        }
        for (index, organisation) in (draft.partnerIDs + stored.hiddenPartners.filter { !draft.partnerIDs.contains($0) }).enumerated() {
            try await insertRow("programme_partners", ["programme_id": id, "position": index + 1, "organisation_id": organisation], now: now, in: db)
        }
        for task in Set(draft.taskIDs + stored.hiddenTasks).sorted() {
            try await insertRow("programme_tasks", ["programme_id": id, "task_id": task], now: now, in: db)
        }
        for collaboration in Set(draft.collaborationIDs + stored.hiddenCollaborations).sorted() {
            try await insertRow("programme_collaborations", ["programme_id": id, "collaboration_id": collaboration], now: now, in: db)
        }
        try await RecordAccessRows.replace(.programme, id: id, with: draft.access, in: db)
    }

    private static func checked(_ input: ProgrammeInput, by viewer: Viewer, in db: any SQLDatabase) async throws -> ProgrammeDraft {
        var problems: [FieldProblem] = []
        var draft: ProgrammeDraft?
        do { draft = try ProgrammeDraft(input) } catch { problems = error.problems }
        problems += try await ReferenceCheck.problems(input.references, by: viewer, in: db)
        if let draft { problems += try await RecordAccessRows.unknownGroupProblems(draft.access, in: db) }
        guard let draft, problems.isEmpty else { throw ValidationFailure(problems) }
        return draft
    }

    static func current(id: String, for viewer: Viewer, locking: Bool = false, in db: any SQLDatabase) async throws -> Stored? {
        struct Row: Decodable {
            let name: String, portfolio: String, goal: String?, status: String, description: String?
            let ownerId: String?, bodyId: String?, chairId: String?, officialBodyId: String?, officialChairId: String?
            let coreGroupId: String?, vngCommitteeId: String?, vngMemberId: String?
            let confidentiality: String, version: Int
        }
        guard let row = try await db.raw("""
            SELECT name, portfolio, goal, status, description, owner_id, body_id, chair_id, official_body_id, official_chair_id,
                   core_group_id, vng_committee_id, vng_member_id, confidentiality, version
            FROM programmes t WHERE t.id = \(bind: id) AND
            """ + " " + Catalog.visibility(of: "t", .programme, for: viewer) + (locking ? VersionedUpdate.lock("t", in: db) : ""))
            .first(decoding: Row.self, with: rowDecoder)
        else { return nil }
        let links: [(field: String, value: String?, kind: NamedReference.Kind)] = [
            ("eigenaar", row.ownerId, .organisation), ("bestuurlijkOverleg", row.bodyId, .body), ("bestuurlijkVoorzitter", row.chairId, .person),
            ("ambtelijkOverleg", row.officialBodyId, .body), ("ambtelijkVoorzitter", row.officialChairId, .person),
            ("kerngroep", row.coreGroupId, .body), ("vngCommissie", row.vngCommitteeId, .body), ("vngCommissielid", row.vngMemberId, .person),
        ]
        struct ThemeRow: Decodable { let position: Int, parentPosition: Int?, name: String, taskId: String? }
        let themeRows = try await db.raw("""
            SELECT position, parent_position, name, task_id FROM programme_themes WHERE programme_id = \(bind: id) ORDER BY position
            """).all(decoding: ThemeRow.self, with: rowDecoder)
        struct PlanRow: Decodable {
            let position: Int, description: String, kind: String?, perYearMin: Int?, perYearMax: Int?, bodyId: String?
        }
        let planRows = try await db.raw("""
            SELECT position, description, kind, per_year_min, per_year_max, body_id FROM programme_meetings
            WHERE programme_id = \(bind: id) ORDER BY position
            """).all(decoding: PlanRow.self, with: rowDecoder)
        let partnerIDs = try await db.raw("SELECT organisation_id FROM programme_partners WHERE programme_id = \(bind: id) ORDER BY position")
            .all(decodingColumn: "organisation_id", as: String.self)
        let taskIDs = try await db.raw("SELECT task_id FROM programme_tasks WHERE programme_id = \(bind: id) ORDER BY task_id")
            .all(decodingColumn: "task_id", as: String.self)
        let collaborationIDs = try await db.raw("""
            SELECT collaboration_id FROM programme_collaborations WHERE programme_id = \(bind: id) ORDER BY collaboration_id
            """).all(decodingColumn: "collaboration_id", as: String.self)

        // Every record the programme names, checked for the viewer in one query per kind.
        let named = links.compactMap { link in link.value.map { NamedReference(field: link.field, kind: link.kind, id: $0) } }
            + themeRows.compactMap { $0.taskId.map { NamedReference(field: "themas", kind: .task, id: $0) } }
            + planRows.compactMap { $0.bodyId.map { NamedReference(field: "bijeenkomsten", kind: .body, id: $0) } }
            + partnerIDs.map { NamedReference(field: "partners", kind: .organisation, id: $0) }
            + taskIDs.map { NamedReference(field: "opgaven", kind: .task, id: $0) }
            + collaborationIDs.map { NamedReference(field: "samenwerkingen", kind: .collaboration, id: $0) }
        let seen = try await ReferenceCheck.visibleIDs(named, by: viewer, in: db)
        func visible(_ id: String, _ kind: NamedReference.Kind) -> Bool { seen[kind]?.contains(id) == true }

        var shownLinks: [String: String] = [:]
        var hiddenLinks: [String: String] = [:]
        for link in links {
            guard let value = link.value else { continue }
            if visible(value, link.kind) { shownLinks[link.field] = value } else { hiddenLinks[link.field] = value }
        }
        var themes: [ProgrammeDraft.Theme] = []
        var hiddenThemeTasks: [Int: (name: String, taskID: String)] = [:]
        for theme in themeRows {
            var task = theme.taskId
            if let taskID = task, !visible(taskID, .task) { hiddenThemeTasks[theme.position] = (theme.name, taskID); task = nil }
            themes.append(.init(name: theme.name, parent: theme.parentPosition, taskID: task))
        }
        var plans: [ProgrammeDraft.MeetingPlan] = []
        var hiddenPlanBodies: [Int: (description: String, bodyID: String)] = [:]
        for plan in planRows {
            var body = plan.bodyId
            if let bodyID = body, !visible(bodyID, .body) { hiddenPlanBodies[plan.position] = (plan.description, bodyID); body = nil }
            plans.append(.init(description: plan.description, kind: try plan.kind.map { try vocabulary($0, "programme_meetings", id) },
                               perYearMin: plan.perYearMin, perYearMax: plan.perYearMax, bodyID: body))
        }
        func split(_ ids: [String], _ kind: NamedReference.Kind) -> (shown: [String], hidden: [String]) {
            (ids.filter { visible($0, kind) }, ids.filter { !visible($0, kind) })
        }
        let partners = split(partnerIDs, .organisation)
        let tasks = split(taskIDs, .task)
        let collaborations = split(collaborationIDs, .collaboration)
        let draft = ProgrammeDraft(
            name: row.name, portfolio: row.portfolio, goal: row.goal, status: try vocabulary(row.status, "programmes", id),
            description: row.description, links: ProgrammeDraft.Links(shownLinks), themes: themes, meetingPlans: plans,
            partnerIDs: partners.shown, taskIDs: tasks.shown, collaborationIDs: collaborations.shown,
            confidentiality: Confidentiality(rawValue: row.confidentiality) ?? .vertrouwelijk,
            access: try await RecordAccessRows.read(.programme, id: id, in: db))
        return Stored(draft: draft, version: row.version, hiddenLinks: hiddenLinks, hiddenPartners: partners.hidden,
                      hiddenTasks: tasks.hidden, hiddenCollaborations: collaborations.hidden, hiddenThemeTasks: hiddenThemeTasks,
                      hiddenPlanBodies: hiddenPlanBodies)
    }
}
