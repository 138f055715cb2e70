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
}
