import SQLKit

extension Database {
    /// What SQLite's `PRAGMA integrity_check` finds wrong with the file, FTS5's index included;
    /// empty when the file is sound. PostgreSQL keeps its own consistency: nothing to report.
    public func integrityProblems() async throws -> [String] {
        guard backend == .sqlite else { return [] }
        return try await sql.withSession { session in try await Self.integrityProblems(on: session) }
    }

    /// FTS5 (SQLite 3.54.1) checks its index against the structure that this connection cached
    /// when it last read the table, without asking whether another connection has written since:
    /// on a pooled connection the bare pragma can report "fts5: checksum mismatch" for a sound
    /// index. Opening a cursor renews that structure, so each FTS5 table is read first, in the same
    /// read transaction as the check, which then sees one snapshot throughout.
    static func integrityProblems(on session: any SQLDatabase) async throws -> [String] {
        try await session.raw("BEGIN").run()
        do {
            let tables = try await session.raw("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")
                .all(decodingColumn: "name", as: String.self)
            for table in tables { _ = try await session.raw("SELECT rowid FROM \(ident: table) LIMIT 1").all() }
            let lines = try await session.raw("PRAGMA integrity_check").all(decodingColumn: "integrity_check", as: String.self)
            try await session.raw("COMMIT").run()
            return lines == ["ok"] ? [] : lines
        } catch {
            try? await session.raw("ROLLBACK").run()
            throw error
        }
    }
}
