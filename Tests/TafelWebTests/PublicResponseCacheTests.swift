import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TafelCore
import TafelStore
@testable import TafelWeb
import TafelTestSupport
import Testing

/// The public cache: anonymous answers are reused, never a signed-in one, and any write
/// this process commits makes the next answer fresh.
@Suite("Publieke cache")
struct PublicResponseCacheTests {
    static func get(_ client: any TestClientProtocol, _ uri: String, _ headers: HTTPFields = [:]) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers, body: nil)
    }

    @Test("an anonymous answer is reused until a write is committed; signed-in users, errors and cookies pass by",
          arguments: TestDatabase.backends)
    func reuseAndInvalidate(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend, publicCacheLifetime: .seconds(600)) { app, client in
            let uri = "/samenwerkingen?q=cachetest"
            let first = try await Self.get(client, uri)
            #expect(first.status == .ok && first.header("X-Tafel-Cache") == "miss")
            let second = try await Self.get(client, uri)
            #expect(second.header("X-Tafel-Cache") == "hit" && second.text == first.text)
            #expect(second.header("Content-Security-Policy") != nil, "outer middleware still adds its headers")

            let json = try await Self.get(client, "/api/v1/samenwerkingen?q=cachetest", [.accept: "application/json"])
            let csv = try await Self.get(client, "/api/v1/samenwerkingen?q=cachetest", [.accept: "text/csv"])
            #expect(json.header("X-Tafel-Cache") == "miss" && csv.header("X-Tafel-Cache") == "miss", "Accept is part of the key")
            #expect(csv.text.hasPrefix("id,naam,"))

            let signedIn = try await Self.get(client, uri, app.headers(.redacteur))
            #expect(signedIn.status == .ok && signedIn.header("X-Tafel-Cache") == nil)
            for _ in 0..<2 {
                #expect(try await Self.get(client, "/samenwerkingen/bestaat-niet").header("X-Tafel-Cache") == nil, "a 404 is not kept")
                #expect(try await Self.get(client, "/inloggen").header("X-Tafel-Cache") == nil, "an answer setting a cookie is not kept")
            }

            let created = try await client.execute(uri: "/samenwerkingen", method: .post, headers: app.headers(.redacteur, form: true),
                                                   body: app.form(.redacteur, [("naam", "Cachetest via formulier"), ("status", "actief")]))
            #expect(created.status == .seeOther)
            let afterForm = try await Self.get(client, uri)
            #expect(afterForm.header("X-Tafel-Cache") == "miss" && afterForm.text.contains("Cachetest via formulier"))

            let viewer = Viewer(user: try #require(try await Accounts(database: app.database).user(email: "beheerder@test.example")))
            _ = try await CollaborationEditor(database: app.database)
                .create(CollaborationDraft(name: "Cachetest via de opslag", status: .actief), by: viewer)
            let afterStore = try await Self.get(client, uri)
            #expect(afterStore.header("X-Tafel-Cache") == "miss" && afterStore.text.contains("Cachetest via de opslag"),
                    "a write outside the web layer counts too")
        }
    }

    @Test("an answer to a request with Authorization is never kept: the metrics a token opened stay closed to others")
    func authorizationIsNeverKept() async throws {
        try await SecuredApp.with(.sqlite, publicCacheLifetime: .seconds(600)) { app, client in
            let scraped = try await Self.get(client, "/metrics", [.authorization: "Bearer \(DemoApp.metricsToken)"])
            #expect(scraped.status == .ok && scraped.header("X-Tafel-Cache") == nil)
            let anonymous = try await Self.get(client, "/metrics")
            #expect(anonymous.status == .unauthorized && anonymous.header("X-Tafel-Cache") == nil)
            let withToken = try await Self.get(client, "/api/v1/samenwerkingen?q=eigen", app.headers(.lezer, api: true))
            #expect(withToken.header("X-Tafel-Cache") == nil)
        }
    }

    @Test("an answer is reused; zero turns the cache off")
    func reuseAndOff() async throws {
        try await SecuredApp.with(.sqlite, publicCacheLifetime: .seconds(600)) { _, client in
            let first = try await Self.get(client, "/opgaven")
            let second = try await Self.get(client, "/opgaven")
            #expect(first.header("X-Tafel-Cache") == "miss" && second.header("X-Tafel-Cache") == "hit")
        }
        try await SecuredApp.with(.sqlite) { _, client in
            let first = try await Self.get(client, "/opgaven")
            let second = try await Self.get(client, "/opgaven")
            #expect(first.header("X-Tafel-Cache") == nil && second.header("X-Tafel-Cache") == nil)
        }
    }

    // On the clock the store is given, not the wall clock: a loaded CI machine may take
    // longer than any lifetime a test could afford to wait for one request.
    @Test("a kept answer lives for the lifetime; past it one request renews while others get the old one")
    func lifetime() {
        let store = PublicResponseCache.Store()
        let made = ContinuousClock.now
        let lifetime = Duration.seconds(3)
        let key = PublicResponseCache.Key(uri: "/opgaven", accept: "")
        store.insert(.init(status: .ok, headers: [:], body: ByteBuffer(string: "oud"), generation: 7, expires: made + lifetime),
                     for: key, now: made)
        #expect(store.lookup(key, generation: 7, now: made + .seconds(2), lifetime: lifetime) != nil, "within the lifetime")
        #expect(store.lookup(key, generation: 7, now: made + .seconds(4), lifetime: lifetime) == nil,
                "expired: this request renews it")
        #expect(store.lookup(key, generation: 7, now: made + .seconds(4), lifetime: lifetime) != nil,
                "while it is renewed, the others get the old answer")
        #expect(store.lookup(key, generation: 7, now: made + .seconds(7), lifetime: lifetime) == nil,
                "never older than twice the lifetime")
        #expect(store.lookup(key, generation: 7, now: made + .seconds(7), lifetime: lifetime) == nil, "and then gone")
    }

    @Test("the kept answers stay within the byte budget, the newest kept")
    func byteBudget() {
        let store = PublicResponseCache.Store()
        let now = ContinuousClock.now
        let body = ByteBuffer(repeating: 0x61, count: 1 << 20)
        for number in 0..<100 {
            let entry = PublicResponseCache.Entry(status: .ok, headers: [:], body: body, generation: 1, expires: now + .seconds(60))
            store.insert(entry, for: .init(uri: "/pagina/\(number)", accept: ""), now: now)
            #expect(store.byteCount <= PublicResponseCache.maximumBytes)
        }
        #expect(store.lookup(.init(uri: "/pagina/99", accept: ""), generation: 1, now: now, lifetime: .seconds(60)) != nil)
        #expect(store.lookup(.init(uri: "/pagina/99", accept: ""), generation: 2, now: now, lifetime: .seconds(60)) == nil,
                "another generation: gone")
    }
}
