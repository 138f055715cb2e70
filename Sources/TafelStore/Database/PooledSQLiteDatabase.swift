import AsyncKit
import Logging
import NIOCore
import SQLKit
import SQLiteKit

/// An `SQLDatabase` over a pool of SQLite connections: each query borrows a connection;
/// `withSession` keeps one for the whole closure (for transactions). sqlite-kit offers
/// this for Fluent only, so Tafel has its own.
struct PooledSQLiteDatabase: SQLDatabase {
    let pool: SendablePool<SQLiteSource>
    let logger: Logger

    var eventLoop: any EventLoop { pool.pool.eventLoopGroup.any() }
    var dialect: any SQLDialect { SQLiteDialect() }
    var queryLogLevel: Logger.Level? { .trace }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> ()) -> EventLoopFuture<Void> {
        pool.pool.withConnection(logger: logger) { connection in
            connection.sql(queryLogLevel: .trace).execute(sql: query, onRow)
        }
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        let connection = try await pool.pool.requestConnection(logger: logger).get()
        defer { pool.pool.releaseConnection(connection, logger: logger) }
        return try await closure(connection.sql(queryLogLevel: .trace))
    }
}

/// async-kit's pool synchronises itself with a lock but predates `Sendable`; this box says so once.
struct SendablePool<Source: ConnectionPoolSource>: @unchecked Sendable {
    let pool: EventLoopGroupConnectionPool<Source>
}
