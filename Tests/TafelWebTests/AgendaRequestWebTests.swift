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

/// The agenda requests register, a request's page with its questions, the form, the API and the exports.
@Suite("Agenderingsverzoeken")
struct AgendaRequestWebTests {
    static let demo = "agenderingsverzoek-2012-pvda-samenwerking-sociaal-domein"

    @Test("the register and a request's page show the fraction, the committee and each question with its status",
          arguments: TestDatabase.backends)
    func pages(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let list = try await client.execute(uri: "/agenderingsverzoeken", method: .get, headers: [:], body: nil)
            #expect(list.status == .ok && list.text.contains("1 agenderingsverzoek") && list.text.contains("6 vragen, 6 open"))
            #expect(list.text.contains("href=\"/agenderingsverzoeken/\(Self.demo)\"") && list.text.contains("PvdA-Statenfractie Drenthe"))
            let open = try await client.execute(uri: "/agenderingsverzoeken?openVragen=ja&fractie=pvda-statenfractie-drenthe", method: .get,
                                                headers: [:], body: nil)
            #expect(open.text.contains("1 agenderingsverzoek gevonden") && open.text.contains("name=\"openVragen\" value=\"ja\" checked"))
            let bad = try await client.execute(uri: "/agenderingsverzoeken?status=klaar&openVragen=misschien", method: .get, headers: [:], body: nil)
            #expect(bad.status == .badRequest && bad.text.contains("status") && bad.text.contains("openVragen"))
            let page = try await client.execute(uri: SiteRoute.record(.agendaRequest, Self.demo).href, method: .get, headers: [:], body: nil)
            #expect(page.status == .ok)
            for fact in ["Motivatie voor agendering", "Visie van de fractie", "Vragen aan de overige fracties", "Vragen aan het college",
                         "5. Ziet het college mogelijkheden", "Open: geen antwoord vastgelegd", "Ingediend op", "niet bekend",
                         "href=\"/documenten/statenbrief-2012-voorbeelden-samenwerking-gemeenten\"",
                         "href=\"/gremia/statencommissie-cultuur-en-economie\""] {
                #expect(page.text.contains(fact), "\(fact)")
            }
            let letter = try await client.execute(uri: "/documenten/statenbrief-2012-voorbeelden-samenwerking-gemeenten", method: .get,
                                                  headers: [:], body: nil)
            #expect(letter.text.contains("href=\"/agenderingsverzoeken/\(Self.demo)\""))
            let missing = try await client.execute(uri: "/agenderingsverzoeken/bestaat-niet", method: .get, headers: [:], body: nil)
            #expect(missing.status == .notFound)
        }
    }

    @Test("an editor adds a request with an answer in the form; a bad one comes back with fields named and what was typed kept",
          arguments: TestDatabase.backends)
    func form(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let empty = try await client.execute(uri: SiteRoute.newAgendaRequest.href, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(empty.status == .ok && empty.text.contains("name=\"vragen[0].tekst\"") && !empty.text.contains("antwoorden[0]"))
            let reader = try await client.execute(uri: SiteRoute.newAgendaRequest.href, method: .get, headers: app.headers(.lezer), body: nil)
            #expect(reader.status == .forbidden)
            let typed: [(String, String)] = [
                ("titel", "Armoedebeleid"), ("fractie", "pvda-statenfractie-drenthe"), ("gremium", "statencommissie-cultuur-en-economie"),
                ("vragen[0].aan", "college"), ("vragen[0].nummer", "1"), ("vragen[0].tekst", "Wat doet GS aan armoede?"),
            ]
            let more = try await client.execute(uri: "/agenderingsverzoeken", method: .post, headers: app.headers(.redacteur, form: true),
                                                body: app.form(.redacteur, typed + [("actie", "meer-regels")]))
            #expect(more.status == .ok && more.text.contains("name=\"vragen[0].antwoorden[0].tekst\"") && more.text.contains("Wat doet GS aan armoede?"))
            let bad = try await client.execute(uri: "/agenderingsverzoeken", method: .post, headers: app.headers(.redacteur, form: true),
                                               body: app.form(.redacteur, typed + [("vragen[0].antwoorden[0].op", "2012-13"), ("actie", "opslaan")]))
            #expect(bad.status == .badRequest && bad.text.contains("value=\"Armoedebeleid\""))
            for problem in ["vragen[0].antwoorden[0].op moet", "vragen[0].antwoorden[0].tekst, document of bijeenkomst is verplicht"] {
                #expect(bad.text.contains(problem), "\(problem)")
            }
            let good = try await client.execute(uri: "/agenderingsverzoeken", method: .post, headers: app.headers(.redacteur, form: true),
                                                body: app.form(.redacteur, typed + [
                ("vragen[0].antwoorden[0].tekst", "GS verwijzen naar de gemeenten."), ("vragen[0].antwoorden[0].op", "2012-05"),
                ("vragen[0].antwoorden[0].doorGremium", "gedeputeerde-staten-drenthe"), ("actie", "opslaan"),
            ]))
            #expect(good.status == .seeOther && good.headers[.location] == "/agenderingsverzoeken/agenderingsverzoek-armoedebeleid")
            let page = try await client.execute(uri: "/agenderingsverzoeken/agenderingsverzoek-armoedebeleid", method: .get,
                                                headers: app.headers(.redacteur), body: nil)
            #expect(page.text.contains("Beantwoord") && page.text.contains("Antwoord: GS verwijzen naar de gemeenten."))
            #expect(page.text.contains("door Gedeputeerde Staten van Drenthe, mei 2012"))
            let stale = try await client.execute(uri: SiteRoute.editAgendaRequest("agenderingsverzoek-armoedebeleid").href, method: .post,
                                                 headers: app.headers(.redacteur, form: true), body: app.form(.redacteur, typed + [("versie", "7")]))
            #expect(stale.status == .conflict && stale.text.contains("intussen gewijzigd"))
        }
    }

    @Test("the API lists, adds with nested questions and answers, replaces with If-Match, and removes", arguments: TestDatabase.backends)
    func api(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let list = try await client.execute(uri: "/api/v1/agenderingsverzoeken?openVragen=ja", method: .get, headers: [:], body: nil)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(list.text.utf8)) as? [String: Any])
            let first = (json["resultaten"] as? [[String: Any]])?.first
            #expect(json["totaal"] as? Int == 1 && first?["openVragen"] as? Int == 6 && first?["aantalVragen"] as? Int == 6)
            let item = try await client.execute(uri: "/api/v1/agenderingsverzoeken/\(Self.demo)", method: .get, headers: [:], body: nil)
            #expect(item.headers[.eTag] == "\"1\"")
            let one = try #require(try JSONSerialization.jsonObject(with: Data(item.text.utf8)) as? [String: Any])
            let questions = one["vragen"] as? [[String: Any]] ?? []
            #expect(questions.count == 6 && questions[1]["nummer"] as? Int == 1 && questions[1]["aan"] as? String == "college")
            #expect(questions.allSatisfy { $0["status"] as? String == "open" })

            let body = #"{"titel":"Wmo-samenwerking","fractie":"pvda-statenfractie-drenthe","gremium":"statencommissie-cultuur-en-economie","ingediendOp":"2012-04","vragen":[{"aan":"college","nummer":1,"tekst":"Is er overleg?","antwoorden":[{"tekst":"Ja, in de VDG.","op":"2012-05","doorGremium":"gedeputeerde-staten-drenthe"}]},{"aan":"fracties","tekst":"Wat vinden de anderen?"}]}"#
            let created = try await client.execute(uri: "/api/v1/agenderingsverzoeken", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: body))
            #expect(created.status == .created && created.headers[.location] == "/api/v1/agenderingsverzoeken/agenderingsverzoek-wmo-samenwerking")
            let made = try JSONSerialization.jsonObject(with: Data(created.text.utf8)) as? [String: Any]
            #expect((made?["vragen"] as? [[String: Any]])?.map { $0["status"] as? String } == ["beantwoord", "open"])
            var ifMatch = app.headers(.redacteur, api: true)
            let noVersion = try await client.execute(uri: "/api/v1/agenderingsverzoeken/agenderingsverzoek-wmo-samenwerking", method: .put,
                                                     headers: ifMatch, body: ByteBuffer(string: body))
            #expect(noVersion.status == .preconditionRequired)
            ifMatch[.ifMatch] = "\"1\""
            let replaced = try await client.execute(uri: "/api/v1/agenderingsverzoeken/agenderingsverzoek-wmo-samenwerking", method: .put,
                                                    headers: ifMatch,
                                                    body: ByteBuffer(string: body.replacingOccurrences(of: #""ingediendOp""#, with: #""status":"behandeld","ingediendOp""#)))
            #expect(replaced.status == .ok && replaced.headers[.eTag] == "\"2\"" && replaced.text.contains("\"behandeld\""))
            let stale = try await client.execute(uri: "/api/v1/agenderingsverzoeken/agenderingsverzoek-wmo-samenwerking", method: .put,
                                                 headers: ifMatch, body: ByteBuffer(string: body))
            #expect(stale.status == .preconditionFailed)
            let invalid = try await client.execute(uri: "/api/v1/agenderingsverzoeken", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: #"{"titel":"X","fractie":"niemand","gremium":"statencommissie-cultuur-en-economie","vragen":[{"aan":"college","tekst":"?","antwoorden":[{"op":"2012"}]}]}"#))
            #expect(invalid.status == .badRequest && invalid.text.contains("fractie") && invalid.text.contains("vragen[0].antwoorden[0].tekst"))
            let reader = try await client.execute(uri: "/api/v1/agenderingsverzoeken", method: .post, headers: app.headers(.lezer, api: true),
                                                  body: ByteBuffer(string: body))
            #expect(reader.status == .forbidden)
            let history = try await client.execute(uri: "/api/v1/agenderingsverzoeken/agenderingsverzoek-wmo-samenwerking/historie", method: .get,
                                                   headers: app.headers(.redacteur, api: true), body: nil)
            #expect(history.status == .ok && history.text.contains("antwoorden"))
            ifMatch[.ifMatch] = "\"2\""
            let deleted = try await client.execute(uri: "/api/v1/agenderingsverzoeken/agenderingsverzoek-wmo-samenwerking", method: .delete,
                                                   headers: ifMatch, body: nil)
            #expect(deleted.status == .noContent)
        }
    }

    @Test("questions and answers export as ODS vraag and antwoord and as CSV", arguments: TestDatabase.backends)
    func exports(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let ods = try await client.execute(uri: SiteRoute.agendaRequestsODS().href, method: .get, headers: [:], body: nil)
            let objects = try #require(try JSONSerialization.jsonObject(with: Data(ods.text.utf8)) as? [[String: Any]])
            #expect(objects.count == 6 && objects.allSatisfy { $0["informatieobjecttype"] as? String == "vraag" })
            #expect(objects.first?["identificatie"] as? String == "\(Self.demo)/vraag-1" && objects.first?["tafelAan"] as? String == "fracties")
            let csv = try await client.execute(uri: SiteRoute.agendaRequestsCSV().href, method: .get, headers: [:], body: nil)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(csv.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 7)
        }
    }
}
