import Foundation
import Hummingbird
import HummingbirdTesting
import TafelCore
import TafelStore
import TafelTestSupport
@testable import TafelWeb
import Testing

/// `/api/v1/inzicht…`: the same numbers as the pages, from the same records, on both databases.
@Suite("Inzicht in de API")
struct InsightAPITests {
    @Test("the province: every municipality's measures as the catalog computes them, coverage per form, the definitions",
          arguments: TestDatabase.backends)
    func province(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let response = try await client.execute(uri: "/api/v1/inzicht?datum=2012-06-01", method: .get, headers: [:], body: nil)
            #expect(response.status == .ok)
            let body = try response.json()
            #expect((body["provincie"] as? [String: Any])?["id"] as? String == "provincie-drenthe")
            #expect(body["peildatum"] as? String == "2012-06-01")
            let municipalities = try #require(body["gemeenten"] as? [[String: Any]])
            #expect(municipalities.count == 12)
            let scope = try #require(try await Catalog(database: app.database, viewer: .anonymous).insight())
            let expected = try #require(scope.snapshot(on: PartialDate(iso: "2012-06-01")!).municipalities.first { $0.id == "gemeente-assen" })
            let assen = try #require(municipalities.first { ($0["gemeente"] as? [String: Any])?["id"] as? String == "gemeente-assen" })
            #expect(assen["samenwerkingen"] as? Int == expected.collaborations)
            #expect(assen["zetels"] as? Int == expected.seats)
            #expect(assen["cbsCode"] as? String == "GM0106")
            #expect(assen["inzicht"] as? String == "/api/v1/inzicht/gemeente-assen")
            #expect((body["definities"] as? [[String: Any]])?.contains { $0["maat"] as? String == "congruentie" } == true)
            #expect((body["dekkingPerVorm"] as? [[String: Any]])?.isEmpty == false)
            let accountability = try await client.execute(uri: "/api/v1/inzicht/verantwoording?datum=2012-06-01", method: .get, headers: [:], body: nil).json()
            let keeping = try #require(accountability["toezeggingen"] as? [[String: Any]])
            #expect(keeping.contains { ($0["portefeuillehouder"] as? [String: Any])?["href"] as? String == "/api/v1/gremia/gedeputeerde-staten-drenthe" })
            let rhythms = try #require(accountability["vergaderritme"] as? [[String: Any]])
            #expect(rhythms.contains { ($0["gremium"] as? [String: Any])?["id"] as? String == "vdg-bo-gezondheid-welzijn" && $0["oordeel"] as? String == "minder" })
        }
    }

    @Test("the network, the tasks and one municipality", arguments: TestDatabase.backends)
    func parts(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let network = try await client.execute(uri: "/api/v1/inzicht/netwerk?datum=2012-06-01", method: .get, headers: [:], body: nil).json()
            let pairs = try #require(network["paren"] as? [[String: Any]])
            #expect(!pairs.isEmpty)
            let counts = pairs.compactMap { $0["samenwerkingen"] as? Int }
            #expect(counts == counts.sorted(by: >), "the most shared first")
            let organisations = try #require(network["organisaties"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            #expect(organisations.count == 13 && organisations.contains("provincie-drenthe"))
            #expect(pairs.allSatisfy { organisations.contains($0["organisatie"] as? String ?? "") && organisations.contains($0["met"] as? String ?? "") })

            let tasks = try await client.execute(uri: "/api/v1/inzicht/opgaven?datum=2021-06-01", method: .get, headers: [:], body: nil).json()
            let list = try #require(tasks["opgaven"] as? [[String: Any]])
            let jeugd = try #require(list.first { ($0["opgave"] as? [String: Any])?["id"] as? String == "pns-mijn-jeugd" })
            #expect((jeugd["samenwerkingen"] as? [Any])?.count == 2)
            #expect((jeugd["gemeenten"] as? [Any])?.count == 12)
            let served = Set(try #require(jeugd["samenwerkingen"] as? [[String: Any]]).compactMap { $0["id"] as? String })
            let through = try #require(jeugd["gemeenten"] as? [[String: Any]]).flatMap { $0["via"] as? [String] ?? [] }
            #expect(!through.isEmpty && through.allSatisfy(served.contains), "via names the task's own collaborations by id")
            #expect(list.contains { ($0["opgave"] as? [String: Any])?["id"] as? String == "vdg-leefbaarheid-en-krimp" && ($0["samenwerkingen"] as? [Any])?.isEmpty == true })

            let assen = try await client.execute(uri: "/api/v1/inzicht/gemeente-assen?datum=2021-06-01", method: .get, headers: [:], body: nil).json()
            #expect(((assen["maten"] as? [String: Any])?["gemeente"] as? [String: Any])?["id"] as? String == "gemeente-assen")
            #expect((assen["gemiddelde"] as? [[String: Any]])?.count == InsightMeasure.allCases.count)
            let own = try #require(assen["samenwerkingen"] as? [[String: Any]])
            #expect(own.contains { ($0["samenwerking"] as? [String: Any])?["id"] as? String == "transitie-jeugdzorg" })
            #expect(own.allSatisfy { ["formeel", "formeel_volgens_wgr", "informatie", "niet_bekend"].contains($0["zeggenschap"] as? String ?? "") })
            let ownIDs = Set(own.compactMap { ($0["samenwerking"] as? [String: Any])?["id"] as? String })
            let zorg = try #require((assen["opgaven"] as? [[String: Any]])?.first { ($0["opgave"] as? [String: Any])?["id"] as? String == "vdg-zorg" })
            #expect((zorg["via"] as? [String])?.allSatisfy(ownIDs.contains) == true)
        }
    }

    @Test("a date that does not exist is a 400 naming datum; an unknown province or municipality a 404")
    func refused() async throws {
        try await SecuredApp.with(.sqlite) { _, client in
            let bad = try await client.execute(uri: "/api/v1/inzicht?datum=2021-02-30", method: .get, headers: [:], body: nil)
            #expect(bad.status == .badRequest && bad.text.contains("datum"))
            let badMunicipality = try await client.execute(uri: "/api/v1/inzicht/gemeente-assen?datum=2021-13-01", method: .get, headers: [:], body: nil)
            #expect(badMunicipality.status == .badRequest)
            for uri in ["/api/v1/inzicht?provincie=provincie-onbekend", "/api/v1/inzicht/netwerk?provincie=provincie-onbekend",
                        "/api/v1/inzicht/opgaven?provincie=provincie-onbekend", "/api/v1/inzicht/verantwoording?provincie=provincie-onbekend", "/api/v1/inzicht/vdg", "/api/v1/inzicht/gemeente-onbekend"] {
                #expect(try await client.execute(uri: uri, method: .get, headers: [:], body: nil).status == .notFound, "\(uri)")
            }
        }
    }
}
