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

/// The policy products list, a product's page, the form and the API.
@Suite("Beleidsproducten")
struct PolicyProductWebTests {
    @Test("the list shows each product's task, roles and consequences; filters; a bad filter is named", arguments: TestDatabase.backends)
    func list(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let page = try await client.execute(uri: "/beleidsproducten", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok && page.text.contains("5 beleidsproducten"))
            #expect(page.text.contains("Topsport: voortzetten, rol stimuleren") && page.text.contains("Wettelijke taak"))
            let kept = try await client.execute(uri: "/beleidsproducten?consequentie=voortzetten", method: .get, headers: [:], body: nil)
            #expect(kept.text.contains("2 beleidsproducten gevonden"))
            let bad = try await client.execute(uri: "/beleidsproducten?rol=regeren", method: .get, headers: [:], body: nil)
            #expect(bad.status == .badRequest && bad.text.contains("rol"))
            let task = try await client.execute(uri: "/opgaven/pns-mijn-jeugd", method: .get, headers: [:], body: nil)
            #expect(task.text.contains("href=\"/beleidsproducten/beleidsproduct-mijn-jeugd\""))
        }
    }

    @Test("an editor adds a product with its consequences; a bad one keeps what was typed; the API writes with If-Match",
          arguments: TestDatabase.backends)
    func writes(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let form = try await client.execute(uri: SiteRoute.newPolicyProduct.href, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(form.status == .ok && form.text.contains("name=\"consequenties[0].onderwerp\""))
            let typed: [(String, String)] = [("naam", "Mijn cultuur"), ("rollen", "regisseren"), ("consequenties[0].onderwerp", "Musea")]
            let bad = try await client.execute(uri: "/beleidsproducten", method: .post, headers: app.headers(.redacteur, form: true),
                                               body: app.form(.redacteur, typed + [("actie", "opslaan")]))
            #expect(bad.status == .badRequest && bad.text.contains("value=\"Musea\"") && bad.text.contains("consequenties[0].consequentie is verplicht"))
            let good = try await client.execute(uri: "/beleidsproducten", method: .post, headers: app.headers(.redacteur, form: true),
                                                body: app.form(.redacteur, typed + [("consequenties[0].consequentie", "voortzetten"), ("actie", "opslaan")]))
            #expect(good.status == .seeOther && good.headers[.location] == "/beleidsproducten/beleidsproduct-mijn-cultuur")
            let page = try await client.execute(uri: "/beleidsproducten/beleidsproduct-mijn-cultuur", method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(page.text.contains("Musea: voortzetten") && page.text.contains("Regisseren"))

            let body = #"{"naam":"Mijn erfgoed","eigenaar":"provincie-drenthe","kerntaak":false,"rollen":["stimuleren"],"consequenties":[{"onderwerp":"Archeologie","consequentie":"overdragen","vanaf":"2013"}]}"#
            let created = try await client.execute(uri: "/api/v1/beleidsproducten", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: body))
            #expect(created.status == .created && created.headers[.location] == "/api/v1/beleidsproducten/beleidsproduct-mijn-erfgoed")
            #expect(created.text.contains("\"kerntaak\" : false") || created.text.contains("\"kerntaak\":false"))
            var ifMatch = app.headers(.redacteur, api: true)
            ifMatch[.ifMatch] = "\"1\""
            let replaced = try await client.execute(uri: "/api/v1/beleidsproducten/beleidsproduct-mijn-erfgoed", method: .put, headers: ifMatch,
                                                    body: ByteBuffer(string: body.replacingOccurrences(of: "overdragen", with: "afbouwen")))
            #expect(replaced.status == .ok && replaced.headers[.eTag] == "\"2\"" && replaced.text.contains("afbouwen"))
            let invalid = try await client.execute(uri: "/api/v1/beleidsproducten", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: #"{"naam":"X","opgave":"niet-bestaand"}"#))
            #expect(invalid.status == .badRequest && invalid.text.contains("opgave"))
            let one = try await client.execute(uri: "/api/v1/beleidsproducten/beleidsproduct-mijn-jeugd", method: .get, headers: [:], body: nil)
            #expect(one.status == .ok && one.text.contains("wettelijke_taak") && one.text.contains("drents-jeugdzorgprogramma"))
            ifMatch[.ifMatch] = "\"2\""
            let deleted = try await client.execute(uri: "/api/v1/beleidsproducten/beleidsproduct-mijn-erfgoed", method: .delete, headers: ifMatch, body: nil)
            #expect(deleted.status == .noContent)
        }
    }
}
