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

/// Keeping the structure through the forms: a body with its members.
@Suite("Gremia bewerken")
struct BodyWebTests {
    @Test("an editor adds a body with members; a bad form keeps what was typed; a stale edit is a conflict",
          arguments: TestDatabase.backends)
    func forms(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let headers = app.headers(.redacteur, form: true)
            let blank = try await client.execute(uri: SiteRoute.newBody.href, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(blank.status == .ok && blank.text.contains("<datalist id=\"rollen\">") && blank.text.contains("secretaris-penningmeester"))
            let fields: [(String, String)] = [
                ("naam", "Werkgroep formulierproef"), ("soort", "werkgroep"), ("organisatie", "vdg"), ("onderdeelVan", "vdg-bestuur"),
                ("leden[0].persoon", "out"), ("leden[0].rol", "voorzitter"), ("leden[0].vanaf", "2020"),
            ]
            let invalid = try await client.execute(uri: SiteRoute.list(.body).href, method: .post, headers: headers,
                                                   body: app.form(.redacteur, fields + [("leden[1].persoon", "heimstra"), ("leden[0].tot", "2019")]))
            #expect(invalid.status == .badRequest)
            #expect(invalid.text.contains("leden[1].rol is verplicht") && invalid.text.contains("leden[0].tot (2019) ligt vóór leden[0].vanaf (2020)."))
            #expect(invalid.text.contains("value=\"Werkgroep formulierproef\"") && invalid.text.contains("value=\"heimstra\""))
            let created = try await client.execute(uri: SiteRoute.list(.body).href, method: .post, headers: headers, body: app.form(.redacteur, fields))
            #expect(created.status == .seeOther && created.headers[.location] == "/gremia/werkgroep-formulierproef")
            let page = try await client.execute(uri: "/gremia/werkgroep-formulierproef", method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(page.text.contains("Bewerken") && page.text.contains("voorzitter"))
            let edit = try await client.execute(uri: SiteRoute.editBody("werkgroep-formulierproef").href, method: .get,
                                                headers: app.headers(.redacteur), body: nil)
            let memberID = try #require(edit.text.firstMatch(of: /name="leden\[0\]\.id" value="([^"]+)"/)).1
            let first = try await client.execute(uri: SiteRoute.editBody("werkgroep-formulierproef").href, method: .post, headers: headers,
                                                 body: app.form(.redacteur, fields + [("versie", "1"), ("leden[0].id", String(memberID)), ("omschrijving", "Eerste")]))
            #expect(first.status == .seeOther)
            let second = try await client.execute(uri: SiteRoute.editBody("werkgroep-formulierproef").href, method: .post, headers: headers,
                                                  body: app.form(.redacteur, fields + [("versie", "1"), ("omschrijving", "Tweede")]))
            #expect(second.status == .conflict && second.text.contains("Het gremium is intussen gewijzigd") && second.text.contains("Tweede"))
            let reader = try await client.execute(uri: SiteRoute.newBody.href, method: .get, headers: app.headers(.lezer), body: nil)
            #expect(reader.status == .forbidden)
        }
    }
    @Test("the API adds and replaces a body with If-Match, keeps a member's id, names bad rows, refuses readers and anonymous callers",
          arguments: TestDatabase.backends)
    func api(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let body = #"{"naam":"Werkgroep via de API","soort":"werkgroep","organisatie":"vdg","onderdeelVan":"vdg-bestuur","vergaderingenPerJaarMin":4,"leden":[{"persoon":"out","rol":"voorzitter","vanaf":"2020"}]}"#
            let created = try await client.execute(uri: "/api/v1/gremia", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: body))
            #expect(created.status == .created)
            #expect(created.headers[.location] == "/api/v1/gremia/werkgroep-via-de-api" && created.headers[.eTag] == "\"1\"")
            let json = try JSONSerialization.jsonObject(with: Data(created.text.utf8)) as? [String: Any]
            let members = json?["leden"] as? [[String: Any]] ?? []
            let memberID = try #require(members.first?["id"] as? String)
            #expect(members.first?["rol"] as? String == "voorzitter" && json?["vertrouwelijkheid"] as? String == "openbaar")
            #expect((json?["bovenliggende"] as? [String: Any])?["id"] as? String == "vdg-bestuur")
            let fetched = try await client.execute(uri: "/api/v1/gremia/werkgroep-via-de-api", method: .get, headers: [:], body: nil)
            #expect(fetched.status == .ok && fetched.headers[.eTag] == "\"1\"")
            var ifMatch = app.headers(.redacteur, api: true)
            ifMatch[.ifMatch] = "\"1\""
            let changed = body.replacingOccurrences(of: #"{"persoon":"out""#, with: #"{"id":"\#(memberID)","persoon":"out""#)
                .replacingOccurrences(of: "\"vergaderingenPerJaarMin\":4", with: "\"vergaderingenPerJaarMin\":6")
            let replaced = try await client.execute(uri: "/api/v1/gremia/werkgroep-via-de-api", method: .put, headers: ifMatch,
                                                    body: ByteBuffer(string: changed))
            #expect(replaced.status == .ok && replaced.headers[.eTag] == "\"2\"")
            let after = try JSONSerialization.jsonObject(with: Data(replaced.text.utf8)) as? [String: Any]
            #expect(after?["vergaderingenPerJaarMin"] as? Int == 6)
            #expect((after?["leden"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [memberID])
            let stale = try await client.execute(uri: "/api/v1/gremia/werkgroep-via-de-api", method: .put, headers: ifMatch,
                                                 body: ByteBuffer(string: body))
            #expect(stale.status == .preconditionFailed)
            let unversioned = try await client.execute(uri: "/api/v1/gremia/werkgroep-via-de-api", method: .put,
                                                       headers: app.headers(.redacteur, api: true), body: ByteBuffer(string: body))
            #expect(unversioned.status == .preconditionRequired)
            let bad = #"{"naam":"Fout gremium","soort":"geen-soort","vergaderingenPerJaarMin":8,"vergaderingenPerJaarMax":2,"leden":[{"persoon":"bestaat-niet","rol":"lid"},{"persoon":"out","rol":"lid","vanaf":"2021","tot":"2020"}]}"#
            let invalid = try await client.execute(uri: "/api/v1/gremia", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: bad))
            #expect(invalid.status == .badRequest)
            for field in ["soort", "leden[0].persoon", "leden[1].tot"] {
                #expect(invalid.text.contains(field), "\(field) named")
            }
            let reader = try await client.execute(uri: "/api/v1/gremia", method: .post, headers: app.headers(.lezer, api: true),
                                                  body: ByteBuffer(string: body))
            #expect(reader.status == .forbidden)
            let anonymous = try await client.execute(uri: "/api/v1/gremia", method: .post, headers: [.contentType: "application/json"],
                                                     body: ByteBuffer(string: bad))
            #expect(anonymous.status == .unauthorized)
            let missing = try await client.execute(uri: "/api/v1/gremia/bestaat-niet", method: .put, headers: ifMatch,
                                                   body: ByteBuffer(string: body))
            #expect(missing.status == .notFound)
        }
    }
}
