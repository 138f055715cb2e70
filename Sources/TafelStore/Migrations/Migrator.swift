import Foundation
import Logging
import SQLKit

/// Brings a database's schema up to date, one migration per transaction, recording
/// each in `schema_migrations`. On PostgreSQL an advisory lock keeps two starting
/// instances from migrating at once.
public struct Migrator: Sendable {
    public let database: Database
    public let migrations: [Migration]
    public let logger: Logger

    public init(database: Database, migrations: [Migration] = Migrations.all, logger: Logger) {
        self.database = database
        self.migrations = migrations
        self.logger = logger
    }

    /// Applies what is pending and returns the versions it applied.
    @discardableResult
    public func migrate() async throws(DatabaseError) -> [Int] {
        do {
            try await database.sql.raw("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                )
                """).run()
        } catch {
            throw .unreachable(location: database.location, underlying: error)
        }
        var applied: [Int] = []
        for migration in migrations {
            let didApply: Bool
            do {
                didApply = try await apply(migration)
            } catch {
                throw .migrationFailed(version: migration.version, name: migration.name, underlying: error)
            }
            if didApply {
                applied.append(migration.version)
                logger.info("migratie toegepast", metadata: ["versie": "\(migration.version)", "naam": "\(migration.name)"])
            }
        }
        let known = migrations.map(\.version).max() ?? 0
        let current = try? await currentVersion()
        if let current, current > known {
            throw .newerSchema(found: current, known: known)
        }
        if let current, current >= m0004Reliability.version {
            database.startTrackingDataVersion()
            do {
                // New: this run made the schema, and (SQLite) the file did not exist before.
                _ = try await Installation(database: database)
                    .recordStart(isNew: applied.contains(1) && database.createdByThisOpen)
            } catch {
                throw .unreachable(location: database.location, underlying: error)
            }
        }
        if let current, current >= m0018SearchIndex.version {
            do {
                try await SearchIndex.bringUpToDate(database)
            } catch {
                throw .migrationFailed(version: m0018SearchIndex.version, name: m0018SearchIndex.name, underlying: error)
            }
        }
        return applied
    }

    /// The highest applied version, or 0 for an empty database.
    public func currentVersion() async throws -> Int {
        let row = try await database.sql.raw("SELECT MAX(version) AS version FROM schema_migrations").first()
        return try row?.decodeNil(column: "version") == false ? try row!.decode(column: "version", as: Int.self) : 0
    }

    private func apply(_ migration: Migration) async throws -> Bool {
        let backend = database.backend
        return try await database.transaction { db in
            if backend == .postgres {
                try await db.raw("SELECT pg_advisory_xact_lock(7212026)").run()
            }
            let done = try await db.raw("SELECT version FROM schema_migrations WHERE version = \(bind: migration.version)").first()
            guard done == nil else { return false }
            for statement in migration.statements(backend) {
                try await db.raw(SQLQueryString(statement)).run()
            }
            try await db.raw("""
                INSERT INTO schema_migrations (version, name, applied_at)
                VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Timestamp.now()))
                """).run()
            return true
        }
    }
}

/// ISO 8601 UTC timestamps as stored in every table.
public enum Timestamp {
    public static func now() -> String { string(Date()) }

    public static func string(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(.colon).timeZone(separator: .omitted))
    }

    public static func date(_ text: String) -> Date {
        (try? Date(text, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0)
    }
}
