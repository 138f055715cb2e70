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
        let since = Timestamp.string(now - Self.window)
        let forAccount = try await count("email = \(bind: User.normalise(email: email)) AND at > \(bind: since)")
        if forAccount >= Self.perAccount { return true }
        return try await count("address = \(bind: address) AND at > \(bind: since)") >= Self.perAddress
    }

    public func recordFailure(email: String, address: String, now: Date = Date()) async throws {
        try await database.sql.raw("""
            INSERT INTO sign_in_attempts (email, address, at)
            VALUES (\(bind: User.normalise(email: email)), \(bind: address), \(bind: Timestamp.string(now)))
            """).run()
        try await database.sql.raw("DELETE FROM sign_in_attempts WHERE at <= \(bind: Timestamp.string(now - Self.window))").run()
    }

    /// A successful sign-in clears the account's failures (not the address's).
    public func recordSuccess(email: String) async throws {
        try await database.sql.raw("DELETE FROM sign_in_attempts WHERE email = \(bind: User.normalise(email: email))").run()
    }

    private func count(_ condition: SQLQueryString) async throws -> Int {
        try await database.sql.raw("SELECT COUNT(*) AS total FROM sign_in_attempts WHERE " + condition)
            .first(decodingColumn: "total", as: Int.self) ?? 0
    }
}
