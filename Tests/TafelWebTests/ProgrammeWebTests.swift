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
            let text = html(page.text)
            for fact in ["Ontmoeten, kennisdelen, samenwerken en verbinden", "Karel Loohuis", "Toke Slaman", "Bert Wienen",
                         "Zorg, Jeugd en Onderwijs", "Henk Wind", "Afien Valkenburg", "Rita Overdiep", "4 keer per jaar",
                         "6 keer per jaar", "niet vastgelegd", "GGD Drenthe", "Drenthe Beweegt", "Leden kerngroep"] {
                #expect(text.contains(fact), "\(fact)")
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
}
