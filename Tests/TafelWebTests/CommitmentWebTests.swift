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

/// The commitments register, a commitment's page, the deadlines feed and the API.
@Suite("Toezeggingen")
struct CommitmentWebTests {
    static let kept = "toezegging-2009-12-16-uitwerking-sociaal-domein"

    @Test("the register shows each status as text with a sign, filters, and names a bad filter", arguments: TestDatabase.backends)
    func register(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let page = try await client.execute(uri: "/toezeggingen", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok && page.text.contains("7 toezeggingen"))
            #expect(page.text.contains("<span class=\"status__icon\" aria-hidden=\"true\">✓</span> Voldaan"))
            #expect(page.text.contains("Open (te laat)") && page.text.contains("uiterlijk 15 januari 2010"))
            #expect(page.text.contains("href=\"/toezeggingen/\(Self.kept)\"") && page.text.contains("Gedeputeerde Staten"))
            let overdue = try await client.execute(uri: "/toezeggingen?teLaat=ja", method: .get, headers: [:], body: nil)
            #expect(overdue.text.contains("2 toezeggingen gevonden") && overdue.text.contains("name=\"teLaat\" value=\"ja\" checked"))
            let committee = try await client.execute(uri: "/toezeggingen?gremium=statencommissie-cultuur-en-economie&status=voldaan",
                                                     method: .get, headers: [:], body: nil)
            #expect(committee.text.contains("1 toezegging gevonden"))
            let bad = try await client.execute(uri: "/toezeggingen?status=klaar&vanaf=2012-13", method: .get, headers: [:], body: nil)
            #expect(bad.status == .badRequest && bad.text.contains("status") && bad.text.contains("vanaf"))
        }
    }

    @Test("a commitment's page says who promised what to whom, where, by when, and what kept it", arguments: TestDatabase.backends)
    func detail(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let page = try await client.execute(uri: SiteRoute.record(.commitment, Self.kept).href, method: .get, headers: [:], body: nil)
            #expect(page.status == .ok)
            for fact in ["Voldaan (op ", "Gedeputeerde Staten", "Provinciale Staten", "16 december 2009", "uiterlijk 15 januari 2010",
                         "14 januari 2010", "href=\"/bijeenkomsten/statenvergadering-2009-12-16\"",
                         "href=\"/documenten/statenbrief-2010-sociaal-domein-pns\"", "gestand gedaan"] {
                #expect(page.text.contains(fact), "\(fact)")
            }
            let meeting = try await client.execute(uri: SiteRoute.record(.meeting, "statenvergadering-2009-12-16").href, method: .get,
                                                   headers: [:], body: nil)
            #expect(meeting.text.contains("href=\"/toezeggingen/\(Self.kept)\""), "the meeting lists the commitment made there")
            let letter = try await client.execute(uri: SiteRoute.record(.document, "statenbrief-2010-sociaal-domein-pns").href, method: .get,
                                                  headers: [:], body: nil)
            #expect(letter.text.contains("href=\"/toezeggingen/\(Self.kept)\"") && letter.text.contains("toezegging-2010-01-14-plan-afbouw-taken"))
            let missing = try await client.execute(uri: "/toezeggingen/bestaat-niet", method: .get, headers: [:], body: nil)
            #expect(missing.status == .notFound)
        }
    }

    @Test("the deadlines feed holds each dated deadline on its last day, as an all-day event", arguments: TestDatabase.backends)
    func feed(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let feed = try await client.execute(uri: SiteRoute.commitmentDeadlines.href, method: .get, headers: [:], body: nil)
            #expect(feed.status == .ok && feed.headers[.contentType]?.hasPrefix("text/calendar") == true)
            #expect(feed.text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 3)
            #expect(feed.text.contains("UID:toezegging-\(Self.kept)@tafel") && feed.text.contains("DTSTART;VALUE=DATE:20100115"))
            #expect(feed.text.contains("DTSTART;VALUE=DATE:20101231"), "a deadline of 2010 falls on 31 December")
        }
    }

    @Test("the API lists with the register's filters and its peildatum, and gives one commitment with its ETag and history",
          arguments: TestDatabase.backends)
    func api(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let list = try await client.execute(uri: "/api/v1/toezeggingen?teLaat=ja", method: .get, headers: [:], body: nil)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(list.text.utf8)) as? [String: Any])
            let results = json["resultaten"] as? [[String: Any]] ?? []
            #expect(json["totaal"] as? Int == 2 && results.allSatisfy { $0["teLaat"] as? Bool == true && $0["status"] as? String == "open" })
            #expect(((json["_links"] as? [String: Any])?["self"] as? [String: Any])?["href"] as? String
                    == "/api/v1/toezeggingen?page=1&pageSize=20&teLaat=ja")
            let item = try await client.execute(uri: "/api/v1/toezeggingen/\(Self.kept)", method: .get, headers: [:], body: nil)
            #expect(item.headers[.eTag] == "\"1\"")
            let one = try #require(try JSONSerialization.jsonObject(with: Data(item.text.utf8)) as? [String: Any])
            #expect(one["status"] as? String == "voldaan" && one["voldaanOp"] as? String == "2010-01-14")
            #expect((one["termijn"] as? [String: Any])?["laatsteDag"] as? String == "2010-01-15")
            #expect((one["voldaanMet"] as? [[String: Any]])?.first?["id"] as? String == "statenbrief-2010-sociaal-domein-pns")
            let history = try await client.execute(uri: "/api/v1/toezeggingen/\(Self.kept)/historie", method: .get, headers: [:], body: nil)
            #expect(history.status == .ok)
            let bad = try await client.execute(uri: "/api/v1/toezeggingen?status=klaar", method: .get, headers: [:], body: nil)
            #expect(bad.status == .badRequest)
        }
    }

    @Test("an editor adds a commitment in the form, a bad one comes back with every field named and what was typed kept",
          arguments: TestDatabase.backends)
    func form(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let empty = try await client.execute(uri: SiteRoute.newCommitment.href, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(empty.status == .ok && empty.text.contains("name=\"termijnDatum\"") && empty.text.contains("<datalist id=\"documenten\">"))
            let reader = try await client.execute(uri: SiteRoute.newCommitment.href, method: .get, headers: app.headers(.lezer), body: nil)
            #expect(reader.status == .forbidden)
            // Begun from a meeting, the outcome is chosen from that meeting's outcomes.
            let fromMeeting = try await client.execute(uri: SiteRoute.newCommitment.href + "?bijeenkomst=statencommissie-cultuur-en-economie-2012-03-07&uitkomst=0",
                                                       method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(fromMeeting.text.contains("<select id=\"veld-uitkomst\" name=\"uitkomst\""))
            #expect(fromMeeting.text.contains("<option value=\"0\" selected>Toezegging: GS zeggen toe een overzicht toe te zenden"))
            let bad = try await client.execute(uri: "/toezeggingen", method: .post, headers: app.headers(.redacteur, form: true),
                                               body: app.form(.redacteur, [("titel", "Memo over de RUD"), ("tekst", ""), ("termijnDatum", "2012-13")]))
            #expect(bad.status == .badRequest && bad.text.contains("value=\"Memo over de RUD\""))
            for field in ["tekst is verplicht", "doorPersoon of doorGremium", "termijnDatum moet"] { #expect(bad.text.contains(field), "\(field)") }
            let good = try await client.execute(uri: "/toezeggingen", method: .post, headers: app.headers(.redacteur, form: true), body: app.form(.redacteur, [
                ("titel", "Memo over de RUD"), ("tekst", "GS sturen een memo over de RUD."), ("gedaanOp", "2012-03-07"),
                ("doorGremium", "gedeputeerde-staten-drenthe"), ("aanGremium", "provinciale-staten-drenthe"), ("termijnDatum", "2012-04-01"),
            ]))
            #expect(good.status == .seeOther && good.headers[.location] == "/toezeggingen/toezegging-memo-over-de-rud")
            let page = try await client.execute(uri: "/toezeggingen/toezegging-memo-over-de-rud", method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(page.text.contains("Open (te laat)") && page.text.contains("href=\"/toezeggingen/toezegging-memo-over-de-rud/bewerken\""))
            let edit = try await client.execute(uri: SiteRoute.editCommitment("toezegging-memo-over-de-rud").href, method: .get,
                                                headers: app.headers(.redacteur), body: nil)
            #expect(edit.text.contains("value=\"gedeputeerde-staten-drenthe\"") && edit.text.contains("name=\"versie\" value=\"1\""))
            let stale = try await client.execute(uri: SiteRoute.editCommitment("toezegging-memo-over-de-rud").href, method: .post,
                                                 headers: app.headers(.redacteur, form: true), body: app.form(.redacteur, [
                ("versie", "7"), ("titel", "Memo over de RUD"), ("tekst", "Anders."), ("doorGremium", "gedeputeerde-staten-drenthe"),
            ]))
            #expect(stale.status == .conflict && stale.text.contains("intussen gewijzigd"))
        }
    }

    @Test("the API adds, replaces and removes a commitment with If-Match, names bad fields, and refuses readers", arguments: TestDatabase.backends)
    func apiWrites(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let body = #"{"titel":"Brief over de RUD","tekst":"GS sturen een brief.","gedaanOp":"2012-03-07","doorGremium":"gedeputeerde-staten-drenthe","aanGremium":"provinciale-staten-drenthe","termijnDatum":"2012","voldaanMet":["statenbrief-2012-voorbeelden-samenwerking-gemeenten"]}"#
            let created = try await client.execute(uri: "/api/v1/toezeggingen", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: body))
            #expect(created.status == .created && created.headers[.location] == "/api/v1/toezeggingen/toezegging-brief-over-de-rud")
            let json = try JSONSerialization.jsonObject(with: Data(created.text.utf8)) as? [String: Any]
            #expect(json?["status"] as? String == "voldaan" && json?["voldaanOp"] as? String == "2012")
            var ifMatch = app.headers(.redacteur, api: true)
            ifMatch[.ifMatch] = "\"1\""
            let replaced = try await client.execute(uri: "/api/v1/toezeggingen/toezegging-brief-over-de-rud", method: .put, headers: ifMatch,
                                                    body: ByteBuffer(string: #"{"titel":"Brief over de RUD","tekst":"GS sturen een brief.","doorGremium":"gedeputeerde-staten-drenthe","besluit":"vervallen","besluitToelichting":"De RUD kwam er niet."}"#))
            #expect(replaced.status == .ok && replaced.headers[.eTag] == "\"2\"" && replaced.text.contains("\"vervallen\""))
            let invalid = try await client.execute(uri: "/api/v1/toezeggingen", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: #"{"titel":"X","tekst":"Y","doorPersoon":"niemand","besluit":"vervallen"}"#))
            #expect(invalid.status == .badRequest && invalid.text.contains("doorPersoon") && invalid.text.contains("besluitToelichting"))
            let reader = try await client.execute(uri: "/api/v1/toezeggingen", method: .post, headers: app.headers(.lezer, api: true),
                                                  body: ByteBuffer(string: body))
            #expect(reader.status == .forbidden)
            ifMatch[.ifMatch] = "\"2\""
            let deleted = try await client.execute(uri: "/api/v1/toezeggingen/toezegging-brief-over-de-rud", method: .delete, headers: ifMatch, body: nil)
            #expect(deleted.status == .noContent)
        }
    }

    @Test("the register's selection exports as ODS toezeggingen with Tafel's additions and as CSV; a confidential one stays out",
          arguments: TestDatabase.backends)
    func exports(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            try await app.database.sql.raw("UPDATE commitments SET confidentiality = 'vertrouwelijk' WHERE id = 'toezegging-2010-01-14-plan-afbouw-taken'").run()
            let ods = try await client.execute(uri: SiteRoute.commitmentsODS(CommitmentFilter(overdue: true)).href, method: .get, headers: [:], body: nil)
            let items = try #require(try JSONSerialization.jsonObject(with: Data(ods.text.utf8)) as? [[String: Any]])
            #expect(items.map { $0["identificatie"] as? String } == ["toezegging-2010-01-14-implementatievoorstellen"])
            #expect(items.first?["informatieobjecttype"] as? String == "toezegging" && items.first?["tafelTeLaat"] as? Bool == true)
            #expect(items.first?["tafelLaatsteDag"] as? String == "2010-12-31" && items.first?["tafelDoorGremium"] as? String == "Gedeputeerde Staten van Drenthe")
            let csv = try await client.execute(uri: SiteRoute.commitmentsCSV(CommitmentFilter(status: .voldaan)).href, method: .get, headers: [:], body: nil)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.first == "identificatie,naam,tekst,creatiedatum,portefeuillehouder,doorGremium,aan,termijnDatum,termijnGebeurtenis,laatsteDag,voldaanOp,status,teLaat,peildatum,besluitToelichting,vertrouwelijkheid")
            #expect(lines.count == 3 && lines.dropFirst().allSatisfy { $0.contains(",voldaan,nee,") })
            let page = try await client.execute(uri: "/toezeggingen", method: .get, headers: [:], body: nil)
            #expect(page.text.contains("href=\"/toezeggingen/ods\"") && page.text.contains("6 toezeggingen"))
        }
    }
}
