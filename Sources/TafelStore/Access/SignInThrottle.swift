import Foundation
import SQLKit
import TafelCore

/// Slows down password guessing: after too many failed sign-ins for one account or
/// from one address within a window, further attempts are refused until it passes.
/// Kept in the database, so that every server instance counts the same attempts.
public struct SignInThrottle: Sendable {
    public static let window: TimeInterval = 15 * 60
    public static let perAccount = 5
    public static let perAddress = 20

    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// Whether a new attempt for this e-mail address from this network address must be refused.
    public func isBlocked(email: String, address: String, now: Date = Date()) async throws -> Bool {
        try await Self.isBlocked(email: email, address: address, now: now, in: database.sql)
    }

    /// Records a failed attempt, unless the limit was reached meanwhile: check and record are
    /// one step (one write at a time on SQLite, an advisory lock on PostgreSQL), so parallel
    /// guesses can never record more failures than the limit. Returns false when the attempt
    /// must be answered as blocked.
    @discardableResult
    public func recordFailure(email: String, address: String, now: Date = Date()) async throws -> Bool {
        let backend = database.backend
        return try await database.transaction(changesRecords: false) { db in
            if backend == .postgres { try await db.raw("SELECT pg_advisory_xact_lock(7212027)").run() }
            try await db.raw("DELETE FROM sign_in_attempts WHERE at <= \(bind: Timestamp.string(now - Self.window))").run()
            if try await Self.isBlocked(email: email, address: address, now: now, in: db) { return false }
            try await db.raw("""
                INSERT INTO sign_in_attempts (email, address, at)
                VALUES (\(bind: User.normalise(email: email)), \(bind: address), \(bind: Timestamp.string(now)))
                """).run()
            return true
        }
    }

    /// A successful sign-in clears the account's failures (not the address's).
    public func recordSuccess(email: String) async throws {
        try await database.write("DELETE FROM sign_in_attempts WHERE email = \(bind: User.normalise(email: email))")
    }

    private static func isBlocked(email: String, address: String, now: Date, in db: any SQLDatabase) async throws -> Bool {
        let since = Timestamp.string(now - window)
        let forAccount = try await count("email = \(bind: User.normalise(email: email)) AND at > \(bind: since)", in: db)
        if forAccount >= perAccount { return true }
        return try await count("address = \(bind: address) AND at > \(bind: since)", in: db) >= perAddress
    }

    private static func count(_ condition: SQLQueryString, in db: any SQLDatabase) async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS total FROM sign_in_attempts WHERE " + condition)
            .first(decodingColumn: "total", as: Int.self) ?? 0
    }
}
