import Foundation
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("Accounts, sessions, tokens, throttling")
struct AccountStoreTests {
    static let password = "een lang genoeg wachtwoord"

    static func user(_ database: Database, _ email: String = "a@test.example", role: Role = .redacteur,
                     groups: [Group] = []) async throws -> User {
        try await Accounts(database: database, cost: 4).create(email: email, name: "A", role: role, password: password, groups: groups)
    }

    @Test("an address is used once; unknown groups and short passwords are named", arguments: TestDatabase.backends)
    func creating(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let accounts = Accounts(database: database, cost: 4)
            let user = try await Self.user(database, "A@Test.Example", groups: [Group(kind: .organisatie, id: "gemeente-assen")])
            #expect(user.email == "a@test.example" && user.groups.map(\.code) == ["organisatie:gemeente-assen"])
            let duplicate = await #expect(throws: ValidationFailure.self) {
                try await accounts.create(email: "a@test.example", name: "B", role: .lezer, password: Self.password)
            }
            #expect(duplicate?.problems.first?.field == "email")
            let unknown = await #expect(throws: ValidationFailure.self) {
                try await accounts.create(email: "b@test.example", name: "B", role: .lezer, password: Self.password,
                                          groups: [Group(kind: .gremium, id: "bestaat-niet")])
            }
            #expect(unknown?.problems.first?.field == "gremium")
            await #expect(throws: ValidationFailure.self) {
                try await accounts.create(email: "c@test.example", name: "C", role: .lezer, password: "kort")
            }
            #expect(try await accounts.all().count == 1, "nothing half-written")
        }
    }

    @Test("verify: the right password, not a wrong one, not a blocked user", arguments: TestDatabase.backends)
    func verifying(backend: Database.Backend) async throws {
        try await TestDatabase.with(backend) { database in
            let accounts = Accounts(database: database, cost: 4)
            _ = try await Self.user(database)
            #expect(try await accounts.verify(email: " A@test.example ", password: Self.password) != nil)
            #expect(try await accounts.verify(email: "a@test.example", password: "verkeerd") == nil)
            #expect(try await accounts.verify(email: "niemand@test.example", password: Self.password) == nil)
            try await accounts.setBlocked(email: "a@test.example", true)
            #expect(try await accounts.verify(email: "a@test.example", password: Self.password) == nil)
        }
    }

    @Test("sessions expire, end at sign-out, and end with a new password or a block", arguments: TestDatabase.backends)
    func sessions(backend: Database.Backend) async throws {
        try await TestDatabase.with(backend) { database in
            let accounts = Accounts(database: database, cost: 4)
            let sessions = Sessions(database: database)
            let user = try await Self.user(database)
            let token = try await sessions.start(userID: user.id)
            #expect(try await sessions.find(token: token)?.user.id == user.id)
            #expect(try await sessions.find(token: token, now: Date() + Sessions.idleLifetime + 60) == nil)
            let second = try await sessions.start(userID: user.id)
            try await sessions.end(token: second)
            #expect(try await sessions.find(token: second) == nil)
            let third = try await sessions.start(userID: user.id)
            try await accounts.setPassword(email: user.email, password: "een ander lang wachtwoord")
            #expect(try await sessions.find(token: third) == nil)
            let fourth = try await sessions.start(userID: user.id)
            try await accounts.setBlocked(email: user.email, true)
            #expect(try await sessions.find(token: fourth) == nil)
        }
    }

    @Test("tokens: stored hashed, work until revoked, not for a blocked user", arguments: TestDatabase.backends)
    func tokens(backend: Database.Backend) async throws {
        try await TestDatabase.with(backend) { database in
            let tokens = APITokens(database: database)
            let user = try await Self.user(database)
            let made = try await tokens.create(userID: user.id, name: "koppeling")
            #expect(made.secret.hasPrefix("tafel_"))
            let stored = try await database.sql.raw("SELECT token_hash FROM api_tokens").first(decodingColumn: "token_hash", as: String.self)
            #expect(stored != made.secret && stored == Secret.sha256(made.secret))
            #expect(try await tokens.user(for: made.secret)?.id == user.id)
            #expect(try await tokens.user(for: made.secret + "x") == nil)
            #expect(try await tokens.revoke(id: made.token.id, userID: "iemand-anders") == false)
            #expect(try await tokens.revoke(id: made.token.id, userID: user.id))
            #expect(try await tokens.user(for: made.secret) == nil)
            let other = try await tokens.create(userID: user.id, name: "tweede")
            try await Accounts(database: database).setBlocked(email: user.email, true)
            #expect(try await tokens.user(for: other.secret) == nil)
        }
    }

    @Test("throttling counts failures per account and per address within the window", arguments: TestDatabase.backends)
    func throttling(backend: Database.Backend) async throws {
        try await TestDatabase.with(backend) { database in
            let throttle = SignInThrottle(database: database)
            for _ in 0..<SignInThrottle.perAccount {
                #expect(try await !throttle.isBlocked(email: "a@test.example", address: "10.0.0.1"))
                try await throttle.recordFailure(email: "A@test.example", address: "10.0.0.1")
            }
            #expect(try await throttle.isBlocked(email: "a@test.example", address: "10.0.0.2"))
            #expect(try await !throttle.isBlocked(email: "b@test.example", address: "10.0.0.2"))
            #expect(try await !throttle.isBlocked(email: "a@test.example", address: "10.0.0.1", now: Date() + SignInThrottle.window + 1))
            try await throttle.recordSuccess(email: "a@test.example")
            #expect(try await !throttle.isBlocked(email: "a@test.example", address: "10.0.0.1"))
        }
    }
}

@Suite("Document editor and history")
struct DocumentEditorTests {
    @Test("create and update write their history in the same transaction; a stale version is refused", arguments: TestDatabase.backends)
    func history(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let editor = DocumentEditor(database: database)
            let user = try await AccountStoreTests.user(database)
            let viewer = Viewer(user: user)
            let id = try await editor.create(try DocumentDraft(.init(titel: "Eerste versie", soort: "brief")), by: viewer)
            let version = try await editor.update(id: id, try DocumentDraft(.init(titel: "Tweede versie", soort: "brief")),
                                                  expectedVersion: 1, by: viewer)
            #expect(version == 2)
            await #expect(throws: VersionConflict.self) {
                try await editor.update(id: id, try DocumentDraft(.init(titel: "Derde", soort: "brief")), expectedVersion: 1, by: viewer)
            }
            let entries = try await AuditLog.history(of: .document, id: id, in: database, for: .systemAdministrator)
            #expect(entries.map(\.action) == [.gewijzigd, .aangemaakt])
            #expect(entries.first?.changes == [AuditEntry.Change(field: "titel", before: "Eerste versie", after: "Tweede versie")])
            #expect(entries.allSatisfy { $0.actorID == user.id })
            #expect(try await editor.current(id: id, for: viewer)?.draft.title == "Tweede versie")
        }
    }

    @Test("a failed write leaves neither the change nor its history", arguments: TestDatabase.backends)
    func atomic(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = Viewer(user: try await AccountStoreTests.user(database))
            let draft = try DocumentDraft(.init(titel: "Met onbekende toegang", soort: "brief", toegang: ["organisatie:bestaat-niet"]))
            await #expect(throws: ValidationFailure.self) { try await DocumentEditor(database: database).create(draft, by: viewer) }
            #expect(try await TestDatabase.count("audit_log", in: database) == 0)
        }
    }

    @Test("roles and scope: a lezer may not write, a scoped redacteur only within scope", arguments: TestDatabase.backends)
    func scope(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let editor = DocumentEditor(database: database)
            let reader = Viewer(user: try await AccountStoreTests.user(database, "l@test.example", role: .lezer))
            let scoped = Viewer(user: try await AccountStoreTests.user(database, "s@test.example",
                                                                     groups: [Group(kind: .organisatie, id: "gemeente-assen")]))
            let open = try DocumentDraft(.init(titel: "Zonder toegang", soort: "brief"))
            let own = try DocumentDraft(.init(titel: "Van Assen", soort: "brief", vertrouwelijkheid: "vertrouwelijk",
                                              toegang: ["organisatie:gemeente-assen"]))
            await #expect(throws: SignInRequired.self) { try await editor.create(open, by: .anonymous) }
            await #expect(throws: AccessDenied.self) { try await editor.create(open, by: reader) }
            await #expect(throws: AccessDenied.self) { try await editor.create(open, by: scoped) }
            let id = try await editor.create(own, by: scoped)
            // The confidential document is visible to its group's members only.
            #expect(try await Catalog(database: database, viewer: scoped).document(id: id) != nil)
            #expect(try await Catalog(database: database, viewer: reader).document(id: id) == nil)
            #expect(try await Catalog(database: database, viewer: .anonymous).document(id: id) == nil)
            let outsider = Viewer(user: try await AccountStoreTests.user(database, "o@test.example"))
            await #expect(throws: RecordNotVisible.self, "an editor outside the group cannot even find it") {
                try await editor.update(id: id, open, expectedVersion: nil, by: outsider)
            }
        }
    }
}
