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

/// Running a meeting through the forms, without JavaScript: add it, build and reorder the
/// agenda, record outcomes, prepare the next meeting and carry an action item over.
@Suite("Bijeenkomsten bewerken")
struct MeetingWebTests {
    static let meeting: [(String, String)] = [
        ("naam", "VDG-bestuur formulierproef"), ("soort", "overleg"), ("status", "gehouden"), ("gremium", "vdg-bestuur"),
        ("datum", "2026-01-12"), ("aanvang", "09:30"),
        ("deelnemers[0].persoon", "heimstra"), ("deelnemers[0].rol", "voorzitter"), ("deelnemers[0].aanwezigheid", "aanwezig"),
        ("agendapunten[0].sleutel", "1"), ("agendapunten[0].titel", "Opening"),
        ("agendapunten[1].sleutel", "2"), ("agendapunten[1].titel", "Strategische agenda"),
        ("agendapunten[2].sleutel", "3"), ("agendapunten[2].titel", "Kerngroepen"), ("agendapunten[2].onderdeelVan", "2"),
        ("agendapunten[2].hamerstuk", "ja"),
        ("uitkomsten[0].soort", "actiepunt"), ("uitkomsten[0].tekst", "Voorstel kerngroepen uitwerken"),
        ("uitkomsten[0].agendapunt", "3"), ("uitkomsten[0].eigenaar", "out"), ("uitkomsten[0].deadline", "2026-02-01"),
    ]

    @Test("an editor adds a meeting; a bad form comes back with every problem named and everything typed",
          arguments: TestDatabase.backends)
    func addMeeting(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let headers = app.headers(.redacteur, form: true)
            let blank = try await client.execute(uri: SiteRoute.newMeeting.href, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(blank.status == .ok && blank.text.contains("Bijeenkomst toevoegen") && blank.text.contains("<datalist id=\"personen\">"))
            var wrong = Self.meeting
            wrong.append(("einde", "08:00"))
            wrong.append(("uitkomsten[1].soort", "besluit"))
            wrong.append(("uitkomsten[1].tekst", "Vastgesteld"))
            wrong.append(("uitkomsten[1].eigenaar", "out"))
            let invalid = try await client.execute(uri: SiteRoute.list(.meeting).href, method: .post, headers: headers,
                                                   body: app.form(.redacteur, wrong))
            #expect(invalid.status == .badRequest)
            #expect(invalid.text.contains("einde (08:00) ligt vóór aanvang (09:30)."))
            #expect(invalid.text.contains("uitkomsten[1]: eigenaar, deadline en actiestatus horen bij een actiepunt"))
            #expect(invalid.text.contains("value=\"Kerngroepen\"") && invalid.text.contains("value=\"VDG-bestuur formulierproef\""), "input kept")
            let created = try await client.execute(uri: SiteRoute.list(.meeting).href, method: .post, headers: headers,
                                                   body: app.form(.redacteur, Self.meeting))
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            let page = try await client.execute(uri: location, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(page.text.contains("<th scope=\"row\">2.1</th>"), "the sub-item is numbered under its parent")
            #expect(page.text.contains("Kerngroepen (hamerstuk)"))
            #expect(page.text.contains("Voorstel kerngroepen uitwerken") && page.text.contains("Bewerken"))
            let anonymous = try await client.execute(uri: location, method: .get, headers: [:], body: nil)
            #expect(!anonymous.text.contains("Bewerken") && !anonymous.text.contains("voorbereiding"))
        }
    }

    @Test("moving an agenda item re-draws the form in the new order and saves nothing", arguments: TestDatabase.backends)
    func moveItem(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let moved = try await client.execute(uri: SiteRoute.list(.meeting).href, method: .post, headers: app.headers(.redacteur, form: true),
                                                 body: app.form(.redacteur, Self.meeting + [("actie", "omhoog-2")]))
            #expect(moved.status == .ok)
            let text = moved.text
            let strategy = try #require(text.range(of: "value=\"Strategische agenda\""))
            let opening = try #require(text.range(of: "value=\"Opening\""))
            let sub = try #require(text.range(of: "value=\"Kerngroepen\""))
            #expect(strategy.lowerBound < sub.lowerBound && sub.lowerBound < opening.lowerBound, "the item moves with its sub-item")
            #expect(text.contains("<legend>Agendapunt 1.1</legend>"))
            let saved = try await app.database.sql.raw("SELECT COUNT(*) AS n FROM meetings WHERE name = 'VDG-bestuur formulierproef'")
                .first(decodingColumn: "n", as: Int.self)
            #expect(saved == 0)
        }
    }

    @Test("the next meeting's preparation lists the open action item; carrying it over puts it on the agenda once",
          arguments: TestDatabase.backends)
    func prepareAndCarryOver(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let headers = app.headers(.redacteur, form: true)
            _ = try await client.execute(uri: SiteRoute.list(.meeting).href, method: .post, headers: headers, body: app.form(.redacteur, Self.meeting))
            let next = try await client.execute(uri: SiteRoute.list(.meeting).href, method: .post, headers: headers, body: app.form(.redacteur, [
                ("naam", "VDG-bestuur volgende"), ("soort", "overleg"), ("status", "gepland"), ("gremium", "vdg-bestuur"),
                ("datum", "2027-03-09"), ("agendapunten[0].titel", "Opening"),
            ]))
            let id = try #require(next.headers[.location]).split(separator: "/").last.map(String.init) ?? ""
            let preparation = try await client.execute(uri: SiteRoute.meetingPreparation(id).href, method: .get,
                                                       headers: app.headers(.redacteur), body: nil)
            #expect(preparation.status == .ok)
            #expect(preparation.text.contains("Voorstel kerngroepen uitwerken") && preparation.text.contains("(over de deadline)"))
            let action = try #require(preparation.text.firstMatch(of: /name="actiepunt" value="([^"]+)"/)).1
            let carried = try await client.execute(uri: SiteRoute.carryOverAction(id).href, method: .post, headers: headers,
                                                   body: app.form(.redacteur, [("versie", "1"), ("actiepunt", String(action))]))
            #expect(carried.status == .seeOther)
            let after = try await client.execute(uri: SiteRoute.meetingPreparation(id).href, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(after.text.contains("Actiepunt: Voorstel kerngroepen uitwerken") && after.text.contains("Staat op de agenda"))
            let stale = try await client.execute(uri: SiteRoute.carryOverAction(id).href, method: .post, headers: headers,
                                                 body: app.form(.redacteur, [("versie", "1"), ("actiepunt", String(action))]))
            #expect(stale.status == .seeOther, "already on the agenda: nothing to do, whatever the version")
            let reader = try await client.execute(uri: SiteRoute.meetingPreparation(id).href, method: .get, headers: app.headers(.lezer), body: nil)
            #expect(reader.status == .forbidden)
            let noToken = try await client.execute(uri: SiteRoute.carryOverAction(id).href, method: .post, headers: headers,
                                                   body: app.form(.redacteur, [("versie", "2"), ("actiepunt", String(action))], csrf: false))
            #expect(noToken.status == .forbidden)
        }
    }

    @Test("a stale edit shows both versions and keeps what was typed", arguments: TestDatabase.backends)
    func conflict(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let headers = app.headers(.redacteur, form: true)
            let created = try await client.execute(uri: SiteRoute.list(.meeting).href, method: .post, headers: headers, body: app.form(.redacteur, Self.meeting))
            let id = try #require(created.headers[.location]).split(separator: "/").last.map(String.init) ?? ""
            let edit = try await client.execute(uri: SiteRoute.editMeeting(id).href, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(edit.text.contains("name=\"versie\" value=\"1\"") && edit.text.contains("value=\"Kerngroepen\""))
            let first = try await client.execute(uri: SiteRoute.editMeeting(id).href, method: .post, headers: headers,
                                                 body: app.form(.redacteur, Self.meeting + [("versie", "1"), ("locatie", "Assen")]))
            #expect(first.status == .seeOther)
            let second = try await client.execute(uri: SiteRoute.editMeeting(id).href, method: .post, headers: headers,
                                                  body: app.form(.redacteur, Self.meeting + [("versie", "1"), ("locatie", "Emmen")]))
            #expect(second.status == .conflict)
            #expect(second.text.contains("De bijeenkomst is intussen gewijzigd") && second.text.contains("value=\"Emmen\""))
        }
    }

    @Test("the API adds and replaces a meeting with If-Match, names bad rows by the body's own index, refuses readers",
          arguments: TestDatabase.backends)
    func api(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let body = #"{"naam":"Via de API","soort":"bestuurlijk_overleg","status":"gepland","gremium":"vdg-bestuur","datum":"2027-04-14","aanvang":"10:00","deelnemers":[{"persoon":"heimstra","rol":"voorzitter"}],"agendapunten":[{"titel":"Opening"},{"titel":"Jeugdzorg","duur":30},{"titel":"Inkoop","onderdeelVan":2,"hamerstuk":true}],"uitkomsten":[{"soort":"actiepunt","tekst":"Notitie maken","agendapunt":3,"eigenaar":"out","deadline":"2027-05-01"}]}"#
            let created = try await client.execute(uri: "/api/v1/bijeenkomsten", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: body))
            #expect(created.status == .created)
            #expect(created.headers[.location] == "/api/v1/bijeenkomsten/via-de-api" && created.headers[.eTag] == "\"1\"")
            let json = try JSONSerialization.jsonObject(with: Data(created.text.utf8)) as? [String: Any]
            let items = json?["agendapunten"] as? [[String: Any]] ?? []
            #expect(items.map { $0["nummering"] as? String } == ["1", "2", "2.1"])
            #expect((items.last?["hamerstuk"] as? Bool) == true)
            let outcomes = json?["uitkomsten"] as? [[String: Any]] ?? []
            #expect(outcomes.first?["actiestatus"] as? String == "open" && outcomes.first?["soort"] as? String == "actiepunt")
            let fetched = try await client.execute(uri: "/api/v1/bijeenkomsten/via-de-api", method: .get, headers: [:], body: nil)
            #expect(fetched.headers[.eTag] == "\"1\"")
            var ifMatch = app.headers(.redacteur, api: true)
            ifMatch[.ifMatch] = "\"1\""
            let replaced = try await client.execute(uri: "/api/v1/bijeenkomsten/via-de-api", method: .put, headers: ifMatch,
                                                    body: ByteBuffer(string: body.replacingOccurrences(of: "\"10:00\"", with: "\"10:30\"")))
            #expect(replaced.status == .ok && replaced.headers[.eTag] == "\"2\"" && replaced.text.contains("10:30"))
            let stale = try await client.execute(uri: "/api/v1/bijeenkomsten/via-de-api", method: .put, headers: ifMatch,
                                                 body: ByteBuffer(string: body))
            #expect(stale.status == .preconditionFailed)
            let unversioned = try await client.execute(uri: "/api/v1/bijeenkomsten/via-de-api", method: .put,
                                                       headers: app.headers(.redacteur, api: true), body: ByteBuffer(string: body))
            #expect(unversioned.status == .preconditionRequired)
            let invalid = try await client.execute(uri: "/api/v1/bijeenkomsten", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: #"{"naam":"Fout","soort":"overleg","status":"gepland","deelnemers":[{"rol":"deelnemer"},{"persoon":"bestaat-niet","rol":"deelnemer"}],"uitkomsten":[{"soort":"besluit","tekst":"x","eigenaar":"out"}]}"#))
            #expect(invalid.status == .badRequest)
            for field in ["deelnemers[0].persoon", "deelnemers[1].persoon", "uitkomsten[0].soort"] {
                #expect(invalid.text.contains(field), "\(field) named")
            }
            let reader = try await client.execute(uri: "/api/v1/bijeenkomsten", method: .post, headers: app.headers(.lezer, api: true),
                                                  body: ByteBuffer(string: body))
            #expect(reader.status == .forbidden)
            let anonymous = try await client.execute(uri: "/api/v1/bijeenkomsten", method: .post, headers: [.contentType: "application/json"],
                                                     body: ByteBuffer(string: body))
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test("a meeting and a body's meetings export as Open Raadsinformatie and Popolo; confidential ones stay out",
          arguments: TestDatabase.backends)
    func exports(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let headers = app.headers(.redacteur, form: true)
            let created = try await client.execute(uri: SiteRoute.list(.meeting).href, method: .post, headers: headers,
                                                   body: app.form(.redacteur, Self.meeting + [("uitkomsten[1].soort", "besluit"),
                                                       ("uitkomsten[1].tekst", "Agenda vastgesteld"), ("uitkomsten[1].agendapunt", "2"),
                                                       ("uitkomsten[1].resultaat", "aangenomen")]))
            let id = try #require(created.headers[.location]).split(separator: "/").last.map(String.init) ?? ""
            let ods = try await client.execute(uri: SiteRoute.meetingExport(id, .ods).href, method: .get, headers: [:], body: nil)
            #expect(ods.status == .ok && ods.headers[.contentType]?.hasPrefix("application/json") == true)
            let vergadering = try JSONDecoder().decode(MeetingExport.Vergadering.self, from: Data(ods.text.utf8))
            #expect(vergadering.agendapunten.map(\.agendapuntvolgnummer) == ["1", "2", "2.1"])
            #expect(vergadering.agendapunten[2].hoofdagendapunt == vergadering.agendapunten[1].identificatie)
            #expect(vergadering.agendapunten[1].besluiten.map(\.besluitresultaat) == ["aangenomen"])
            #expect(vergadering.agendapunten[1].besluiten.map(\.besluittoelichting) == ["Agenda vastgesteld"])
            #expect(vergadering.agendapunten[1].indicatorBesloten && vergadering.agendapunten[2].indicatieHamerstuk)
            #expect(vergadering.geplandeAanvangVergadering == "2026-01-12T09:30:00+01:00")
            let popolo = try await client.execute(uri: SiteRoute.meetingExport(id, .popolo).href, method: .get, headers: [:], body: nil)
            let event = try JSONDecoder().decode(MeetingExport.Event.self, from: Data(popolo.text.utf8))
            #expect(event.organization_id == "vdg-bestuur" && event.attendees.map(\.person_id) == ["heimstra"])
            #expect(event.attendees.first?.attendance == "aanwezig")
            let all = try await client.execute(uri: SiteRoute.bodyMeetingsExport("vdg-bestuur", .ods).href, method: .get, headers: [:], body: nil)
            let list = try JSONDecoder().decode([MeetingExport.Vergadering].self, from: Data(all.text.utf8))
            #expect(list.contains { $0.identificatie == id })
            #expect(!all.text.contains(app.confidentialToken) && !all.text.contains(app.internalToken))
            let missing = try await client.execute(uri: SiteRoute.meetingExport("bestaat-niet", .ods).href, method: .get, headers: [:], body: nil)
            #expect(missing.status == .notFound)
        }
    }
}
