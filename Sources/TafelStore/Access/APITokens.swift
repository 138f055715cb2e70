import Foundation
import SQLKit
import TafelCore

/// Personal API tokens: shown once when made, stored as a SHA-256 hash, revocable.
public struct APITokens: Sendable {
    public static let prefix = "tafel_"

    let database: Database
    let accounts: Accounts

    public init(database: Database) {
        self.database = database
        self.accounts = Accounts(database: database)
    }

    public struct Token: Sendable, Hashable, Identifiable {
        public let id: String
        public let name: String
        /// The first characters, so that a user can tell their tokens apart.
        public let prefix: String
        public let created: Date
        public let lastUsed: Date?
        public let revoked: Date?
    }

    /// Makes a token for a user and returns it with its secret, which is never shown again.
    public func create(userID: String, name rawName: String) async throws -> (token: Token, secret: String) {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else {
            throw ValidationFailure(field: "naam", code: "verplicht", message: "naam is verplicht (hoogstens 100 tekens).")
        }
        let secret = Self.prefix + Secret.token()
        let id = UUID().uuidString.lowercased()
        let now = Date()
        let shown = String(secret.prefix(Self.prefix.count + 6))
        try await database.write("""
            INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, created_at)
            VALUES (\(bind: id), \(bind: userID), \(bind: name), \(bind: Secret.sha256(secret)), \(bind: shown), \(bind: Timestamp.string(now)))
            """)
        return (Token(id: id, name: name, prefix: shown, created: now, lastUsed: nil, revoked: nil), secret)
    }

    public func list(userID: String) async throws -> [Token] {
        struct Row: Decodable {
            let id: String, name: String, prefix: String, createdAt: String, lastUsedAt: String?, revokedAt: String?
        }
        return try await database.sql.raw("""
            SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM api_tokens
            WHERE user_id = \(bind: userID) ORDER BY revoked_at IS NOT NULL, created_at DESC
            """).all(decoding: Row.self, with: rowDecoder).map {
                Token(id: $0.id, name: $0.name, prefix: $0.prefix, created: Timestamp.date($0.createdAt),
                      lastUsed: $0.lastUsedAt.map(Timestamp.date), revoked: $0.revokedAt.map(Timestamp.date))
            }
    }

    /// Revokes one of the user's own tokens; false when there is no such active token.
    @discardableResult
    public func revoke(id: String, userID: String) async throws -> Bool {
        let active = try await database.sql.raw(
            "SELECT id FROM api_tokens WHERE id = \(bind: id) AND user_id = \(bind: userID) AND revoked_at IS NULL"
        ).first()
        guard active != nil else { return false }
        try await database.write("UPDATE api_tokens SET revoked_at = \(bind: Timestamp.now()) WHERE id = \(bind: id)")
        return true
    }

    /// The user a bearer token belongs to, if it is active and the user not blocked.
    public func user(for secret: String) async throws -> User? {
        guard secret.hasPrefix(Self.prefix) else { return nil }
        struct Row: Decodable { let id: String, userId: String, lastUsedAt: String? }
        guard let row = try await database.sql.raw(
            "SELECT id, user_id, last_used_at FROM api_tokens WHERE token_hash = \(bind: Secret.sha256(secret)) AND revoked_at IS NULL"
        ).first(decoding: Row.self, with: rowDecoder),
            let user = try await accounts.user(id: row.userId), !user.blocked
        else { return nil }
        let now = Date()
        if row.lastUsedAt.map({ Timestamp.date($0) < now - 60 }) ?? true {
            try await database.touch("UPDATE api_tokens SET last_used_at = \(bind: Timestamp.string(now)) WHERE id = \(bind: row.id)")
        }
        return user
    }
}
