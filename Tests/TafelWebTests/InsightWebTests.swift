import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import TafelCore
import TafelStore
import TafelTestSupport
@testable import TafelWeb
import Testing

/// `/inzicht`, a municipality's page and the CSV, on the demo data and both databases.
@Suite("Inzicht op het web")
struct InsightWebTests {
    @Test("the province page: map, bars and matrix with their text alternatives, the table linking to what it counts",
          arguments: TestDatabase.backends)
    func province(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let page = try await client.execute(uri: "/inzicht?datum=2012-06-01&maat=samenwerkingen-per-10000", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>Inzicht: samenwerking in Drenthe</h1>"))
            #expect(page.text.contains("<title id=\"inzicht-kaart-titel\">Kaart: Samenwerkingen per 10.000 inwoners per gemeente in Drenthe, 1 juni 2012</title>"))
            #expect(page.text.contains("<desc id=\"inzicht-kaart-omschrijving\">Kaart van de gemeenten van Drenthe."))
            #expect(page.text.contains("id=\"inzicht-staaf-titel\""))
            #expect(page.text.contains("href=\"/inzicht/netwerk?provincie=provincie-drenthe&amp;datum=2012-06-01\""))
            #expect(page.text.contains("href=\"/inzicht/gemeente-assen?datum=2012-06-01\""))
            #expect(page.text.contains("href=\"/samenwerkingen?gemeente=gemeente-assen\""))
            #expect(page.text.contains("<option value=\"samenwerkingen-per-10000\" selected>"))
            #expect(page.text.contains("Hoe de getallen berekend zijn"))
            #expect(page.text.contains("<h2 id=\"toezeggingen-kop\">Toezeggingen: op tijd of te laat</h2>"))
            #expect(page.text.contains("<title id=\"inzicht-toezeggingen-titel\">"))
            #expect(page.text.contains("href=\"/toezeggingen?gremium=gedeputeerde-staten-drenthe\""))
            #expect(page.text.contains("<h2 id=\"ritme-kop\">Gremia en hun vergaderritme</h2>") && page.text.contains("minder dan het ritme"))
        }
    }

    @Test("an unreadable date or measure is named at its field, kept as typed, with a 400", arguments: TestDatabase.backends)
    func invalid(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let page = try await client.execute(uri: "/inzicht?datum=2012-13&maat=iets", method: .get, headers: [:], body: nil)
            #expect(page.status == .badRequest)
            #expect(page.text.contains("id=\"fout-datum\"") && page.text.contains("value=\"2012-13\""))
            #expect(page.text.contains("Peildatum: ‘2012-13’ is geen datum."))
            #expect(page.text.contains("Maat op de kaart: ‘iets’ is geen maat van Inzicht."))
            let municipality = try await client.execute(uri: "/inzicht/gemeente-assen?datum=gisteren", method: .get, headers: [:], body: nil)
            #expect(municipality.status == .badRequest && municipality.text.contains("value=\"gisteren\""))
            for uri in ["/inzicht/gemeente-onbekend", "/inzicht/vdg", "/inzicht?provincie=provincie-onbekend"] {
                #expect(try await client.execute(uri: uri, method: .get, headers: [:], body: nil).status == .notFound, "\(uri)")
            }
        }
    }

    @Test("the tasks: served ones link to the register, the matrix has its text alternative and its table; a municipality's tasks name the collaborations",
          arguments: TestDatabase.backends)
    func tasks(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let page = try await client.execute(uri: "/inzicht?datum=2021-06-01", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok)
            #expect(page.text.contains("<h2 id=\"opgaven-kop\">Opgaven: samenhang of versnippering</h2>"))
            #expect(page.text.contains("<a href=\"/samenwerkingen?opgave=pns-mijn-jeugd\">2</a>"))
            #expect(page.text.contains(TaskInsight.smallDefinition))
            #expect(page.text.contains("href=\"/inzicht/opgaven?provincie=provincie-drenthe&amp;datum=2021-06-01\""))
            let all = try await client.execute(uri: "/inzicht/opgaven?datum=2021-06-01", method: .get, headers: [:], body: nil)
            #expect(all.status == .ok)
            #expect(all.text.contains("<title id=\"opgaven-matrix-titel\">Opgaven en gemeenten:"))
            #expect(all.text.contains("<desc id=\"opgaven-matrix-omschrijving\">") && all.text.contains("5. Mijn jeugd: Aa en Hunze"))
            #expect(all.text.contains("<caption id=\"matrix-tabel\">Via hoeveel samenwerkingen elke gemeente aan elke opgave werkt</caption>"))
            #expect(all.text.contains("<a href=\"/opgaven/vdg-leefbaarheid-en-krimp\">1. Leefbaarheid en Krimp</a>"), "an unserved task is listed too")
            let assen = try await client.execute(uri: "/inzicht/gemeente-assen?datum=2021-06-01", method: .get, headers: [:], body: nil)
            #expect(assen.text.contains("<h2 id=\"opgaven-kop\">Aan welke opgaven Assen werkt</h2>"))
            #expect(assen.text.contains("<a href=\"/opgaven/vdg-zorg\">3. Goede en bereikbare zorg voor onze inwoners</a>"))
            #expect(assen.text.contains("<a href=\"/samenwerkingen/transitie-jeugdzorg\">"))
        }
    }

    @Test("the network page: the drawing with its legend, the matrix and every pair in tables", arguments: TestDatabase.backends)
    func network(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let page = try await client.execute(uri: "/inzicht/netwerk?datum=2012-06-01", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>Netwerk van samenwerking in Drenthe</h1>"))
            #expect(page.text.contains("<title id=\"netwerk-tekening-titel\">") && page.text.contains("<desc id=\"netwerk-tekening-omschrijving\">"))
            #expect(page.text.contains("<title id=\"netwerk-matrix-titel\">"))
            #expect(page.text.contains("gedeelde samenwerkingen</li>"), "a legend for the line widths")
            #expect(page.text.contains("<caption id=\"matrix-tabel\">Gedeelde samenwerkingen per paar, als matrix</caption>") && page.text.contains("tabindex=\"0\" role=\"region\" aria-labelledby=\"matrix-tabel\""))
            let bad = try await client.execute(uri: "/inzicht/netwerk?datum=morgen", method: .get, headers: [:], body: nil)
            #expect(bad.status == .badRequest && bad.text.contains("value=\"morgen\""))
            #expect(try await client.execute(uri: "/inzicht/opgaven?provincie=provincie-onbekend", method: .get, headers: [:], body: nil).status == .notFound)
        }
    }

    @Test("a municipality's page: its figures next to the province's mean, its partners and collaborations with the council's role",
          arguments: TestDatabase.backends)
    func municipality(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let page = try await client.execute(uri: "/inzicht/gemeente-assen?datum=2012-06-01", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>Wat betekent samenwerking voor Assen?</h1>"))
            #expect(page.text.contains("Gemiddelde Drenthe"))
            #expect(page.text.contains("href=\"/samenwerkingen/transitie-jeugdzorg\""))
            #expect(page.text.contains("niet vermeld in de bron"))
            #expect(page.text.contains("id=\"partners-titel\""))
        }
    }

    @Test("the CSV opens in a Dutch spreadsheet: a byte order mark, semicolons, Dutch headers, decimal commas", arguments: TestDatabase.backends)
    func csv(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let response = try await client.execute(uri: "/inzicht.csv?datum=2012-06-01", method: .get, headers: [:], body: nil)
            #expect(response.status == .ok && response.headers[.contentType] == "text/csv; charset=utf-8")
            let bytes = Array(response.body.readableBytesView)
            #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
            let lines = response.text.split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false) }
            #expect(lines.count == 13)
            #expect(lines[0].count == InsightCSV.headers.count && lines[0][1] == "CBS-code")
            let assen = try #require(lines.first { $0.first == "Gemeente Assen" })
            #expect(assen.count == InsightCSV.headers.count && assen[1] == "GM0106" && assen[4].contains(","))
            let bad = try await client.execute(uri: "/inzicht.csv?datum=nooit", method: .get, headers: [:], body: nil)
            #expect(bad.status == .badRequest)
        }
    }

    @Test("the network's pairs and the tasks with their municipalities as CSV, in the same dialect", arguments: TestDatabase.backends)
    func moreCSV(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let network = try await client.execute(uri: "/inzicht/netwerk.csv?datum=2012-06-01", method: .get, headers: [:], body: nil)
            #expect(network.status == .ok && Array(network.body.readableBytesView).prefix(3) == [0xEF, 0xBB, 0xBF])
            let pairs = network.text.split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false) }
            #expect(pairs[0] == ["\u{FEFF}Organisatie", "Met", "Gedeelde samenwerkingen", "Peildatum"])
            #expect(pairs.count > 1 && pairs.dropFirst().allSatisfy { $0.count == 4 && Int($0[2]) != nil && $0[3] == "2012-06-01" })
            let tasks = try await client.execute(uri: "/inzicht/opgaven.csv?datum=2021-06-01", method: .get, headers: [:], body: nil)
            #expect(tasks.status == .ok && tasks.headers[.contentDisposition]?.contains("inzicht-opgaven-provincie-drenthe-2021-06-01.csv") == true)
            let rows = tasks.text.split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false) }
            #expect(rows[0].count == 10 + 12 + 1 && rows[0].contains("Gemeente Assen"))
            let jeugd = try #require(rows.first { $0.first == "Mijn jeugd" })
            #expect(jeugd[4] == "2" && jeugd[5] == "12")
            #expect(try await client.execute(uri: "/inzicht/opgaven.csv?datum=nooit", method: .get, headers: [:], body: nil).status == .badRequest)
        }
    }
}
