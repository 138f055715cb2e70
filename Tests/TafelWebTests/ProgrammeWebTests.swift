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

/// The portfolio programmes (seed 003 Bijlage 2): page, API and what links to them.
@Suite("Programma's")
struct ProgrammeWebTests {
    static let id = "vdg-programma-gezondheid-en-welzijn"

    @Test("the programme page shows goal, chairs, kerngroep, the theme tree, meetings, partners and sources", arguments: TestDatabase.backends)
    func page(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let list = try await client.execute(uri: SiteRoute.list(.programme).href, method: .get, headers: [:], body: nil)
            #expect(list.status == .ok && list.text.contains("Programma Portefeuille Gezondheid en Welzijn") && list.text.contains("Concept"))
            let page = try await client.execute(uri: SiteRoute.record(.programme, Self.id).href, method: .get, headers: [:], body: nil)
            #expect(page.status == .ok)
            let text = page.text
            for fact in ["Ontmoeten, kennisdelen, samenwerken en verbinden", "Karel Loohuis", "Toke Slaman", "Bert Wienen",
                         "Zorg, Jeugd en Onderwijs", "Henk Wind", "Afien Valkenburg", "Rita Overdiep", "4 keer per jaar",
                         "6 keer per jaar", "niet vastgelegd", "GGD Drenthe", "Drenthe Beweegt", "Leden kerngroep"] {
                #expect(text.contains(html(fact)), "\(fact)")
            }
            // Sub-themes nest inside their theme's item, and a theme links to its task.
            let ouderenzorg = try #require(page.text.range(of: "Ouderenzorg</a>"))
            let nested = page.text[ouderenzorg.upperBound...].prefix(400)
            #expect(nested.contains("<ul class=\"items\">") && nested.contains("Dementievriendelijk Drenthe"))
            #expect(page.text.contains("href=\"/opgaven/gw-ouderenzorg\""))
            let body = try await client.execute(uri: SiteRoute.record(.body, "vdg-bo-gezondheid-welzijn").href, method: .get, headers: [:], body: nil)
            #expect(body.text.contains("href=\"/programmas/\(Self.id)\""))
            let task = try await client.execute(uri: SiteRoute.record(.task, "gw-ouderenzorg").href, method: .get, headers: [:], body: nil)
            #expect(task.text.contains("href=\"/programmas/\(Self.id)\""))
            let collaboration = try await client.execute(uri: SiteRoute.record(.collaboration, "drentse-zorgtafel").href,
                                                         method: .get, headers: [:], body: nil)
            #expect(collaboration.text.contains("href=\"/programmas/\(Self.id)\""))
        }
    }

    @Test("the API gives the programme with its themes by number, its meetings and links; its status codes are the vocabulary's",
          arguments: TestDatabase.backends)
    func api(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let list = try await client.execute(uri: "/api/v1/programmas?q=welzijn", method: .get, headers: [:], body: nil)
            let page = try JSONSerialization.jsonObject(with: Data(list.text.utf8)) as? [String: Any]
            #expect(list.status == .ok && page?["totaal"] as? Int == 1)
            let item = try await client.execute(uri: "/api/v1/programmas/\(Self.id)", method: .get, headers: [:], body: nil)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(item.text.utf8)) as? [String: Any])
            #expect(json["status"] as? String == "concept" && json["portefeuille"] as? String == "Gezondheid en Welzijn")
            #expect((json["bestuurlijkVoorzitter"] as? [String: Any])?["href"] as? String == "/api/v1/personen/karel-loohuis")
            let themes = json["themas"] as? [[String: Any]] ?? []
            let top = themes.filter { $0["onderdeelVan"] == nil }.compactMap { $0["naam"] as? String }
            #expect(top == ["Drents Zorglandschap", "Ouderenzorg", "GGZ keten", "Preventie", "Regiovisie zorg (provincie)", "Armoede",
                            "Leefbaarheid en Krimp"])
            let ouderenzorg = try #require(themes.first { $0["naam"] as? String == "Ouderenzorg" }?["nummer"] as? Int)
            #expect(themes.filter { $0["onderdeelVan"] as? Int == ouderenzorg }.compactMap { $0["naam"] as? String }
                    == ["Dementievriendelijk Drenthe", "Integrale Ouderenzorg", "Ouderenoverleg"])
            let meetings = json["bijeenkomsten"] as? [[String: Any]] ?? []
            #expect(meetings.map { $0["perJaarMin"] as? Int } == [4, 6, nil])
            #expect((json["kerngroepLeden"] as? [[String: Any]])?.count ?? 0 >= 3)
            #expect((json["bronnen"] as? [[String: Any]])?.isEmpty == false)
            let contract = try await client.execute(uri: "/api/v1/openapi.json", method: .get, headers: [:], body: nil)
            let schemas = (try JSONSerialization.jsonObject(with: Data(contract.text.utf8)) as? [String: Any])
                .flatMap { ($0["components"] as? [String: Any])?["schemas"] as? [String: Any] }
            #expect((schemas?["ProgrammaStatus"] as? [String: Any])?["enum"] as? [String] == ProgrammeStatus.codes)
            let body = try await client.execute(uri: "/api/v1/gremia/vdg-kerngroep-gezondheid-welzijn", method: .get, headers: [:], body: nil)
            #expect(body.text.contains("/api/v1/programmas/\(Self.id)"))
        }
    }

    @Test("a confidential programme is not in the list, its page or the pages that link to it, except for whom it is opened",
          arguments: TestDatabase.backends)
    func confidentiality(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            try await app.database.sql.raw("UPDATE programmes SET confidentiality = 'vertrouwelijk' WHERE id = \(bind: Self.id)").run()
            try await app.database.sql.raw("""
                INSERT INTO record_access (subject_kind, subject_id, organisation_id) VALUES ('programme', \(bind: Self.id), 'gemeente-assen')
                """).run()
            for account in [SecuredApp.Account.anonymous, .lezer, .redacteur] {
                let list = try await client.execute(uri: "/programmas", method: .get, headers: app.headers(account), body: nil)
                #expect(!list.text.contains(Self.id), "\(account)")
                let page = try await client.execute(uri: "/programmas/\(Self.id)", method: .get, headers: app.headers(account), body: nil)
                #expect(page.status == .notFound, "\(account)")
                let api = try await client.execute(uri: "/api/v1/programmas/\(Self.id)", method: .get, headers: app.headers(account, api: true), body: nil)
                #expect(api.status == .notFound, "\(account)")
                let body = try await client.execute(uri: "/gremia/vdg-bo-gezondheid-welzijn", method: .get, headers: app.headers(account), body: nil)
                #expect(body.status == .ok && !body.text.contains("/programmas/\(Self.id)"), "\(account)")
            }
            let member = try await client.execute(uri: "/programmas/\(Self.id)", method: .get, headers: app.headers(.lidLezer), body: nil)
            #expect(member.status == .ok && member.text.contains("Vertrouwelijk"))
        }
    }
    static let fields: [(String, String)] = [
        ("naam", "Programma Portefeuille Proef"), ("portefeuille", "Proef"), ("doel", "Samen leren"), ("status", "concept"),
        ("eigenaar", "vdg"), ("bestuurlijkOverleg", "vdg-bo-gezondheid-welzijn"), ("bestuurlijkVoorzitter", "karel-loohuis"),
        ("themas[0].naam", "Ouderenzorg"), ("themas[0].opgave", "gw-ouderenzorg"),
        ("themas[1].naam", "Dementievriendelijk Drenthe"), ("themas[1].onderdeelVan", "1"),
        ("bijeenkomsten[0].omschrijving", "Portefeuillehoudersoverleg"), ("bijeenkomsten[0].soort", "bestuurlijk_overleg"),
        ("bijeenkomsten[0].perJaarMin", "2"), ("bijeenkomsten[0].perJaarMax", "4"),
        ("partners[0]", "cmo-stamm"), ("opgaven[0]", "gw-ouderenzorg"), ("samenwerkingen[0]", "drents-zorglandschap"),
    ]

    @Test("an editor adds a programme with its theme tree; a bad form names every problem and keeps what was typed; a stale edit is a conflict",
          arguments: TestDatabase.backends)
    func forms(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let headers = app.headers(.redacteur, form: true)
            let blank = try await client.execute(uri: SiteRoute.newProgramme.href, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(blank.status == .ok && blank.text.contains("<datalist id=\"opgaven\">") && blank.text.contains("<datalist id=\"samenwerkingen\">"))
            let bad = Self.with(Self.fields.filter { $0.0 != "portefeuille" }, [("themas[2].naam", "Los"), ("themas[2].onderdeelVan", "7"),
                ("bijeenkomsten[0].perJaarMax", "1"), ("partners[1]", "bestaat-niet")])
            let invalid = try await client.execute(uri: SiteRoute.list(.programme).href, method: .post, headers: headers,
                                                   body: app.form(.redacteur, bad))
            #expect(invalid.status == .badRequest)
            for message in ["portefeuille is verplicht", "themas[2].onderdeelVan moet het nummer van een eerder thema zijn (1 tot 2)",
                            "bijeenkomsten[0].perJaarMax (1) is kleiner dan bijeenkomsten[0].perJaarMin (2)", "bestaat-niet"] {
                #expect(invalid.text.contains(html(message)), "\(message)")
            }
            #expect(invalid.text.contains("value=\"Dementievriendelijk Drenthe\"") && invalid.text.contains("value=\"Los\""))
            let created = try await client.execute(uri: SiteRoute.list(.programme).href, method: .post, headers: headers,
                                                   body: app.form(.redacteur, Self.fields))
            #expect(created.status == .seeOther && created.headers[.location] == "/programmas/programma-portefeuille-proef")
            let page = try await client.execute(uri: "/programmas/programma-portefeuille-proef", method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(page.text.contains("Bewerken") && page.text.contains("2 tot 4 keer per jaar") && page.text.contains("Dementievriendelijk Drenthe"))
            let edit = try await client.execute(uri: SiteRoute.editProgramme("programma-portefeuille-proef").href, method: .get,
                                                headers: app.headers(.redacteur), body: nil)
            #expect(edit.text.contains("name=\"themas[1].onderdeelVan\"") && edit.text.contains("value=\"gw-ouderenzorg\""))
            let first = try await client.execute(uri: SiteRoute.editProgramme("programma-portefeuille-proef").href, method: .post, headers: headers,
                                                 body: app.form(.redacteur, Self.with(Self.fields, [("versie", "1"), ("status", "vastgesteld")])))
            #expect(first.status == .seeOther)
            let second = try await client.execute(uri: SiteRoute.editProgramme("programma-portefeuille-proef").href, method: .post, headers: headers,
                                                  body: app.form(.redacteur, Self.with(Self.fields, [("versie", "1"), ("doel", "Anders")])))
            #expect(second.status == .conflict && second.text.contains("Het programma is intussen gewijzigd") && second.text.contains("Anders"))
            let reader = try await client.execute(uri: SiteRoute.newProgramme.href, method: .get, headers: app.headers(.lezer), body: nil)
            #expect(reader.status == .forbidden)
        }
    }

    @Test("the API adds and replaces a programme with If-Match, names bad rows by their index, refuses readers and anonymous callers",
          arguments: TestDatabase.backends)
    func apiWrites(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let body = #"{"naam":"Programma via de API","portefeuille":"Proef","status":"concept","bestuurlijkVoorzitter":"karel-loohuis","themas":[{"naam":"Ouderenzorg","opgave":"gw-ouderenzorg"},{"naam":"Integrale Ouderenzorg","onderdeelVan":1}],"bijeenkomsten":[{"omschrijving":"Overleg","soort":"bestuurlijk_overleg","perJaarMin":4,"perJaarMax":4}],"partners":["cmo-stamm","ggd-drenthe"]}"#
            let created = try await client.execute(uri: "/api/v1/programmas", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: body))
            #expect(created.status == .created)
            #expect(created.headers[.location] == "/api/v1/programmas/programma-via-de-api" && created.headers[.eTag] == "\"1\"")
            let json = try JSONSerialization.jsonObject(with: Data(created.text.utf8)) as? [String: Any]
            #expect((json?["themas"] as? [[String: Any]])?.last?["onderdeelVan"] as? Int == 1)
            #expect((json?["partners"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["cmo-stamm", "ggd-drenthe"])
            var ifMatch = app.headers(.redacteur, api: true)
            ifMatch[.ifMatch] = "\"1\""
            let replaced = try await client.execute(uri: "/api/v1/programmas/programma-via-de-api", method: .put, headers: ifMatch,
                                                    body: ByteBuffer(string: body.replacingOccurrences(of: "\"concept\"", with: "\"vastgesteld\"")))
            #expect(replaced.status == .ok && replaced.headers[.eTag] == "\"2\"" && replaced.text.contains("vastgesteld"))
            let stale = try await client.execute(uri: "/api/v1/programmas/programma-via-de-api", method: .put, headers: ifMatch,
                                                 body: ByteBuffer(string: body))
            #expect(stale.status == .preconditionFailed)
            let unversioned = try await client.execute(uri: "/api/v1/programmas/programma-via-de-api", method: .put,
                                                       headers: app.headers(.redacteur, api: true), body: ByteBuffer(string: body))
            #expect(unversioned.status == .preconditionRequired)
            let bad = #"{"naam":"Fout","portefeuille":"Proef","themas":[{"naam":"Een","onderdeelVan":1},{"naam":"Twee","opgave":"bestaat-niet"}],"bijeenkomsten":[{"omschrijving":"X","perJaarMin":5,"perJaarMax":2}]}"#
            let invalid = try await client.execute(uri: "/api/v1/programmas", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: bad))
            #expect(invalid.status == .badRequest)
            for field in ["themas[0].onderdeelVan", "themas[1].opgave", "bijeenkomsten[0].perJaarMax"] {
                #expect(invalid.text.contains(field), "\(field) named")
            }
            let reader = try await client.execute(uri: "/api/v1/programmas", method: .post, headers: app.headers(.lezer, api: true),
                                                  body: ByteBuffer(string: body))
            #expect(reader.status == .forbidden)
            let anonymous = try await client.execute(uri: "/api/v1/programmas", method: .post, headers: [.contentType: "application/json"],
                                                     body: ByteBuffer(string: bad))
            #expect(anonymous.status == .unauthorized)
            let contract = try await client.execute(uri: "/api/v1/openapi.json", method: .get, headers: [:], body: nil)
            let schemas = (try JSONSerialization.jsonObject(with: Data(contract.text.utf8)) as? [String: Any])
                .flatMap { ($0["components"] as? [String: Any])?["schemas"] as? [String: Any] }
            func pattern(_ schema: String, _ property: String) -> String? {
                ((schemas?[schema] as? [String: Any])?["properties"] as? [String: Any]).flatMap { ($0[property] as? [String: Any])?["pattern"] as? String }
            }
            #expect(pattern("ProgrammaInvoer", "status") == "^(" + ProgrammeStatus.codes.joined(separator: "|") + ")$")
            #expect(pattern("ProgrammaBijeenkomstInvoer", "soort") == "^(" + MeetingKind.codes.joined(separator: "|") + ")$")
        }
    }

    @Test("an edit by someone who may not see a partner or the chair keeps them", arguments: TestDatabase.backends)
    func hiddenKept(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            try await app.database.sql.raw("UPDATE organisations SET confidentiality = 'vertrouwelijk' WHERE id = 'ggd-drenthe'").run()
            try await app.database.sql.raw("UPDATE persons SET confidentiality = 'vertrouwelijk' WHERE id = 'karel-loohuis'").run()
            let edit = try await client.execute(uri: SiteRoute.editProgramme(Self.id).href, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(edit.status == .ok && !edit.text.contains("ggd-drenthe") && !edit.text.contains("karel-loohuis"))
            let version = try #require(edit.text.firstMatch(of: /name="versie" value="(\d+)"/)).1
            // The form as the editor sees it, sent back with one change.
            var fields: [(String, String)] = [("versie", String(version))]
            for match in edit.text.matches(of: /<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/) where match.1 != "csrf" && match.1 != "versie" {
                fields.append((String(match.1), Self.unescape(String(match.2))))
            }
            for match in edit.text.matches(of: /<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/) where match.1 != "doel" {
                fields.append((String(match.1), Self.unescape(String(match.2))))
            }
            for match in edit.text.matches(of: /(?s)<select[^>]*name="([^"]+)"[^>]*>(.*?)<\/select>/) {
                if let chosen = String(match.2).firstMatch(of: /value="([^"]*)" selected/) { fields.append((String(match.1), Self.unescape(String(chosen.1)))) }
            }
            fields.append(("doel", "Ontmoeten en verbinden"))
            let saved = try await client.execute(uri: SiteRoute.editProgramme(Self.id).href, method: .post, headers: app.headers(.redacteur, form: true),
                                                 body: app.form(.redacteur, fields))
            #expect(saved.status == .seeOther, "\(html(saved.text).prefix(2000))")
            let partners = try await app.database.sql.raw("SELECT organisation_id FROM programme_partners WHERE programme_id = \(bind: Self.id)")
                .all().map { try $0.decode(column: "organisation_id", as: String.self) }
            #expect(partners.contains("ggd-drenthe") && partners.count == 9)
            let chair = try await app.database.sql.raw("SELECT chair_id, goal FROM programmes WHERE id = \(bind: Self.id)").first()
            #expect(try chair?.decode(column: "chair_id", as: String?.self) == "karel-loohuis")
            #expect(try chair?.decode(column: "goal", as: String?.self) == "Ontmoeten en verbinden")
        }
    }

    /// `fields` with each of `changes` in place of the field of that name (a form sends each name once).
    static func with(_ fields: [(String, String)], _ changes: [(String, String)]) -> [(String, String)] {
        fields.filter { field in !changes.contains { $0.0 == field.0 } } + changes
    }

    /// Form values as typed again from the page's markup.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
