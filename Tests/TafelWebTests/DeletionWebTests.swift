import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
@testable import TafelWeb
import Testing

/// Removing bodies, meetings and programmes through the pages and the API, and the meeting
/// list's filters.
@Suite("Verwijderen en de lijst van bijeenkomsten")
struct DeletionWebTests {
    static let programme = "vdg-programma-gezondheid-en-welzijn"

    @Test("an editor confirms on a page and the programme is gone; a body others name shows why it cannot go, without a button",
          arguments: TestDatabase.backends)
    func pages(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let page = try await client.execute(uri: SiteRoute.record(.programme, Self.programme).href, method: .get,
                                                headers: app.headers(.beheerder), body: nil)
            #expect(page.text.contains("href=\"/programmas/\(Self.programme)/verwijderen\""))
            let anonymousPage = try await client.execute(uri: SiteRoute.record(.programme, Self.programme).href, method: .get, headers: [:], body: nil)
            #expect(!anonymousPage.text.contains("/verwijderen"))

            let confirm = try await client.execute(uri: SiteRoute.deleteRecord(.programme, Self.programme).href, method: .get,
                                                   headers: app.headers(.beheerder), body: nil)
            #expect(confirm.status == .ok && confirm.text.contains("Definitief verwijderen") && confirm.text.contains("kan niet ongedaan"))
            let version = try #require(confirm.text.firstMatch(of: /name="versie" value="(\d+)"/)).1
            let stale = try await client.execute(uri: SiteRoute.deleteRecord(.programme, Self.programme).href, method: .post,
                                                 headers: app.headers(.beheerder, form: true),
                                                 body: app.form(.beheerder, [("versie", "\(Int(version)! + 5)")]))
            #expect(stale.status == .conflict && stale.text.contains("intussen gewijzigd"))
            let forged = try await client.execute(uri: SiteRoute.deleteRecord(.programme, Self.programme).href, method: .post,
                                                  headers: app.headers(.beheerder, form: true),
                                                  body: app.form(.beheerder, [("versie", String(version))], csrf: false))
            #expect(forged.status == .forbidden, "no CSRF token, nothing removed")
            let deleted = try await client.execute(uri: SiteRoute.deleteRecord(.programme, Self.programme).href, method: .post,
                                                   headers: app.headers(.beheerder, form: true), body: app.form(.beheerder, [("versie", String(version))]))
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/programmas")
            let gone = try await client.execute(uri: SiteRoute.record(.programme, Self.programme).href, method: .get, headers: [:], body: nil)
            #expect(gone.status == .notFound)

            let body = try await client.execute(uri: SiteRoute.deleteRecord(.body, "provinciale-staten-drenthe").href, method: .get,
                                                headers: app.headers(.beheerder), body: nil)
            #expect(body.status == .ok && body.text.contains("Dit kan nu niet") && body.text.contains("bijeenkomsten"))
            #expect(!body.text.contains("Definitief verwijderen"))
            let reader = try await client.execute(uri: SiteRoute.deleteRecord(.body, "provinciale-staten-drenthe").href, method: .get,
                                                  headers: app.headers(.lezer), body: nil)
            #expect(reader.status == .forbidden)
        }
    }

    @Test("DELETE in the API needs If-Match, answers 204, 409 with the reason for a body others name, and 404 afterwards",
          arguments: TestDatabase.backends)
    func api(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let uri = "/api/v1/programmas/\(Self.programme)"
            let unversioned = try await client.execute(uri: uri, method: .delete, headers: app.headers(.redacteur, api: true), body: nil)
            #expect(unversioned.status == .preconditionRequired)
            let anonymous = try await client.execute(uri: uri, method: .delete, headers: [.ifMatch: "\"1\""], body: nil)
            #expect(anonymous.status == .unauthorized)
            var reader = app.headers(.lezer, api: true)
            reader[.ifMatch] = "\"1\""
            #expect(try await client.execute(uri: uri, method: .delete, headers: reader, body: nil).status == .forbidden)
            let current = try await client.execute(uri: uri, method: .get, headers: [:], body: nil)
            var headers = app.headers(.redacteur, api: true)
            headers[.ifMatch] = "\"999\""
            #expect(try await client.execute(uri: uri, method: .delete, headers: headers, body: nil).status == .preconditionFailed)
            headers[.ifMatch] = current.headers[.eTag]
            let deleted = try await client.execute(uri: uri, method: .delete, headers: headers, body: nil)
            #expect(deleted.status == .noContent)
            #expect(try await client.execute(uri: uri, method: .get, headers: [:], body: nil).status == .notFound)
            #expect(try await client.execute(uri: uri, method: .delete, headers: headers, body: nil).status == .notFound)
            // The history of what was removed stays, for an administrator only.
            let kept = try await client.execute(uri: uri + "/historie", method: .get, headers: app.headers(.beheerder, api: true), body: nil)
            #expect(kept.status == .ok && kept.text.contains("\"verwijderd\"") && kept.text.contains("Gezondheid en Welzijn"))
            let page = try await client.execute(uri: SiteRoute.history(.programme, Self.programme).href, method: .get,
                                                headers: app.headers(.beheerder), body: nil)
            #expect(page.status == .ok && page.text.contains("Verwijderd"))
            #expect(try await client.execute(uri: uri + "/historie", method: .get, headers: app.headers(.redacteur, api: true), body: nil)
                .status == .notFound)
            #expect(try await client.execute(uri: uri + "/historie", method: .get, headers: [:], body: nil).status == .notFound)

            let body = try await client.execute(uri: "/api/v1/gremia/provinciale-staten-drenthe", method: .get, headers: [:], body: nil)
            headers[.ifMatch] = body.headers[.eTag]
            let refused = try await client.execute(uri: "/api/v1/gremia/provinciale-staten-drenthe", method: .delete, headers: headers, body: nil)
            #expect(refused.status == .conflict && refused.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            #expect(refused.text.contains("bijeenkomsten") && refused.text.contains("kan niet worden verwijderd"))
        }
    }

    @Test("the meeting list filters by body, organisation and period, keeps them in its page links, and names a bad one",
          arguments: TestDatabase.backends)
    func meetingList(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let list = try await client.execute(uri: "/bijeenkomsten?gremium=provinciale-staten-drenthe&vanaf=2009-12&tot=2010", method: .get,
                                                headers: [:], body: nil)
            #expect(list.status == .ok)
            #expect(list.text.contains("2 bijeenkomsten gevonden"))
            #expect(list.text.contains("/bijeenkomsten/statenvergadering-2010-02-03") && !list.text.contains("/bijeenkomsten/statenontmoeting-2011-10-12"))
            #expect(list.text.contains("<option value=\"provinciale-staten-drenthe\" selected"))
            #expect(list.text.contains("name=\"vanaf\" value=\"2009-12\""))
            let organisation = try await client.execute(uri: "/bijeenkomsten?organisatie=vng&pageSize=1", method: .get, headers: [:], body: nil)
            #expect(organisation.text.contains("organisatie=vng") && organisation.text.contains("rel=\"next\""))
            let bad = try await client.execute(uri: "/bijeenkomsten?vanaf=2012-13&tot=2011&gremium=Assen", method: .get, headers: [:], body: nil)
            #expect(bad.status == .badRequest)
            for field in ["vanaf", "gremium"] { #expect(bad.text.contains(field), "\(field) named") }
            let backwards = try await client.execute(uri: "/api/v1/bijeenkomsten?vanaf=2012&tot=2011", method: .get, headers: [:], body: nil)
            #expect(backwards.status == .badRequest && backwards.text.contains("ligt vóór vanaf"))
            let api = try await client.execute(uri: "/api/v1/bijeenkomsten?organisatie=vdg&vanaf=2018&tot=2018", method: .get, headers: [:], body: nil)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(api.text.utf8)) as? [String: Any])
            let ids = Set((json["resultaten"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
            #expect(ids.contains("vdg-tt-circuit-2018-02-14") && ids.contains("ronde-colleges-2018") && !ids.contains("vdg-congres-2017"))
            #expect(((json["_links"] as? [String: Any])?["self"] as? [String: Any])?["href"] as? String
                    == "/api/v1/bijeenkomsten?page=1&pageSize=20&organisatie=vdg&vanaf=2018&tot=2018")
        }
    }

    @Test("a filter with more choices than a list can carry is a field for the id (the national set's thousands of bodies)")
    func manyChoices() {
        let few = (1...3).map { Catalog.Choice(id: "g\($0)", name: "Gremium \($0)", code: nil) }
        let many = (1...(ListPage.Filter.maximumOptions + 1)).map { Catalog.Choice(id: "g\($0)", name: "Gremium \($0)", code: nil) }
        #expect(ListPage.Filter.choice("gremium", "Gremium", few, selected: "g2").options?.count == 4)
        let field = ListPage.Filter.choice("gremium", "Gremium", many, selected: "g7")
        #expect(field.options == nil && field.value == "g7" && field.hint == "de id, bijvoorbeeld g1")
        let html = ListPageView_filterHTML(field)
        #expect(html.contains("name=\"gremium\" value=\"g7\" maxlength=\"120\"") && !html.contains("<option"))
    }
}

private func ListPageView_filterHTML(_ filter: ListPage.Filter) -> String { "\(ListPage.filterField(filter))" }
