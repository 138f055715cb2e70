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

/// The joint decisions list, a decision's page with its coalition map, the form and the API.
@Suite("Gezamenlijke besluiten")
struct JointDecisionWebTests {
    @Test("the list shows each coalition's standing; the organisation's own column; a bad filter is named", arguments: TestDatabase.backends)
    func list(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let page = try await client.execute(uri: "/gezamenlijke-besluiten", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok && page.text.contains("3 gezamenlijke besluiten") && page.text.contains("13 van de 13 hebben vastgesteld"))
            let assen = try await client.execute(uri: "/gezamenlijke-besluiten?organisatie=gemeente-assen", method: .get, headers: [:], body: nil)
            #expect(assen.text.contains("<th scope=\"col\">Gemeente Assen</th>") && assen.text.contains("<td>Vastgesteld op oktober 2016</td>"))
            let bad = try await client.execute(uri: "/gezamenlijke-besluiten?status=besloten", method: .get, headers: [:], body: nil)
            #expect(bad.status == .badRequest && bad.text.contains("status"))
            let organisation = try await client.execute(uri: "/organisaties/gemeente-assen", method: .get, headers: [:], body: nil)
            #expect(organisation.text.contains("href=\"/gezamenlijke-besluiten?organisatie=gemeente-assen\""))
            let collaboration = try await client.execute(uri: "/samenwerkingen/rud-drenthe", method: .get, headers: [:], body: nil)
            #expect(collaboration.text.contains("href=\"/gezamenlijke-besluiten/besluit-rud-drenthe-openbaar-lichaam\""))
        }
    }

    @Test("a decision's page: the map with a title, a text alternative naming every municipality, a legend in words and symbols, the table",
          arguments: TestDatabase.backends)
    func map(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let admin = app.headers(.beheerder, api: true)
            let body = #"{"titel":"Regionale aanpak laaggeletterdheid","orgaan":"college","aangebodenOp":"2026-09-01","besluiten":[{"organisatie":"gemeente-assen","status":"vastgesteld","datum":"2026-10-06","url":"https://www.assen.nl/besluit"},{"organisatie":"gemeente-emmen","status":"verworpen"},{"organisatie":"gemeente-meppel","status":"ziet_af"},{"organisatie":"zilveren-kruis","status":"vastgesteld"}]}"#
            let created = try await client.execute(uri: "/api/v1/gezamenlijke-besluiten", method: .post, headers: admin, body: ByteBuffer(string: body))
            #expect(created.status == .created)
            #expect(created.text.contains("nogTeBesluiten") && created.text.contains("GM0106"))
            let page = try await client.execute(uri: "/gezamenlijke-besluiten/besluit-regionale-aanpak-laaggeletterdheid", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok)
            let text = page.text
            #expect(text.contains("<svg") && text.contains("role=\"img\"") && text.contains("<title id=\"kaart-titel\">Kaart: Regionale aanpak laaggeletterdheid</title>"))
            #expect(text.contains("Vastgesteld: Assen. Verworpen: Emmen. Ziet af: Meppel."))
            #expect(text.contains("Niet aangeboden of niet bekend: Aa en Hunze, Borger-Odoorn, Coevorden,"), "the text alternative names the municipalities not offered")
            #expect(text.contains("class=\"map-legend\"") && text.contains("Verworpen: 1") && text.contains("Niet aangeboden of niet bekend: 9"))
            #expect(text.contains("Niet op de kaart (geen gemeentegrens bekend): Zilveren Kruis"))
            #expect(text.contains("href=\"https://www.assen.nl/besluit\"") && text.contains("© CBS / Kadaster (PDOK)"))
            #expect(text.contains("2 van de 4 hebben vastgesteld"))
            #expect(!text.contains("Een samenwerking beginnen"), "the public does not get the editor's link")
            let editor = try await client.execute(uri: "/gezamenlijke-besluiten/besluit-regionale-aanpak-laaggeletterdheid", method: .get,
                                                  headers: app.headers(.beheerder), body: nil)
            #expect(editor.text.contains("href=\"/samenwerkingen/nieuw?besluit=besluit-regionale-aanpak-laaggeletterdheid\""))
            let form = try await client.execute(uri: "/samenwerkingen/nieuw?besluit=besluit-regionale-aanpak-laaggeletterdheid", method: .get,
                                                headers: app.headers(.beheerder), body: nil)
            #expect(form.status == .ok && form.text.contains("name=\"deelnemers[0].organisatie\" value=\"gemeente-assen\""))
            #expect(form.text.contains("name=\"deelnemers[1].organisatie\" value=\"zilveren-kruis\"")
                    && form.text.contains("name=\"deelnemers[2].organisatie\" value=\"\""), "only the organisations that adopted become participants")
        }
    }

    @Test("an editor adds a decision with each organisation's answer; a bad one keeps what was typed; the API writes with If-Match; anonymous is 401",
          arguments: TestDatabase.backends)
    func writes(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let form = try await client.execute(uri: SiteRoute.newJointDecision.href, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(form.status == .ok && form.text.contains("name=\"besluiten[0].organisatie\""))
            let typed: [(String, String)] = [("titel", "Gezamenlijke inkoop jeugdhulp"), ("besluiten[0].organisatie", "gemeente-assen"),
                                             ("besluiten[1].organisatie", "gemeente-assen"), ("besluiten[1].status", "vastgesteld")]
            let bad = try await client.execute(uri: "/gezamenlijke-besluiten", method: .post, headers: app.headers(.redacteur, form: true),
                                               body: app.form(.redacteur, typed + [("actie", "opslaan")]))
            #expect(bad.status == .badRequest && bad.text.contains("value=\"Gezamenlijke inkoop jeugdhulp\""))
            #expect(bad.text.contains("besluiten[0].status is verplicht") && bad.text.contains("staat al in regel 1"))
            let good = try await client.execute(uri: "/gezamenlijke-besluiten", method: .post, headers: app.headers(.redacteur, form: true),
                                                body: app.form(.redacteur, [("titel", "Gezamenlijke inkoop jeugdhulp"), ("besluiten[0].organisatie", "gemeente-assen"),
                                                                            ("besluiten[0].status", "geagendeerd"), ("actie", "opslaan")]))
            #expect(good.status == .seeOther && good.headers[.location] == "/gezamenlijke-besluiten/besluit-gezamenlijke-inkoop-jeugdhulp")

            let anonymous = try await client.execute(uri: "/api/v1/gezamenlijke-besluiten", method: .post, headers: [.contentType: "application/json"],
                                                     body: ByteBuffer(string: #"{"titel":""}"#))
            #expect(anonymous.status == .unauthorized, "authentication before validation")
            let body = #"{"titel":"Regionaal mobiliteitsplan","besluiten":[{"organisatie":"gemeente-assen","status":"aangeboden"}]}"#
            let created = try await client.execute(uri: "/api/v1/gezamenlijke-besluiten", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: body))
            #expect(created.status == .created && created.headers[.location] == "/api/v1/gezamenlijke-besluiten/besluit-regionaal-mobiliteitsplan")
            var ifMatch = app.headers(.redacteur, api: true)
            ifMatch[.ifMatch] = "\"1\""
            let replaced = try await client.execute(uri: "/api/v1/gezamenlijke-besluiten/besluit-regionaal-mobiliteitsplan", method: .put, headers: ifMatch,
                                                    body: ByteBuffer(string: body.replacingOccurrences(of: "aangeboden", with: "gewijzigd_vastgesteld")))
            #expect(replaced.status == .ok && replaced.headers[.eTag] == "\"2\"" && replaced.text.contains("gewijzigd_vastgesteld"))
            let stale = try await client.execute(uri: "/api/v1/gezamenlijke-besluiten/besluit-regionaal-mobiliteitsplan", method: .put, headers: ifMatch,
                                                 body: ByteBuffer(string: body))
            #expect(stale.status == .preconditionFailed)
            let invalid = try await client.execute(uri: "/api/v1/gezamenlijke-besluiten", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: #"{"titel":"X","besluiten":[{"organisatie":"gemeente-assen","status":"vastgesteld","url":"ftp://x"}]}"#))
            #expect(invalid.status == .badRequest && invalid.text.contains("besluiten[0].url"))
            let list = try await client.execute(uri: "/api/v1/gezamenlijke-besluiten?organisatie=zilveren-kruis", method: .get, headers: [:], body: nil)
            #expect(list.status == .ok && list.text.contains("besluit-werkagenda-zorg-2016") && !list.text.contains("besluit-rud-drenthe"))
            ifMatch[.ifMatch] = "\"2\""
            let deleted = try await client.execute(uri: "/api/v1/gezamenlijke-besluiten/besluit-regionaal-mobiliteitsplan", method: .delete, headers: ifMatch, body: nil)
            #expect(deleted.status == .noContent)
        }
    }
}
