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

/// The positions list, a position's page, the form and the API.
@Suite("Standpunten")
struct StanceWebTests {
    @Test("the list and a position's page; the lobby agenda as a filter; a bad filter is named", arguments: TestDatabase.backends)
    func pages(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let page = try await client.execute(uri: "/standpunten", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok && page.text.contains("2 standpunten") && page.text.contains("Ministerie van Binnenlandse Zaken"))
            #expect(page.text.contains("href=\"/standpunten?lobbyagenda=ja\""))
            let lobby = try await client.execute(uri: "/standpunten?lobbyagenda=ja", method: .get, headers: [:], body: nil)
            #expect(lobby.text.contains("0 standpunten gevonden"))
            let bad = try await client.execute(uri: "/standpunten?richting=brussel", method: .get, headers: [:], body: nil)
            #expect(bad.status == .badRequest && bad.text.contains("richting"))
            let one = try await client.execute(uri: "/standpunten/standpunt-2020-een-ministerie-verantwoordelijk-bzk-regierol", method: .get,
                                               headers: [:], body: nil)
            #expect(one.status == .ok && one.text.contains("durf regierol te pakken") && one.text.contains("href=\"/personen/van-oosterhout\""))
            let task = try await client.execute(uri: "/opgaven/ibp-openbaar-bestuur", method: .get, headers: [:], body: nil)
            #expect(task.text.contains("href=\"/standpunten/standpunt-2020-lange-adem-in-regeerakkoord\""))
        }
    }

    @Test("an editor adds a position; a bad one keeps what was typed; the API writes with If-Match; anonymous is 401",
          arguments: TestDatabase.backends)
    func writes(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let form = try await client.execute(uri: SiteRoute.newStance.href, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(form.status == .ok && form.text.contains("name=\"steunendeOrganisaties\""))
            let typed: [(String, String)] = [("titel", "Structurele middelen voor de RES"), ("richting", "rijk"), ("status", "ingenomen"),
                                             ("steunendeOrganisaties", "gemeente-assen; gemeente-emmen")]
            let bad = try await client.execute(uri: "/standpunten", method: .post, headers: app.headers(.redacteur, form: true),
                                               body: app.form(.redacteur, typed + [("actie", "opslaan")]))
            #expect(bad.status == .badRequest && bad.text.contains("value=\"gemeente-assen; gemeente-emmen\"") && bad.text.contains("ingenomenOp is verplicht"))
            let unknown = try await client.execute(uri: "/standpunten", method: .post, headers: app.headers(.redacteur, form: true),
                                                   body: app.form(.redacteur, [("titel", "X"), ("richting", "rijk"),
                                                                               ("steunendeOrganisaties", "gemeente-assen; Gemeente Emmen"), ("actie", "opslaan")]))
            #expect(unknown.status == .badRequest && unknown.text.contains("id=\"fout-steunendeOrganisaties\""),
                    "the problem of one item of a list stands at the field it was typed in")
            let good = try await client.execute(uri: "/standpunten", method: .post, headers: app.headers(.redacteur, form: true),
                                                body: app.form(.redacteur, typed + [("ingenomenOp", "2026-03-12"), ("lobbyagenda", "ja"), ("actie", "opslaan")]))
            #expect(good.status == .seeOther && good.headers[.location] == "/standpunten/standpunt-structurele-middelen-voor-de-res")
            let lobby = try await client.execute(uri: "/standpunten?lobbyagenda=ja", method: .get, headers: [:], body: nil)
            #expect(lobby.text.contains("1 standpunt gevonden") && lobby.text.contains("op de lobbyagenda"))

            let anonymous = try await client.execute(uri: "/api/v1/standpunten", method: .post, headers: [.contentType: "application/json"],
                                                     body: ByteBuffer(string: #"{"titel":""}"#))
            #expect(anonymous.status == .unauthorized, "authentication before validation")
            let body = #"{"titel":"Regionaal maatwerk in de Regiodeal","richting":"rijk","status":"concept","steunendeOrganisaties":["gemeente-emmen"]}"#
            let created = try await client.execute(uri: "/api/v1/standpunten", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: body))
            #expect(created.status == .created && created.headers[.location] == "/api/v1/standpunten/standpunt-regionaal-maatwerk-in-de-regiodeal")
            var ifMatch = app.headers(.redacteur, api: true)
            ifMatch[.ifMatch] = "\"1\""
            let taken = body.replacingOccurrences(of: "\"status\":\"concept\"", with: "\"status\":\"ingebracht\",\"ingenomenOp\":\"2020-11-13\",\"lobbyagenda\":true")
            let replaced = try await client.execute(uri: "/api/v1/standpunten/standpunt-regionaal-maatwerk-in-de-regiodeal", method: .put, headers: ifMatch,
                                                    body: ByteBuffer(string: taken))
            #expect(replaced.status == .ok && replaced.headers[.eTag] == "\"2\"" && replaced.text.contains("ingebracht"))
            let stale = try await client.execute(uri: "/api/v1/standpunten/standpunt-regionaal-maatwerk-in-de-regiodeal", method: .put, headers: ifMatch,
                                                 body: ByteBuffer(string: taken))
            #expect(stale.status == .preconditionFailed)
            let invalid = try await client.execute(uri: "/api/v1/standpunten", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: #"{"titel":"X","richting":"rijk","opgaven":["bestaat-niet"]}"#))
            #expect(invalid.status == .badRequest && invalid.text.contains("opgaven[0]"))
            let list = try await client.execute(uri: "/api/v1/standpunten?lobbyagenda=ja", method: .get, headers: [:], body: nil)
            #expect(list.status == .ok && list.text.contains("standpunt-regionaal-maatwerk-in-de-regiodeal") && !list.text.contains("regeerakkoord"))
            ifMatch[.ifMatch] = "\"2\""
            let deleted = try await client.execute(uri: "/api/v1/standpunten/standpunt-regionaal-maatwerk-in-de-regiodeal", method: .delete,
                                                   headers: ifMatch, body: nil)
            #expect(deleted.status == .noContent)
        }
    }

    @Test("the representation page: each VNG body with its members from the region and its achterban; a body's page names both sides",
          arguments: TestDatabase.backends)
    func representation(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let page = try await client.execute(uri: "/vertegenwoordiging", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok && page.text.contains("href=\"/gremia/vng-commissie-zorg-jeugd-en-onderwijs\""))
            #expect(page.text.contains("Bert Wienen") && page.text.contains("href=\"/gremia/vdg-bo-gezondheid-welzijn\""))
            #expect(page.text.contains("niet bekend: de bronnen noemen geen lid"))
            let body = try await client.execute(uri: "/gremia/vdg-bestuur", method: .get, headers: [:], body: nil)
            #expect(body.text.contains("Is achterban van") && body.text.contains("href=\"/gremia/vng-bestuur\""))
            let api = try await client.execute(uri: "/api/v1/gremia/vng-commissie-zorg-jeugd-en-onderwijs", method: .get, headers: [:], body: nil)
            #expect(api.text.contains("achterban") && api.text.contains("vdg-bo-gezondheid-welzijn"))
        }
    }
}
