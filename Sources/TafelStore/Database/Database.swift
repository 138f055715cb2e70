import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit
import Synchronization
import TafelCore

/// The SQL database Tafel runs on: an embedded SQLite file or a PostgreSQL server,
/// behind one `any SQLDatabase`. Dialect-specific SQL only where it must differ.
public final class Database: Sendable {
    public enum Backend: String, Sendable { case sqlite, postgres }

    public let backend: Backend
    public let location: DatabaseLocation
    /// A pooled database: each query may use another connection. Use `transaction` for
    /// work that must see one connection.
    public let sql: any SQLDatabase
    private let closePool: @Sendable () async throws -> Void
    private let commitCount = Atomic<UInt64>(0)

    /// How many transactions this process has committed: a change tells caches that their
    /// answers may be out of date. Writes by other processes are not counted.
    public var commits: UInt64 { commitCount.load(ordering: .acquiring) }

    private init(backend: Backend, location: DatabaseLocation, sql: any SQLDatabase,
                 close: @escaping @Sendable () async throws -> Void) {
        self.backend = backend
        self.location = location
        self.sql = sql
        self.closePool = close
    }

    /// Opens the database and checks that it answers; SQLite files (and their folder)
    /// are created on first use, in WAL mode with foreign keys on.
    ///
    /// `postgresSchema` (PostgreSQL only; ignored for SQLite) keeps everything in that schema:
    /// it is created if missing and made the connections' only `search_path` entry, so that
    /// several users of one database (such as tests running in parallel) do not meet.
    public static func open(
        _ location: DatabaseLocation, logger: Logger, postgresSchema: String? = nil
    ) async throws(DatabaseError) -> Database {
        let database: Database
        switch location {
        case .sqlite(let path):
            database = try openSQLite(path: path, location: location, logger: logger)
        case .postgres(let url):
            database = try openPostgres(url: url, location: location, schema: postgresSchema, logger: logger)
        }
        do {
            try await database.ping()
            switch database.backend {
            case .sqlite:
                try await database.sql.raw("PRAGMA journal_mode=WAL").run()
            case .postgres:
                if let postgresSchema {
                    try await database.sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: postgresSchema)").run()
                }
            }
        } catch {
            try? await database.close()
            throw DatabaseError.unreachable(location: location, underlying: error)
        }
        return database
    }

    private static func openSQLite(path: String, location: DatabaseLocation, logger: Logger) throws(DatabaseError) -> Database {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
        } catch {
            throw DatabaseError.cannotCreate(path: url.path, underlying: error)
        }
        let source = SQLiteConnectionSource(
            configuration: SQLiteConfiguration(storage: .file(path: url.path), enableForeignKeys: true))
        let pool = SendablePool(pool: EventLoopGroupConnectionPool(
            source: source, maxConnectionsPerEventLoop: 2, logger: logger, on: MultiThreadedEventLoopGroup.singleton))
        return Database(backend: .sqlite, location: location,
                        sql: PooledSQLiteDatabase(pool: pool, logger: logger),
                        close: { try await pool.pool.shutdownAsync() })
    }

    private static func openPostgres(
        url: String, location: DatabaseLocation, schema: String?, logger: Logger
    ) throws(DatabaseError) -> Database {
        var configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw DatabaseError.invalidURL(location: location)
        }
        if let schema { configuration.searchPath = [schema] }
        let pool = SendablePool(pool: EventLoopGroupConnectionPool(
            source: PostgresConnectionSource(sqlConfiguration: configuration), maxConnectionsPerEventLoop: 4,
            requestTimeout: .seconds(10), logger: logger, on: MultiThreadedEventLoopGroup.singleton))
        return Database(backend: .postgres, location: location,
                        sql: pool.pool.database(logger: logger).sql(queryLogLevel: .trace),
                        close: { try await pool.pool.shutdownAsync() })
    }

    /// Runs `body` on one connection inside a transaction: committed when it returns,
    /// rolled back when it throws. Use only the database passed to `body` inside it.
    public func transaction<T: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await sql.withSession { session in
            // IMMEDIATE: a SQLite writer takes the write lock up front, so a read-then-write cannot fail halfway.
            try await session.raw(self.backend == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
            do {
                let result = try await body(session)
                try await session.raw("COMMIT").run()
                self.commitCount.add(1, ordering: .releasing)
                return result
            } catch {
                try? await session.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Answers whether the database can be reached (for `/readyz`).
    public func ping() async throws {
        _ = try await sql.raw("SELECT 1 AS alive").first()
    }

    public func close() async throws {
        try await closePool()
    }
}
