import SQLKit
import TafelCore

/// Removing a body, a meeting or a programme for good. A record that other records still
/// name is not removed (a body with meetings, a meeting whose action item another agenda
/// carries): it would leave them pointing at nothing. Nor is a record that holds parts the
/// remover may not see, which they would destroy unseen. What the record owns (members,
/// agenda, themes, its sources and access rows) goes with it; its history stays, closed by
/// a "verwijderd" entry with its last state.
enum RecordDeletion {
    /// Something that may name the record: the Dutch noun for one and for many, and the
    /// query that counts how many do (one column `n`).
    struct Use: Sendable {
        let one: String
        let many: String
        let count: SQLQueryString

        init(_ one: String, _ many: String, _ count: SQLQueryString) {
            self.one = one; self.many = many; self.count = count
        }
    }

    /// What still names the record, as "3 bijeenkomsten", "1 programma"; empty when nothing does.
    /// Counts records the viewer may not see too: they would dangle just the same.
    private static func uses(_ uses: [Use], in db: any SQLDatabase) async throws -> [String] {
        var found: [String] = []
        for use in uses {
            let n = try await db.raw(use.count).first(decodingColumn: "n", as: Int.self) ?? 0
            if n > 0 { found.append("\(n) \(n == 1 ? use.one : use.many)") }
        }
        return found
    }

    /// The refusal for a record still named by `uses` (from `uses(_:in:)`), or nil when nothing names it.
    private static func refusal(_ kind: RecordKind, id: String, uses: [String]) -> DeletionRefused? {
        guard !uses.isEmpty else { return nil }
        return DeletionRefused(kind: kind, id: id, reason: "\(Self.sentence(uses)) \(uses.count == 1 && uses[0].hasPrefix("1 ") ? "verwijst" : "verwijzen") er nog naar. Haal die verwijzingen eerst weg.")
    }

    private static func hiddenPartsRefusal(_ kind: RecordKind, id: String, parts: String) -> DeletionRefused {
        DeletionRefused(kind: kind, id: id, reason: "er staan \(parts) in die u niet mag zien. Vraag een beheerder om te verwijderen.")
    }

    /// What one kind of record needs for its removal: its table, what may name it, what it owns
    /// (table and column naming the record, children first) and how its messages name it.
    struct Target: Sendable {
        let kind: RecordKind
        let table: String
        /// "gremia": who may remove them, in the role message.
        let plural: String
        /// "dit gremium": in the scope message.
        let this: String
        let uses: [Use]
        let owned: [(table: String, column: String)]
    }

    /// The stored record as far as its removal needs it.
    struct Found {
        let access: [Group]
        let version: Int
        /// "leden", "deelnemers" the viewer may not see, or nil when they see all of it.
        let hiddenParts: String?
        let snapshot: [(String, String?)]
    }

    /// Why the record may not be removed by `viewer` (nil: it may): for the confirmation page,
    /// before the button. The same checks as `remove`, without the version.
    static func refusal(_ target: Target, id: String, by viewer: Viewer, in database: Database,
                        find: @Sendable (any SQLDatabase) async throws -> Found?) async throws -> DeletionRefused? {
        try EditPermission.checkRole(target.plural, of: viewer)
        guard let found = try await find(database.sql) else { throw RecordNotVisible(kind: target.kind, id: id) }
        return try await refusal(target, id: id, found: found, by: viewer, in: database.sql)
    }

    /// Removes the record, provided it is still at `expected` (required) and nothing refuses it.
    static func remove(_ target: Target, id: String, expected: Int?, by viewer: Viewer, in database: Database,
                       find: @escaping @Sendable (any SQLDatabase) async throws -> Found?) async throws {
        try EditPermission.checkRole(target.plural, of: viewer)
        try await database.transaction { db in
            guard let found = try await find(db) else { throw RecordNotVisible(kind: target.kind, id: id) }
            if let refusal = try await refusal(target, id: id, found: found, by: viewer, in: db) { throw refusal }
            guard let expected else { throw VersionRequired(kind: target.kind, id: id) }
            guard expected == found.version else {
                throw VersionConflict(kind: target.kind, id: id, expected: expected, current: found.version)
            }
            for (child, column) in target.owned {
                try await db.raw("DELETE FROM \(ident: child) WHERE \(ident: column) = \(bind: id)").run()
            }
            for generic in ["sources", "record_access"] {
                try await db.raw("DELETE FROM \(ident: generic) WHERE subject_kind = \(bind: target.kind.rawValue) AND subject_id = \(bind: id)").run()
            }
            try await VersionedUpdate.run("DELETE FROM \(ident: target.table) WHERE id = \(bind: id) AND version = \(bind: found.version)",
                                          table: target.table, kind: target.kind, id: id, expected: found.version, in: db)
            try await AuditLog.record(.verwijderd, target.kind, id: id, version: found.version + 1,
                                      changes: AuditEntry.changes(from: found.snapshot, to: found.snapshot.map { ($0.0, nil) }),
                                      by: viewer, in: db)
        }
    }

    private static func refusal(_ target: Target, id: String, found: Found, by viewer: Viewer,
                                in db: any SQLDatabase) async throws -> DeletionRefused? {
        guard viewer.mayEdit(recordGroups: Set(found.access)) else {
            throw AccessDenied("U mag \(target.this) niet verwijderen: u bent geen redacteur van een organisatie of gremium in de toegang.")
        }
        if let parts = found.hiddenParts { return hiddenPartsRefusal(target.kind, id: id, parts: parts) }
        return refusal(target.kind, id: id, uses: try await uses(target.uses, in: db))
    }

    /// "a, b en c".
    private static func sentence(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " en " + parts[parts.count - 1]
    }
}
