import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
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
}
