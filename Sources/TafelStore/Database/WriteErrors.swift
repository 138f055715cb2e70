import AsyncKit
import PostgresKit
import SQLiteNIO

/// The database could not take this write now (another writer held it too long, or the
/// pool had no connection free in time). Nothing was written; the request may be retried.
public struct DatabaseBusy: Error, Sendable {
    /// Seconds after which a retry is sensible (the `Retry-After` of a 503).
    public static let retryAfterSeconds = 2
    public let underlying: (any Error)?

    public init(underlying: (any Error)? = nil) {
        self.underlying = underlying
    }
}

/// A write named a key (an id, a unique name) that another write stored first.
public struct DuplicateKey: Error, Sendable {
    public let underlying: any Error
}

extension Database {
    /// The error as Tafel reports it: database-busy and duplicate-key failures of either
    /// backend as `DatabaseBusy` and `DuplicateKey`, anything else unchanged.
    public static func classify(_ error: any Error) -> any Error {
        switch error {
        case is DatabaseBusy, is DuplicateKey:
            return error
        case is ConnectionPoolTimeoutError:
            return DatabaseBusy(underlying: error)
        case let sqlite as SQLiteError:
            switch sqlite.reason {
            case .busy, .busyTimeout, .busyInRecovery, .busyInSnapshot, .locked:
                return DatabaseBusy(underlying: error)
            case .constraintUniqueFailed, .constraintPrimaryKeyFailed:
                return DuplicateKey(underlying: error)
            default:
                return error
            }
        case let psql as PSQLError:
            switch psql.serverInfo?[.sqlState] {
            case "23505": return DuplicateKey(underlying: error)
            case "40001", "40P01", "55P03", "57014": return DatabaseBusy(underlying: error)
            default: return error
            }
        default:
            return error
        }
    }
}
