import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TafelCore
import TafelStore
import TafelTestSupport
@testable import TafelWeb
import Testing

/// `/zoeken` and `GET /api/v1/zoeken`.
@Suite("Zoeken")
struct SearchWebTests {
    @Test("the page finds seed documents in any inflection, marks the words, escapes the text, and narrows by facet",
          arguments: TestDatabase.backends)
    func page(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let page = try await client.execute(uri: "/zoeken?q=toezeggingen", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok && page.text.contains("<mark>toezegging</mark>"))
            #expect(page.text.contains("href=\"/documenten/statenbrief-2010-sociaal-domein-pns\""))
            #expect(page.text.contains("href=\"/zoeken?q=toezeggingen&amp;collectie=documenten\""), "a facet narrows to documents")
            let documents = try await client.execute(uri: "/zoeken?q=toezeggingen&collectie=documenten", method: .get, headers: [:], body: nil)
            #expect(documents.text.contains("2 resultaten") && !documents.text.contains("href=\"/bijeenkomsten/statencommissie"))
            // Every part of a snippet is escaped; only the marks are markup.
            let admin = Viewer(user: try #require(try await Accounts(database: app.database).user(email: "beheerder@test.example")))
            _ = try await DocumentEditor(database: app.database).create(try DocumentDraft(.init(
                titel: "Escapeproef", soort: "notulen", datum: "2026-11-02", tekst: "<script>alert(1)</script> & het escapeproefwoord.")), by: admin)
            let escaped = try await client.execute(uri: "/zoeken?q=escapeproefwoord", method: .get, headers: [:], body: nil)
            #expect(escaped.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; het <mark>escapeproefwoord</mark>"))
            #expect(!escaped.text.contains("<script>alert"))
            let api = try await client.execute(uri: "/api/v1/zoeken?q=escapeproefwoord", method: .get, headers: [:], body: nil)
            #expect(api.text.contains("&lt;script&gt;") && api.text.contains("<mark>escapeproefwoord</mark>") && api.text.contains("\"fragmentTekst\""))
        }
    }

    @Test("a search that cannot be read keeps what was typed and says why, in Dutch; the API names q", arguments: TestDatabase.backends)
    func badInput(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let page = try await client.execute(uri: "/zoeken?q=-geheim&jaar=twintig", method: .get, headers: [:], body: nil)
            #expect(page.status == .badRequest && page.text.contains("value=\"-geheim\""))
            #expect(page.text.contains("q sluit alleen woorden uit") && page.text.contains("jaar moet een jaartal"))
            let empty = try await client.execute(uri: "/zoeken?q=%21%21", method: .get, headers: [:], body: nil)
            #expect(empty.status == .ok && empty.text.contains("Geef een woord om op te zoeken."))
            for uri in ["/api/v1/zoeken?q=-geheim", "/api/v1/zoeken?q=%21", "/api/v1/zoeken?q=gemeente&collectie=fietsen"] {
                let api = try await client.execute(uri: uri, method: .get, headers: [:], body: nil)
                #expect(api.status == .badRequest && api.headers[.contentType]?.hasPrefix("application/problem+json") == true, "\(uri)")
            }
            let missing = try await client.execute(uri: "/api/v1/zoeken", method: .get, headers: [:], body: nil)
            #expect(missing.status == .badRequest)
        }
    }

    @Test("the API gives each hit's collection, id, title, snippet and links, with paging and facets", arguments: TestDatabase.backends)
    func api(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let response = try await client.execute(uri: "/api/v1/zoeken?q=%22sociaal%20domein%22&pageSize=2", method: .get, headers: [:], body: nil)
            #expect(response.status == .ok)
            struct Body: Decodable {
                struct Hit: Decodable { let collectie: String, id: String, titel: String, fragment: String }
                struct Facets: Decodable { struct Facet: Decodable { let waarde: String, aantal: Int }; let collecties: [Facet] }
                let totaal: Int, resultaten: [Hit], facetten: Facets
            }
            let body = try JSONDecoder().decode(Body.self, from: Data(response.text.utf8))
            #expect(body.resultaten.count == 2 && body.totaal > 2)
            #expect(body.facetten.collecties.reduce(0) { $0 + $1.aantal } == body.totaal)
            #expect(body.resultaten.allSatisfy { !$0.id.isEmpty && SiteSearch.collections.map(\.collection).contains($0.collectie) })
            #expect(response.text.contains("\"next\""))
        }
    }
}
