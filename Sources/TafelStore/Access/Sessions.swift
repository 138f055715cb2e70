import Foundation
import SQLKit
import TafelCore

/// Sign-in sessions, kept in the database so that every server instance knows them.
/// Only a hash of the session token is stored; the token itself lives in the cookie.
public struct Sessions: Sendable {
    /// A session ends after this long without a request.
    public static let idleLifetime: TimeInterval = 12 * 60 * 60

    let database: Database
    let accounts: Accounts

    public init(database: Database) {
        self.database = database
        self.accounts = Accounts(database: database)
    }

    public struct Active: Sendable {
        public let user: User
        /// Must accompany every state-changing form of this session.
        public let csrfToken: String
    }

    /// Starts a session and returns its token (for the cookie).
    /// Sessions that ran out are cleared here: sign-in is rare, requests are not.
    public func start(userID: String, now: Date = Date()) async throws -> String {
        try await removeExpired(now: now)
        let token = Secret.token()
        try await database.write("""
            INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)
            VALUES (\(bind: Secret.sha256(token)), \(bind: userID), \(bind: Secret.token()),
                    \(bind: Timestamp.string(now)), \(bind: Timestamp.string(now + Self.idleLifetime)))
            """)
        return token
    }

    /// The session behind a cookie value, if it exists, has not expired and its user is not blocked.
    /// Each use moves the expiry forward (at most once a minute, to spare the database).
    public func find(token: String, now: Date = Date()) async throws -> Active? {
        let hash = Secret.sha256(token)
        guard let (user, csrfToken, expiresAt) = try await accounts.session(hash: hash) else { return nil }
        let expiry = Timestamp.date(expiresAt)
        guard expiry > now else {
            try await end(token: token)
            return nil
        }
        guard !user.blocked else { return nil }
        if expiry < now + Self.idleLifetime - 60 {
            try await database.touch("UPDATE sessions SET expires_at = \(bind: Timestamp.string(now + Self.idleLifetime)) WHERE token_hash = \(bind: hash)")
        }
        return Active(user: user, csrfToken: csrfToken)
    }

    public func end(token: String) async throws {
        try await database.write("DELETE FROM sessions WHERE token_hash = \(bind: Secret.sha256(token))")
    }

    public func removeExpired(now: Date = Date()) async throws {
        try await database.write("DELETE FROM sessions WHERE expires_at <= \(bind: Timestamp.string(now))")
    }
}
