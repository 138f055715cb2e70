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
}
