import SQLKit
import TafelCore

/// Optimistic concurrency at the row: an update of a versioned record names the version
/// it was based on in its `WHERE` and must change exactly that one row. When another
/// writer got there first (PostgreSQL runs transactions side by side), nothing is written
/// and the caller's transaction rolls back with a `VersionConflict`.
enum VersionedUpdate {
    /// Runs `statement`, an `UPDATE table … WHERE id = … AND version = expected`.
    static func run(_ statement: SQLQueryString, table: String, kind: RecordKind, id: String, expected: Int,
                    in db: any SQLDatabase) async throws {
        guard try await db.raw(statement + " RETURNING version").first() == nil else { return }
        let current = try await db.raw("SELECT version FROM \(ident: table) WHERE id = \(bind: id)")
            .first(decodingColumn: "version", as: Int.self)
        guard let current else { throw RecordNotVisible(kind: kind, id: id) }
        throw VersionConflict(kind: kind, id: id, expected: expected, current: current)
    }

    /// `FOR UPDATE OF alias` on PostgreSQL, so that a read-then-write holds the row until it
    /// commits and a second writer reads the version the first one wrote; SQLite already
    /// serialises writers and has no such clause.
    static func lock(_ alias: String, in db: any SQLDatabase) -> SQLQueryString {
        db.dialect.name == "postgresql" ? " FOR UPDATE OF \(unsafeRaw: alias)" : ""
    }

    /// What an edit found stored, as far as the shared steps need it.
    struct Found {
        let access: [Group]
        let version: Int
        let snapshot: [(String, String?)]
    }

    /// The steps every edit shares once its input is checked and allowed, inside its transaction:
    /// the record found for the viewer must be theirs to change (`notYours`), and
    /// the edit must name the version it read, still the one stored (`VersionRequired`,
    /// `VersionConflict`). Then, if anything changed, the version goes up, `write` writes the
    /// record, and its history records the changes. Returns the version now stored.
    static func edit(_ kind: RecordKind, table: String, id: String, expected: Int?, found: Found, typed: [(String, String?)],
                     notYours: String, by viewer: Viewer, in db: any SQLDatabase,
                     write: (_ now: String) async throws -> Void) async throws -> Int {
        guard viewer.mayEdit(recordGroups: Set(found.access)) else { throw AccessDenied(notYours) }
        guard let expected else { throw VersionRequired(kind: kind, id: id) }
        if expected != found.version { throw VersionConflict(kind: kind, id: id, expected: expected, current: found.version) }
        let changes = AuditEntry.changes(from: found.snapshot, to: typed)
        guard !changes.isEmpty else { return found.version }
        let version = found.version + 1
        let now = Timestamp.now()
        try await run("""
            UPDATE \(ident: table) SET updated_at = \(bind: now), version = \(bind: version) WHERE id = \(bind: id) AND version = \(bind: found.version)
            """, table: table, kind: kind, id: id, expected: found.version, in: db)
        try await write(now)
        try await AuditLog.record(.gewijzigd, kind, id: id, version: version, changes: changes, by: viewer, in: db)
        return version
    }
}
