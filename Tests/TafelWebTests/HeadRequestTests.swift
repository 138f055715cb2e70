import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TafelCore
import Testing

/// HEAD wherever GET answers (issue 14 part 1): uptime monitors and link checkers ask it.
@Suite("HEAD-verzoeken", .demoApp)
struct HeadRequestTests {
    @Test("HEAD answers as GET does, with its status and headers and without a body", arguments: [
        "/", "/samenwerkingen?status=actief", "/organisaties/gemeente-assen", "/bijeenkomsten/kalender?maand=2020-11",
        "/zoeken?q=kerngroep", "/api/v1/samenwerkingen", "/api/v1/organisaties/gemeente-assen", "/bijeenkomsten.ics",
        "/tafel.css", "/readyz", "/bestaat-niet", "/api/v1/bestaat-niet", "/organisaties/bestaat-niet",
    ])
    func head(uri: String) async throws {
        try await DemoApp.test { client in
            let get = try await client.execute(uri: uri, method: .get, headers: [:], body: nil)
            let head = try await client.execute(uri: uri, method: .head, headers: [:], body: nil)
            #expect(head.status == get.status, "\(uri)")
            #expect(head.headers[.contentType] == get.headers[.contentType], "\(uri)")
            #expect(head.body.readableBytes == 0, "\(uri)")
            #expect(get.body.readableBytes > 0, "\(uri)")
        }
    }

    @Test("HEAD is safe: it needs no CSRF token and is never a write")
    func safe() async throws {
        try await DemoApp.test { client in
            let head = try await client.execute(uri: "/samenwerkingen/nieuw", method: .head, headers: [:], body: nil)
            let get = try await client.get("/samenwerkingen/nieuw")
            #expect(head.status == get.status && head.headers[.location] == get.headers[.location])
            let signOut = try await client.execute(uri: "/uitloggen", method: .head, headers: [:], body: nil)
            #expect(signOut.status != .ok)
        }
    }
}
