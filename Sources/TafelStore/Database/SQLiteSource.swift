import AsyncKit
import Logging
import NIOCore
import NIOPosix
import SQLiteNIO

/// Opens the connections of Tafel's SQLite pool. Unlike sqlite-kit's source it runs every
/// connection on a blocking pool of its own, sized so that each connection can always get
/// a thread (the pool can never be smaller than the connection pool), and it replaces
/// sqlite-nio's busy handler, which retries forever without sleeping, by a busy timeout.
struct SQLiteSource: ConnectionPoolSource {
    let path: String
    let threadPool: NIOThreadPool
    /// How long one statement waits for another process's write lock before SQLITE_BUSY.
    let busyTimeout: Duration

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        SQLiteConnection.open(storage: .file(path: path), threadPool: threadPool, logger: logger, on: eventLoop)
            .flatMap { connection in
                let milliseconds = busyTimeout.components.seconds * 1000 + busyTimeout.components.attoseconds / 1_000_000_000_000_000
                return connection.query("PRAGMA foreign_keys = ON")
                    .flatMap { _ in connection.query("PRAGMA busy_timeout = \(milliseconds)") }
                    .map { _ in connection }
                    .flatMapErrorThrowing { error in
                        _ = connection.close()
                        throw error
                    }
            }
    }
}
