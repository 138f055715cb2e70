import Foundation
import HummingbirdBcrypt
import SQLKit
import TafelCore

/// The users of Tafel: creating them, changing role, password and memberships,
/// blocking, and checking a password at sign-in.
public struct Accounts: Sendable {
    let database: Database
    /// bcrypt's work factor: 12 in production; tests may lower it.
    let cost: UInt8

    public init(database: Database, cost: UInt8 = 12) {
        self.database = database
        self.cost = cost
    }

    var db: any SQLDatabase { database.sql }

    public struct NotFound: Error, CustomStringConvertible {
        public let email: String
        public var description: String { "Er is geen gebruiker met e-mailadres ‘\(email)’." }
    }

    /// Creates a user; the e-mail address must be new, the groups and person must exist.
    public func create(email rawEmail: String, name rawName: String, role: Role, password: String,
                       personID: String? = nil, groups: [Group] = []) async throws -> User {
        let email = try User.validate(email: rawEmail)
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else {
            throw ValidationFailure(field: "naam", code: "verplicht", message: "naam is verplicht (hoogstens 200 tekens).")
        }
        try User.validate(password: password)
        if try await user(email: email) != nil {
            throw ValidationFailure(field: "email", code: "bestaat", message: "email ‘\(email)’ is al in gebruik.")
        }
        try await checkExists(personID: personID, groups: groups)
        let id = UUID().uuidString.lowercased()
        let hash = Bcrypt.hash(password, cost: cost)
        let now = Timestamp.now()
        try await database.transaction(changesRecords: false) { db in
            try await db.raw("""
                INSERT INTO users (id, email, name, role, person_id, password_hash, created_at, updated_at, version)
                VALUES (\(bind: id), \(bind: email), \(bind: name), \(bind: role.rawValue), \(bind: personID), \(bind: hash), \(bind: now), \(bind: now), 1)
                """).run()
            try await Self.insert(groups: groups, userID: id, into: db)
        }
        guard let user = try await user(id: id) else { throw NotFound(email: email) }
        return user
    }

    public func setRole(email: String, role: Role) async throws {
        try await update(email: email, "role = \(bind: role.rawValue)")
    }

    public func setPassword(email: String, password: String) async throws {
        try User.validate(password: password)
        try await update(email: email, "password_hash = \(bind: Bcrypt.hash(password, cost: cost))")
        // A new password ends every session of the old one.
        if let user = try await user(email: email) {
            try await database.write("DELETE FROM sessions WHERE user_id = \(bind: user.id)")
        }
    }

    public func setBlocked(email: String, _ blocked: Bool) async throws {
        try await update(email: email, blocked ? "blocked_at = \(bind: Timestamp.now())" : "blocked_at = NULL")
        if blocked, let user = try await user(email: email) {
            try await database.write("DELETE FROM sessions WHERE user_id = \(bind: user.id)")
        }
    }

    public func setGroups(email: String, _ groups: [Group]) async throws {
        guard let user = try await user(email: email) else { throw NotFound(email: User.normalise(email: email)) }
        try await checkExists(personID: nil, groups: groups)
        try await database.transaction(changesRecords: false) { db in
            try await db.raw("DELETE FROM user_groups WHERE user_id = \(bind: user.id)").run()
            try await Self.insert(groups: groups, userID: user.id, into: db)
        }
    }

    public func all() async throws -> [User] {
        try await load("SELECT * FROM users ORDER BY email")
    }

    public func user(email: String) async throws -> User? {
        try await load("SELECT * FROM users WHERE email = \(bind: User.normalise(email: email))").first
    }

    public func user(id: String) async throws -> User? {
        try await load("SELECT * FROM users WHERE id = \(bind: id)").first
    }

    /// The user whose password this is, if they are not blocked; nil otherwise, and
    /// taking as long for an unknown address as for a wrong password.
    public func verify(email: String, password: String) async throws -> User? {
        let email = User.normalise(email: email)
        let hash = try await db.raw("SELECT password_hash FROM users WHERE email = \(bind: email)")
            .first(decodingColumn: "password_hash", as: String.self)
        guard let hash else {
            _ = Bcrypt.verify(password, hash: Self.decoyHash)
            return nil
        }
        guard Bcrypt.verify(password, hash: hash), let user = try await user(email: email), !user.blocked else { return nil }
        try await database.write("UPDATE users SET last_sign_in_at = \(bind: Timestamp.now()) WHERE id = \(bind: user.id)")
        return user
    }

    /// A hash of nothing anyone knows, verified against when the address is unknown.
    private static let decoyHash = Bcrypt.hash(Secret.token(), cost: 12)

    private func update(email: String, _ assignment: SQLQueryString) async throws {
        let email = User.normalise(email: email)
        guard try await user(email: email) != nil else { throw NotFound(email: email) }
        try await database.write("UPDATE users SET " + assignment
                                 + ", updated_at = \(bind: Timestamp.now()), version = version + 1 WHERE email = \(bind: email)")
    }

    private func checkExists(personID: String?, groups: [Group]) async throws {
        var problems: [FieldProblem] = []
        if let personID, try await db.raw("SELECT id FROM persons WHERE id = \(bind: personID)").first() == nil {
            problems.append(FieldProblem(field: "persoon", code: "onbekend", message: "persoon ‘\(personID)’ bestaat niet."))
        }
        problems += try await Group.unknown(groups, in: db).map {
            FieldProblem(field: $0.kind.rawValue, code: "onbekend", message: "\($0.kind.rawValue) ‘\($0.id)’ bestaat niet.")
        }
        if !problems.isEmpty { throw ValidationFailure(problems) }
    }

    static func insert(groups: [Group], userID: String, into db: any SQLDatabase) async throws {
        for group in groups {
            try await db.raw("""
                INSERT INTO user_groups (user_id, organisation_id, body_id)
                VALUES (\(bind: userID), \(bind: group.organisationID), \(bind: group.bodyID))
                """).run()
        }
    }

    private struct UserRow: Decodable {
        let id: String, email: String, name: String, role: String, personId: String?
        let blockedAt: String?, lastSignInAt: String?
    }

    private struct GroupRow: Decodable { let userId: String, organisationId: String?, bodyId: String? }

    private func load(_ query: SQLQueryString) async throws -> [User] {
        let rows = try await db.raw(query).all(decoding: UserRow.self, with: rowDecoder)
        guard !rows.isEmpty else { return [] }
        let ids = rows.map { "\(bind: $0.id)" as SQLQueryString }.joined(separator: ", ")
        let groupRows = try await db.raw("SELECT user_id, organisation_id, body_id FROM user_groups WHERE user_id IN (" + ids + ")")
            .all(decoding: GroupRow.self, with: rowDecoder)
        return users(rows, groupRows)
    }

    /// The session with this token hash and its user, with the user's groups: two reads at
    /// once, so that a signed-in page waits for one round trip to the database, not three.
    func session(hash: String) async throws -> (user: User, csrfToken: String, expiresAt: String)? {
        struct SessionRow: Decodable { let csrfToken: String, expiresAt: String }
        async let joined = db.raw("""
            SELECT s.csrf_token, s.expires_at, u.id, u.email, u.name, u.role, u.person_id, u.blocked_at, u.last_sign_in_at
            FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = \(bind: hash)
            """).first()
        async let groupRows = db.raw("""
            SELECT g.user_id, g.organisation_id, g.body_id FROM user_groups g
            WHERE g.user_id = (SELECT s.user_id FROM sessions s WHERE s.token_hash = \(bind: hash))
            """).all(decoding: GroupRow.self, with: rowDecoder)
        guard let row = try await joined else { return nil }
        let session = try rowDecoder.decode(SessionRow.self, from: row)
        let user = try rowDecoder.decode(UserRow.self, from: row)
        // Both reads ran for the same token; groups of another user cannot appear, but say so.
        let groups = try await groupRows.filter { $0.userId == user.id }
        guard let loaded = users([user], groups).first else { return nil }
        return (loaded, session.csrfToken, session.expiresAt)
    }

    private func users(_ rows: [UserRow], _ groupRows: [GroupRow]) -> [User] {
        var groups: [String: [Group]] = [:]
        for row in groupRows {
            groups[row.userId, default: []].append(Group(organisationID: row.organisationId, bodyID: row.bodyId))
        }
        return rows.map { row in
            User(id: row.id, email: row.email, name: row.name,
                 role: Role(rawValue: row.role) ?? .lezer, personID: row.personId,
                 groups: (groups[row.id] ?? []).sorted(), blocked: row.blockedAt != nil,
                 lastSignIn: row.lastSignInAt.map(Timestamp.date))
        }
    }
}
