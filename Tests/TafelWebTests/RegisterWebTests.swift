import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

/// The register's pages, exports, editor forms and API operations, through the router.
@Suite("Samenwerkingsregister (web en API)")
struct RegisterWebTests {
    typealias Account = SecuredApp.Account

    @Test("the register filters, counts facets, sorts, exports and names invalid filters", arguments: TestDatabase.backends)
    func registerList(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let all = try await client.execute(uri: "/samenwerkingen", method: .get, headers: [:], body: nil)
            #expect(all.status == .ok)
            #expect(all.text.contains("class=\"facets\""))
            let assen = try await client.execute(uri: "/samenwerkingen?gemeente=GM0106&status=actief", method: .get, headers: [:], body: nil)
            #expect(assen.status == .ok)
            #expect(assen.text.contains("Gemeente: Gemeente Assen"), "active filter shown with the municipality's name")
            let api = try await client.execute(uri: "/api/v1/samenwerkingen?gemeente=gemeente-assen&status=actief&pageSize=100",
                                               method: .get, headers: [:], body: nil)
            let total = try #require(AccessTests.total(api.text))
            #expect(total > 0)
            #expect(assen.text.contains("\(total) samenwerking"), "page and API count the same")
            let csv = try await client.execute(uri: "/samenwerkingen.csv?gemeente=GM0106&status=actief", method: .get, headers: [:], body: nil)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            let rows = try RegisterFile.entries(csv: csv.text)
            #expect(rows.count == total, "the export has the filtered selection, without paging")
            let accepted = try await client.execute(uri: "/api/v1/samenwerkingen?status=actief", method: .get,
                                                    headers: [.accept: "text/csv"], body: nil)
            #expect(accepted.status == .ok && accepted.text.hasPrefix("id,naam,"))
            let json = try await client.execute(uri: "/samenwerkingen.json?status=actief", method: .get, headers: [:], body: nil)
            #expect(try RegisterFile.entries(json: Data(json.text.utf8)).count == (try RegisterFile.entries(csv: accepted.text)).count,
                    "JSON and CSV export the same selection")
            let invalid = try await client.execute(uri: "/samenwerkingen?status=onzin&vanaf=2012-13&sorteer=kleur", method: .get, headers: [:], body: nil)
            #expect(invalid.status == .badRequest)
            for field in ["status", "vanaf", "sorteer"] { #expect(invalid.text.contains(field), "\(field) named") }
            let apiInvalid = try await client.execute(uri: "/api/v1/samenwerkingen?vorm=onzin", method: .get, headers: [:], body: nil)
            #expect(apiInvalid.status == .badRequest && apiInvalid.text.contains("vorm"))
            for path in ["/samenwerkingen/overzicht", "/wgr-register", "/wgr-register?gemeente=GM0106",
                         "/organisaties/gemeente-assen/samenwerkingen", "/samenwerkingen/rud-drenthe"] {
                let page = try await client.execute(uri: path, method: .get, headers: [:], body: nil)
                #expect(page.status == .ok, "\(path)")
            }
            let organisation = try await client.execute(uri: "/organisaties/gemeente-assen", method: .get, headers: [:], body: nil)
            #expect(organisation.text.contains("href=\"/organisaties/gemeente-assen/samenwerkingen\""), "the organisation links to its collaborations")
            let wgr = try await client.execute(uri: "/wgr-register", method: .get, headers: [:], body: nil)
            #expect(wgr.text.contains("Regionale Uitvoeringsdienst Drenthe"), "the RUD is a gemeenschappelijke regeling")
            let detail = try await client.execute(uri: "/samenwerkingen/klimaatcontracten-2010-2011", method: .get, headers: [:], body: nil)
            #expect(detail.text.contains("<svg") && detail.text.contains("Deelnemers door de tijd, 2010–2011"))
            let undated = try await client.execute(uri: "/samenwerkingen/rud-drenthe", method: .get, headers: [:], body: nil)
            #expect(!undated.text.contains("<svg"), "no dates at all: no picture, the table says it")
            _ = app
        }
    }

    @Test("an editor adds, edits, meets a conflict, archives and restores through the forms", arguments: TestDatabase.backends)
    func editorForms(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let csrf = app.credentials[.redacteur]!.csrf
            let headers = app.headers(.redacteur, form: true)
            let invalid = try await client.execute(uri: "/samenwerkingen", method: .post, headers: headers, body: ByteBuffer(string:
                "csrf=\(csrf)&naam=Formulierproef&status=gestopt&deelnemers%5B0%5D.organisatie=gemeente-assen&deelnemers%5B0%5D.rol="))
            #expect(invalid.status == .badRequest)
            #expect(invalid.text.contains("redenBeeindiging is verplicht"))
            #expect(invalid.text.contains("deelnemers[0].rol is verplicht"))
            #expect(invalid.text.contains("value=\"Formulierproef\"") && invalid.text.contains("value=\"gemeente-assen\""), "input kept")
            let unknown = try await client.execute(uri: "/samenwerkingen", method: .post, headers: headers, body: ByteBuffer(string:
                "csrf=\(csrf)&naam=Formulierproef&status=gestopt&deelnemers%5B0%5D.organisatie=&deelnemers%5B1%5D.organisatie=gemeente-atlantis&deelnemers%5B1%5D.rol=deelnemer"))
            #expect(unknown.status == .badRequest)
            #expect(unknown.text.contains("redenBeeindiging is verplicht"), "reported together with the unknown organisation")
            #expect(unknown.text.contains("deelnemers[0].organisatie: organisatie ‘gemeente-atlantis’ bestaat niet"),
                    "numbered as the form shows the rows again, the empty one left out")
            let created = try await client.execute(uri: "/samenwerkingen", method: .post, headers: headers, body: ByteBuffer(string:
                "csrf=\(csrf)&naam=Formulierproef&status=actief&deelnemers%5B0%5D.organisatie=gemeente-assen&deelnemers%5B0%5D.rol=trekker"))
            #expect(created.status == .seeOther)
            #expect(created.headers[.location] == "/samenwerkingen/formulierproef")
            let undated = try await client.execute(uri: "/samenwerkingen/formulierproef", method: .get, headers: [:], body: nil)
            #expect(undated.text.contains("Geen tijdlijn van de deelnemers"), "no dates: a sentence instead of an empty picture")
            let edited = try await client.execute(uri: "/samenwerkingen/formulierproef/bewerken", method: .post, headers: headers,
                                                  body: ByteBuffer(string: "csrf=\(csrf)&versie=1&naam=Formulierproef+herzien&status=actief"))
            #expect(edited.status == .seeOther)
            let stale = try await client.execute(uri: "/samenwerkingen/formulierproef/bewerken", method: .post, headers: headers,
                                                 body: ByteBuffer(string: "csrf=\(csrf)&versie=1&naam=Oude+versie&status=actief"))
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("intussen gewijzigd") && stale.text.contains("Formulierproef herzien") && stale.text.contains("Oude versie"))
            let archived = try await client.execute(uri: "/samenwerkingen/formulierproef/archiveren", method: .post, headers: headers,
                                                    body: ByteBuffer(string: "csrf=\(csrf)&versie=2"))
            #expect(archived.status == .seeOther)
            let list = try await client.execute(uri: "/samenwerkingen?q=formulierproef", method: .get, headers: [:], body: nil)
            #expect(!list.text.contains("/samenwerkingen/formulierproef\""), "archived: out of the register")
            let archive = try await client.execute(uri: "/samenwerkingen?q=formulierproef&gearchiveerd=ja", method: .get, headers: [:], body: nil)
            #expect(archive.text.contains("/samenwerkingen/formulierproef\""))
            let page = try await client.execute(uri: "/samenwerkingen/formulierproef", method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(page.text.contains("Gearchiveerd op") && page.text.contains("Uit het archief halen"))
            let restored = try await client.execute(uri: "/samenwerkingen/formulierproef/herstellen", method: .post, headers: headers,
                                                    body: ByteBuffer(string: "csrf=\(csrf)&versie=3"))
            #expect(restored.status == .seeOther)
            let history = try await client.execute(uri: "/samenwerkingen/formulierproef/geschiedenis", method: .get, headers: [:], body: nil)
            #expect(history.text.contains("Gearchiveerd") && history.text.contains("Uit het archief gehaald"))
            for account in [Account.anonymous, .lezer] {
                let form = try await client.execute(uri: "/samenwerkingen/nieuw", method: .get, headers: app.headers(account), body: nil)
                #expect(form.status == (account == .anonymous ? .seeOther : .forbidden), "\(account.rawValue)")
            }
        }
    }

    @Test("the upload page checks a file, imports it all or nothing, and again changes nothing", arguments: TestDatabase.backends)
    func upload(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            func post(_ csv: String, dryRun: Bool) async throws -> TestResponse {
                let (headers, body) = app.multipart(.redacteur, dryRun ? [("proef", "ja")] : [],
                                                    files: [("bestand", "r.csv", Data(csv.utf8))])
                return try await client.execute(uri: "/samenwerkingen/importeren", method: .post, headers: headers, body: body)
            }
            let good = "id,naam,status,deelnemers\nupload-een,Upload een,actief,gemeente-assen:trekker:2020:\nupload-twee,Upload twee,verkenning,\n"
            let dry = try await post(good, dryRun: true)
            #expect(dry.status == .ok && dry.text.contains("zou 2 nieuw"))
            let none = try await client.execute(uri: "/samenwerkingen/upload-een", method: .get, headers: [:], body: nil)
            #expect(none.status == .notFound, "a dry run writes nothing")
            let bad = try await post("id,naam,status\nupload-drie,Upload drie,actief\nupload-vier,,onzin\n", dryRun: false)
            #expect(bad.status == .badRequest && bad.text.contains("regel 3") && bad.text.contains("naam is verplicht"))
            let nothing = try await client.execute(uri: "/samenwerkingen/upload-drie", method: .get, headers: [:], body: nil)
            #expect(nothing.status == .notFound, "one bad line: nothing imported")
            let real = try await post(good, dryRun: false)
            #expect(real.text.contains("Geïmporteerd: 2 nieuw"))
            let again = try await post(good, dryRun: false)
            #expect(again.text.contains("0 nieuw, 0 gewijzigd, 2 ongewijzigd"))
        }
    }

    @Test("the API creates, replaces with If-Match, archives, and manages participants", arguments: TestDatabase.backends)
    func apiCrud(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let body = #"{"naam":"Via de API","status":"actief","vorm":"convenant","deelnemers":[{"organisatie":"gemeente-assen","rol":"trekker","vanaf":"2024"}],"bedragen":[{"omschrijving":"Provinciaal","soort":"provinciale_bijdrage","bedragCent":600000000},{"omschrijving":"Uitgelokt","soort":"uitgelokte_investering","bedragCent":2400000000}]}"#
            let created = try await client.execute(uri: "/api/v1/samenwerkingen", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: body))
            #expect(created.status == .created)
            #expect(created.headers[.location] == "/api/v1/samenwerkingen/via-de-api")
            #expect(created.headers[.eTag] == "\"1\"")
            #expect(created.text.contains("\"hefboom\" : 4") || created.text.contains("\"hefboom\":4"))
            var ifMatch = app.headers(.redacteur, api: true)
            ifMatch[.ifMatch] = "\"1\""
            let added = try await client.execute(uri: "/api/v1/samenwerkingen/via-de-api/deelnemers", method: .post, headers: ifMatch,
                                                 body: ByteBuffer(string: #"{"organisatie":"gemeente-emmen","rol":"deelnemer"}"#))
            #expect(added.status == .created && added.text.contains("gemeente-emmen") && added.headers[.eTag] == "\"2\"")
            let stale = try await client.execute(uri: "/api/v1/samenwerkingen/via-de-api", method: .put, headers: ifMatch,
                                                 body: ByteBuffer(string: #"{"naam":"Overschreven","status":"actief"}"#))
            #expect(stale.status == .preconditionFailed)
            let unversioned = try await client.execute(uri: "/api/v1/samenwerkingen/via-de-api/deelnemers/gemeente-emmen", method: .delete,
                                                       headers: app.headers(.redacteur, api: true), body: nil)
            #expect(unversioned.status == .preconditionRequired)
            var current = app.headers(.redacteur, api: true)
            current[.ifMatch] = "\"2\""
            let removed = try await client.execute(uri: "/api/v1/samenwerkingen/via-de-api/deelnemers/gemeente-emmen", method: .delete,
                                                   headers: current, body: nil)
            #expect(removed.status == .noContent)
            let invalid = try await client.execute(uri: "/api/v1/samenwerkingen", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: #"{"naam":"Fout","status":"gestopt","deelnemers":[{"organisatie":"gemeente-assen","rol":"baas"}]}"#))
            #expect(invalid.status == .badRequest)
            for field in ["redenBeeindiging", "deelnemers[0].rol"] { #expect(invalid.text.contains(field), "\(field) named") }
            let unknown = try await client.execute(uri: "/api/v1/samenwerkingen", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: #"{"naam":"Onbekend","deelnemers":[{"organisatie":"bestaat-niet","rol":"deelnemer"}]}"#))
            #expect(unknown.status == .badRequest && unknown.text.contains("bestaat-niet"))
            let afterEmptyRow = try await client.execute(uri: "/api/v1/samenwerkingen", method: .post, headers: app.headers(.redacteur, api: true),
                                                         body: ByteBuffer(string: #"{"naam":"Onbekend","deelnemers":[{"organisatie":"","rol":""},{"organisatie":"bestaat-niet","rol":"deelnemer"}]}"#))
            #expect(afterEmptyRow.status == .badRequest && afterEmptyRow.text.contains("deelnemers[1].organisatie"), "the body's own index")
            let reader = try await client.execute(uri: "/api/v1/samenwerkingen", method: .post, headers: app.headers(.lezer, api: true),
                                                  body: ByteBuffer(string: body))
            #expect(reader.status == .forbidden)
            let anonymous = try await client.execute(uri: "/api/v1/samenwerkingen", method: .post, headers: [.contentType: "application/json"],
                                                     body: ByteBuffer(string: body))
            #expect(anonymous.status == .unauthorized)
            let unversionedArchive = try await client.execute(uri: "/api/v1/samenwerkingen/via-de-api", method: .delete,
                                                              headers: app.headers(.redacteur, api: true), body: nil)
            #expect(unversionedArchive.status == .preconditionRequired && unversionedArchive.text.contains("If-Match"),
                    "a DELETE must name its version")
            var versioned = app.headers(.redacteur, api: true)
            versioned[.ifMatch] = "\"\(try await app.version(.collaboration, "via-de-api"))\""
            let archived = try await client.execute(uri: "/api/v1/samenwerkingen/via-de-api", method: .delete, headers: versioned, body: nil)
            #expect(archived.status == .noContent)
            let after = try await client.execute(uri: "/api/v1/samenwerkingen/via-de-api", method: .get, headers: [:], body: nil)
            #expect(after.text.contains("\"gearchiveerd\" : true") || after.text.contains("\"gearchiveerd\":true"))
        }
    }
}

/// The register's rows as a reader sees them (issue 14 part 2).
@Suite("Registerregels", .demoApp)
struct RegisterRowTests {
    @Test("a short name is added to a name only where the name does not already hold it")
    func shortNames() async throws {
        try await DemoApp.test { client in
            let page = try await client.get("/samenwerkingen?pageSize=100").text
            #expect(page.contains(">Interbestuurlijk Programma (IBP)</a>"))
            #expect(!page.contains(#">Interbestuurlijk Programma (IBP)</a> <span class="hint">(IBP)</span>"#))
            #expect(page.contains(#"</a> <span class="hint">(RUD)</span>"#))
        }
    }

    @Test("an unreadable filter stands at its field as typed; the register shows what the other filters select")
    func unreadableFilter() async throws {
        try await DemoApp.test { client in
            let good = try await client.get("/samenwerkingen?status=actief").text
            let response = try await client.get("/samenwerkingen?status=actief&vanaf=2012-13")
            #expect(response.status == .badRequest)
            let page = response.text
            #expect(page.contains(#"<option value="actief" selected>"#), "the readable filter is kept")
            #expect(page.contains(#"id="fout-vanaf""#) && page.contains(##"<a href="#fout-vanaf">"##))
            #expect(page.contains(#"name="vanaf" aria-invalid="true" aria-describedby="fout-vanaf" value="2012-13""#))
            #expect(page.contains("met de filters die wel te lezen zijn"))
            // The same rows as the readable filter alone.
            let names = { (html: String) in html.matches(of: /<th scope="row"><a href="\/samenwerkingen\/([a-z0-9-]+)"/).map { String($0.output.1) } }
            #expect(!names(good).isEmpty && names(page) == names(good))
        }
    }
}

/// `gemeente` by a municipality's name (issue 14 part 2): as a reader types it.
@Suite("Gemeente op naam", .demoApp)
struct MunicipalityNameFilterTests {
    @Test("a municipality's name, in any case, with or without ‘Gemeente’, selects as its id and CBS code do",
          arguments: ["Assen", "assen", "Gemeente%20Assen", "ASSEN", "GM0106"])
    func byName(typed: String) async throws {
        try await DemoApp.test { client in
            let rows = { (html: String) in html.matches(of: /<th scope="row"><a href="\/samenwerkingen\/([a-z0-9-]+)"/).map { String($0.output.1) } }
            let byID = try await client.get("/samenwerkingen?gemeente=gemeente-assen&pageSize=100")
            let byName = try await client.get("/samenwerkingen?gemeente=\(typed)&pageSize=100")
            #expect(byName.status == .ok)
            #expect(!rows(byID.text).isEmpty && rows(byName.text) == rows(byID.text))
            #expect(byName.text.contains(#"<option value="gemeente-assen" selected>"#))
            let api = try await client.get("/api/v1/samenwerkingen?gemeente=\(typed)&pageSize=100")
            let apiByID = try await client.get("/api/v1/samenwerkingen?gemeente=gemeente-assen&pageSize=100")
            let total = { (json: String) in json.firstMatch(of: /"totaal":(\d+)/).map { String($0.output.1) } }
            #expect(api.status == .ok && total(api.text) != nil && total(api.text) == total(apiByID.text))
        }
    }

    @Test("a name Tafel does not know stands at the field, in the page, the export and the API")
    func unknownName() async throws {
        try await DemoApp.test { client in
            let page = try await client.get("/samenwerkingen?gemeente=Asen&status=actief")
            #expect(page.status == .badRequest && page.text.contains(#"id="fout-gemeente""#) && page.text.contains("‘Asen’ is geen gemeente die Tafel kent"))
            #expect(page.text.contains(#"<option value="actief" selected>"#))
            #expect(try await client.get("/samenwerkingen.csv?gemeente=Asen").status == .badRequest)
            let api = try await client.get("/api/v1/samenwerkingen?gemeente=Asen")
            #expect(api.status == .badRequest && api.text.contains("gemeente"))
        }
    }
}
