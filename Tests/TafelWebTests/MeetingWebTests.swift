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
}
