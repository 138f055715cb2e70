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
    /// SQLite: the file did not exist before this open (PostgreSQL: always true; whether
    /// the schema is new is the migrator's to tell).
    public let createdByThisOpen: Bool
    private let closePool: @Sendable () async throws -> Void
    /// SQLite only: write transactions queue here, one at a time (`WriteGate`).
    private let writeGate: WriteGate?
    private let tracksDataVersion = Atomic<Bool>(false)

    /// How long a write waits for its turn before it is refused with `DatabaseBusy`.
    public static let writeTimeout: Duration = .seconds(10)
    /// How long SQLite waits for another process's write lock before it answers busy.
    static let sqliteBusyTimeout: Duration = .seconds(5)
    /// SQLite connections per event loop; the blocking pool has one thread more than all of them.
    static let sqliteConnectionsPerEventLoop = 2

    private init(backend: Backend, location: DatabaseLocation, sql: any SQLDatabase, createdByThisOpen: Bool = true,
                 close: @escaping @Sendable () async throws -> Void) {
        self.createdByThisOpen = createdByThisOpen
        self.backend = backend
        self.location = location
        self.sql = sql
        self.closePool = close
        self.writeGate = backend == .sqlite ? WriteGate() : nil
        self.dataVersionRead = SharedRead { [sql] in
            try await sql.raw("SELECT version FROM data_version").first(decodingColumn: "version", as: Int64.self) ?? 0
        }
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
        let existed = FileManager.default.fileExists(atPath: url.path)
        let loops = MultiThreadedEventLoopGroup.singleton
        let connections = sqliteConnectionsPerEventLoop * Array(loops.makeIterator()).count
        let threads = NIOThreadPool(numberOfThreads: connections + 1)
        threads.start()
        let source = SQLiteSource(path: url.path, threadPool: threads, busyTimeout: sqliteBusyTimeout)
        let pool = SendablePool(pool: EventLoopGroupConnectionPool(
            source: source, maxConnectionsPerEventLoop: sqliteConnectionsPerEventLoop,
            requestTimeout: .seconds(Int64(writeTimeout.components.seconds)), logger: logger, on: loops))
        return Database(backend: .sqlite, location: location,
                        sql: PooledSQLiteDatabase(pool: pool, logger: logger), createdByThisOpen: !existed,
                        close: {
                            try await pool.pool.shutdownAsync()
                            try await threads.shutdownGracefully()
                        })
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
    ///
    /// On SQLite, transactions of this process take turns (`WriteGate`): a writer that
    /// cannot start within `writeTimeout` gets `DatabaseBusy`, as does one that finds the
    /// file locked by another process for longer than SQLite's busy timeout. Unique-key
    /// violations come back as `DuplicateKey`. A commit that `changesRecords` raises the data
    /// version (bookkeeping such as sessions, sign-in attempts and accounts does not: nothing
    /// the public sees depends on it, so it must not empty every cache).
    public func transaction<T: Sendable>(
        waitingAtMost timeout: Duration = writeTimeout, changesRecords: Bool = true,
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await takingTurns(timeout) { try await self.runTransaction(attaching: nil, changesRecords: changesRecords, body) }
    }

    /// A single bookkeeping statement (sessions, tokens, accounts, sign-in attempts) outside any
    /// larger transaction: it takes its turn the same way, and leaves the data version alone.
    public func write(_ statement: SQLQueryString) async throws {
        try await transaction(changesRecords: false) { db in try await db.raw(statement).run() }
    }

    /// A transaction on one connection that also sees the SQLite file at `path` as schema
    /// `name` (attached before the transaction starts, detached after it ends): how a
    /// restore copies a backup's rows in one all-or-nothing step. SQLite only.
    func transaction<T: Sendable>(
        attaching path: String, as name: String,
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        precondition(backend == .sqlite, "attaching is for SQLite")
        return try await takingTurns(Self.writeTimeout) {
            try await self.runTransaction(attaching: (path, name), changesRecords: true, body)
        }
    }

    /// A bookkeeping write that a read may skip when writers are queueing (a session's
    /// sliding expiry, a token's last use): it waits a moment for its turn, never longer.
    public func touch(_ statement: SQLQueryString) async throws {
        do {
            try await transaction(waitingAtMost: .milliseconds(200), changesRecords: false) { db in try await db.raw(statement).run() }
        } catch is DatabaseBusy {
            return
        }
    }

    /// Runs `work` in this process's write turn (SQLite; PostgreSQL runs writers side by side).
    private func takingTurns<T: Sendable>(_ timeout: Duration, _ work: () async throws -> T) async throws -> T {
        guard let writeGate else { return try await work() }
        guard await writeGate.enter(timeout: timeout) else { throw DatabaseBusy() }
        defer { writeGate.leave() }
        return try await work()
    }

    private func runTransaction<T: Sendable>(
        attaching attached: (path: String, name: String)?, changesRecords: Bool,
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        do {
            return try await sql.withSession { session in
                if let attached { try await session.raw("ATTACH DATABASE \(bind: attached.path) AS \(ident: attached.name)").run() }
                do {
                    let result = try await self.committed(body, changesRecords: changesRecords, in: session)
                    if let attached { try await session.raw("DETACH DATABASE \(ident: attached.name)").run() }
                    return result
                } catch {
                    if let attached { try? await session.raw("DETACH DATABASE \(ident: attached.name)").run() }
                    throw error
                }
            }
        } catch {
            throw Self.classify(error)
        }
    }

    /// `body` between BEGIN and COMMIT on `session`, rolled back when it throws.
    private func committed<T: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T, changesRecords: Bool, in session: any SQLDatabase
    ) async throws -> T {
        // IMMEDIATE: a SQLite writer takes the write lock up front, so a read-then-write cannot fail halfway.
        try await session.raw(backend == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
        do {
            let result = try await body(session)
            if changesRecords, tracksDataVersion.load(ordering: .acquiring) {
                try await session.raw("UPDATE data_version SET version = version + 1").run()
            }
            try await session.raw("COMMIT").run()
            return result
        } catch {
            try? await session.raw("ROLLBACK").run()
            throw error
        }
    }

    /// Every commit from here on raises `data_version` (the table exists once migrated).
    func startTrackingDataVersion() {
        tracksDataVersion.store(true, ordering: .releasing)
    }

    /// The data version: raised by every commit of any process that uses this database,
    /// so that a cache can tell whether what it holds may be out of date. It is read after
    /// the call began (never an older answer); callers who ask at the same time share one read.
    public func dataVersion() async throws -> Int64 {
        try await dataVersionRead.value()
    }

    private let dataVersionRead: SharedRead<Int64>
    let perDataVersion = PerDataVersion()

    /// `compute`'s result, computed once per data version and `key` (which must name
    /// everything the result depends on besides the data, such as who may see it).
    func computedOncePerDataVersion<Value: Sendable>(_ key: String, _ compute: () async throws -> Value) async throws -> Value {
        try await perDataVersion.value(key, version: try await dataVersion(), compute: compute)
    }

    /// Answers whether the database can be reached (for `/readyz`).
    public func ping() async throws {
        _ = try await sql.raw("SELECT 1 AS alive").first()
    }

    /// Why the database cannot serve now, or nil when it can (for `/readyz`): it must answer
    /// a query within `deadline`, and no writer may have held the write turn past its timeout.
    public func readinessProblem(deadline: Duration = .seconds(2)) async -> String? {
        if let held = writeGate?.heldFor, held > Self.writeTimeout {
            return "een schrijfopdracht houdt de database al \(held.components.seconds) s vast"
        }
        // The ping may hang with the pool; it runs unstructured so that the deadline can win.
        let answered: Bool? = await withCheckedContinuation { (continuation: CheckedContinuation<Bool?, Never>) in
            let once = ResumeOnce(continuation)
            let deadlineTask = _Concurrency.Task {
                try? await _Concurrency.Task.sleep(for: deadline)
                once.resume(nil)
            }
            _Concurrency.Task {
                let answered = (try? await self.ping()) != nil
                once.resume(answered)
                deadlineTask.cancel()
            }
        }
        switch answered {
        case .some(true): return nil
        case .some(false): return "de database geeft geen antwoord"
        case .none: return "de database antwoordde niet binnen \(deadline.components.seconds) s"
        }
    }

    public func close() async throws {
        try await closePool()
    }
}

/// A continuation that the first of several racing tasks resumes; the others find it gone.
private final class ResumeOnce<Value: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<Value, Never>?>

    init(_ continuation: CheckedContinuation<Value, Never>) {
        self.continuation = Mutex(continuation)
    }

    func resume(_ value: Value) {
        continuation.withLock { $0.take() }?.resume(returning: value)
    }
}
