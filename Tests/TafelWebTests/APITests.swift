import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TafelCore
import Testing

/// Checks every API response shares.
func expectAPI(
    _ response: TestResponse, status: HTTPResponse.Status = .ok, contentType: String = "application/json",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(response.status == status, "\(response.text.prefix(300))", sourceLocation: sourceLocation)
    #expect(response.header("Content-Type")?.hasPrefix(contentType) == true,
            "Content-Type \(response.header("Content-Type") ?? "-")", sourceLocation: sourceLocation)
    #expect(response.header("API-Version") == "1.0.0", sourceLocation: sourceLocation)
    #expect(response.header("Access-Control-Allow-Origin") == "*", sourceLocation: sourceLocation)
    #expect(response.header("Cache-Control") == "no-store", sourceLocation: sourceLocation)
    expectSecurityHeaders(response, sourceLocation: sourceLocation)
}

@Suite("API", .demoApp)
struct APITests {
    static let collections: [(path: String, total: Int, firstID: String?)] = [
        ("organisaties", 43, nil), ("personen", 31, nil), ("gremia", 64, nil), ("samenwerkingen", 41, nil),
        ("bijeenkomsten", 21, "bzk-drenthe-2020-11-13"), ("opgaven", 38, nil), ("documenten", 17, "verslag-2020-11-13-bzk-drenthe"),
    ]

    @Test("every list operation: a page with totaal, _links and results", arguments: collections)
    func lists(path: String, total: Int, firstID: String?) async throws {
        try await DemoApp.test { client in
            let response = try await client.get("/api/v1/\(path)")
            expectAPI(response)
            let body = try response.json()
            #expect(body.int("totaal") == total)
            #expect(body.int("pagina") == 1)
            #expect(body.int("paginaGrootte") == 20)
            #expect(body.int("aantalPaginas") == (total + 19) / 20)
            let results = try #require(body.objects("resultaten"))
            #expect(results.count == min(total, 20))
            #expect(body.href("self") == "/api/v1/\(path)?page=1&pageSize=20")
            #expect(body.href("first") == "/api/v1/\(path)?page=1&pageSize=20")
            #expect(body.href("last") == "/api/v1/\(path)?page=\((total + 19) / 20)&pageSize=20")
            #expect(body.href("prev") == nil)
            #expect(body.href("next") == (total > 20 ? "/api/v1/\(path)?page=2&pageSize=20" : nil))
            for item in results {
                let id = try #require(item.string("id"))
                #expect(Slug.isValid(id))
                #expect(item.href("self") == "/api/v1/\(path)/\(id)")
                #expect(item.int("versie") == 1)
                #expect(item.string("aangemaakt") != nil)
            }
            if let firstID { #expect(results.first?.string("id") == firstID) }
        }
    }

    @Test("every item operation: the record with _links and its sources", arguments: [
        ("organisaties", "gemeente-assen"), ("personen", "karel-loohuis"), ("gremia", "vdg-bestuur"),
        ("samenwerkingen", "rud-drenthe"), ("bijeenkomsten", "bzk-drenthe-2020-11-13"), ("opgaven", "ibp-klimaat"),
        ("documenten", "statenbrief-2010-sociaal-domein-pns"),
    ])
    func items(path: String, id: String) async throws {
        try await DemoApp.test { client in
            let response = try await client.get("/api/v1/\(path)/\(id)")
            expectAPI(response)
            let body = try response.json()
            #expect(body.string("id") == id)
            #expect(body.href("self") == "/api/v1/\(path)/\(id)")
            #expect(body.int("versie") == 1)
            if path == "documenten" {
                #expect(body.objects("feiten")?.isEmpty == false)
            } else {
                #expect(body.objects("bronnen")?.isEmpty == false)
            }
        }
    }

    @Test("organisaties: soort=gemeente gives the twelve municipalities")
    func municipalities() async throws {
        try await DemoApp.test { client in
            let response = try await client.get("/api/v1/organisaties?soort=gemeente&pageSize=100")
            expectAPI(response)
            let body = try response.json()
            #expect(body.int("totaal") == 12)
            #expect(body.int("aantalPaginas") == 1)
            #expect(body.href("self") == "/api/v1/organisaties?page=1&pageSize=100&soort=gemeente")
            let results = try #require(body.objects("resultaten"))
            #expect(results.count == 12)
            #expect(results.allSatisfy { $0.string("soort") == "gemeente" })
            let assen = try #require(results.first { $0.string("id") == "gemeente-assen" })
            #expect(assen.string("cbsCode") == "GM0106")
            #expect(assen.string("tooiUri") == "https://identifier.overheid.nl/tooi/id/gemeente/gm0106")
            #expect(assen.int("inwoners") == 67708)
            #expect(assen.object("bovenliggende")?.string("id") == "provincie-drenthe")
        }
    }

    @Test("filters and paging carry over into the links")
    func filtersAndPaging() async throws {
        try await DemoApp.test { client in
            let search = try await client.get("/api/v1/personen?q=loohuis")
            expectAPI(search)
            let found = try search.json()
            #expect(found.int("totaal") == 1)
            #expect(found.objects("resultaten")?.first?.string("naam") == "Karel Loohuis")
            #expect(found.href("self") == "/api/v1/personen?page=1&pageSize=20&q=loohuis")

            let second = try await client.get("/api/v1/organisaties?page=2&pageSize=5&soort=gemeente")
            expectAPI(second)
            let page = try second.json()
            #expect(page.int("totaal") == 12)
            #expect(page.int("pagina") == 2)
            #expect(page.objects("resultaten")?.count == 5)
            #expect(page.href("prev") == "/api/v1/organisaties?page=1&pageSize=5&soort=gemeente")
            #expect(page.href("next") == "/api/v1/organisaties?page=3&pageSize=5&soort=gemeente")
            #expect(page.href("last") == "/api/v1/organisaties?page=3&pageSize=5&soort=gemeente")

            let beyond = try await client.get("/api/v1/organisaties?page=9")
            expectAPI(beyond)
            let empty = try beyond.json()
            #expect(empty.int("totaal") == 43)
            #expect(empty.objects("resultaten")?.isEmpty == true)

            let ibp = try await client.get("/api/v1/opgaven?agenda=ibp-2018")
            expectAPI(ibp)
            let tasks = try ibp.json()
            #expect(tasks.int("totaal") == 10)
            #expect(tasks.objects("resultaten")?.first?.object("agenda")?.string("naam") == "Interbestuurlijk Programma (IBP)")

            let wildcard = try await client.get("/api/v1/organisaties?q=%25")
            expectAPI(wildcard)
            #expect(try wildcard.json().int("totaal") == 0)

            let statenbrieven = try await client.get("/api/v1/documenten?soort=statenbrief")
            expectAPI(statenbrieven)
            #expect(try statenbrieven.json().int("totaal") == 3)
        }
    }

    @Test("item values: Assen, the online meeting, seed 004, klimaatcontracten")
    func itemValues() async throws {
        try await DemoApp.test { client in
            let assen = try await client.get("/api/v1/organisaties/gemeente-assen").json()
            #expect(assen.string("cbsCode") == "GM0106")
            #expect(assen.string("naam") == "Gemeente Assen")
            #expect(assen.objects("lidmaatschappen")?.contains { $0.object("persoon")?.string("id") == "bert-wienen" } == true)

            let meeting = try await client.get("/api/v1/bijeenkomsten/bzk-drenthe-2020-11-13").json()
            #expect(meeting.string("datum") == "2020-11-13")
            #expect(meeting.string("soort") == "online_gesprek")
            let chair = meeting.objects("deelnemers")?.first { $0.string("rol") == "voorzitter" }
            #expect(chair?.object("persoon")?.string("id") == "klijnsma")
            #expect(meeting.objects("uitkomsten")?.first?.string("tekst") == "Vertrouwen en loslaten.")

            let letter = try await client.get("/api/v1/documenten/statenbrief-2010-sociaal-domein-pns").json()
            #expect(letter.string("kenmerk") == "2/5.11/2010000732")
            #expect(letter.string("behandeldDoor") == "de heer J. Bos")
            #expect(letter.string("datum") == "2010-01-14")
            #expect(letter.string("tekst")?.contains("Geachte voorzitter") == true)

            let climate = try await client.get("/api/v1/samenwerkingen/klimaatcontracten-2010-2011").json()
            let amounts = try #require(climate.objects("bedragen"))
            #expect(amounts.compactMap { $0.int("bedragCent") } == [600_000_000, 2_400_000_000])
            #expect(amounts.map { $0.string("valuta") } == ["EUR", "EUR"])

            let alliance = try await client.get("/api/v1/samenwerkingen/drentse-alliantie").json()
            #expect(alliance.string("status") == "niet_haalbaar")
            #expect(alliance.string("redenBeeindiging")?.isEmpty == false)
        }
    }

    @Test("an unknown id is a 404 problem", arguments: [
        ("organisaties", "Organisatie"), ("personen", "Persoon"), ("gremia", "Gremium"), ("samenwerkingen", "Samenwerking"),
        ("bijeenkomsten", "Bijeenkomst"), ("opgaven", "Opgave"), ("documenten", "Document"),
    ])
    func notFound(path: String, label: String) async throws {
        try await DemoApp.test { client in
            let response = try await client.get("/api/v1/\(path)/onbekend")
            expectAPI(response, status: .notFound, contentType: "application/problem+json")
            let problem = try response.json()
            #expect(problem.int("status") == 404)
            #expect(problem.string("title") == "Niet gevonden")
            #expect(problem.string("detail") == "\(label) ‘onbekend’ bestaat niet.")
            #expect(problem.string("instance") == "/api/v1/\(path)/onbekend")
            #expect(problem["invalidParams"] == nil)
        }
    }

    @Test("an unknown path or a trailing slash is a 404 problem",
          arguments: ["/api/v1/organisaties/", "/api/v1/organisaties/gemeente-assen/", "/api/v1/bestaat-niet", "/api/v2/organisaties"])
    func unknownPath(path: String) async throws {
        try await DemoApp.test { client in
            let response = try await client.get(path)
            expectAPI(response, status: .notFound, contentType: "application/problem+json")
            let problem = try response.json()
            #expect(problem.int("status") == 404)
            #expect(problem.string("title") == "Niet gevonden")
            #expect(problem.string("instance") == path)
        }
    }

    @Test("invalid parameters are a 400 problem naming each one in invalidParams", arguments: [
        ("/api/v1/organisaties?page=0", ["page"], "page moet een geheel getal van 1 tot en met 10000000 zijn; ontvangen: ‘0’."),
        ("/api/v1/personen?pageSize=101", ["pageSize"], "pageSize moet een geheel getal van 1 tot en met 100 zijn; ontvangen: ‘101’."),
        ("/api/v1/gremia?pageSize=0", ["pageSize"], "pageSize moet een geheel getal van 1 tot en met 100 zijn; ontvangen: ‘0’."),
        ("/api/v1/samenwerkingen?page=abc", ["page"], "page moet een geheel getal van 1 tot en met 10000000 zijn; ontvangen: ‘abc’."),
        ("/api/v1/bijeenkomsten?page=0&pageSize=101", ["page", "pageSize"], "page moet"),
        ("/api/v1/organisaties?page=9223372036854775807", ["page"], "page moet een geheel getal van 1 tot en met 10000000 zijn"),
        ("/api/v1/documenten?q=" + String(repeating: "x", count: 201), ["q"], "q mag hoogstens 200 tekens lang zijn; ontvangen: 201 tekens."),
        ("/api/v1/organisaties?soort=onzin", ["soort"], "soort ‘onzin’ bestaat niet; kies uit: provincie, gemeente"),
        ("/api/v1/gremia?soort=onzin", ["soort"], "soort ‘onzin’ bestaat niet; kies uit: bestuur"),
        ("/api/v1/bijeenkomsten?soort=onzin", ["soort"], "soort ‘onzin’ bestaat niet; kies uit: overleg"),
        ("/api/v1/documenten?soort=onzin", ["soort"], "soort ‘onzin’ bestaat niet; kies uit: statenbrief"),
    ])
    func badRequest(uri: String, fields: [String], reason: String) async throws {
        try await DemoApp.test { client in
            let response = try await client.get(uri)
            expectAPI(response, status: .badRequest, contentType: "application/problem+json")
            let problem = try response.json()
            #expect(problem.int("status") == 400)
            #expect(problem.string("title") == "Ongeldige invoer")
            #expect(problem.string("instance") == String(uri.prefix { $0 != "?" }))
            let invalid = try #require(problem.objects("invalidParams"), "\(response.text)")
            #expect(invalid.compactMap { $0.string("name") } == fields)
            #expect(invalid.first?.string("reason")?.hasPrefix(reason) == true, "\(invalid)")
            #expect(invalid.allSatisfy { $0.string("code")?.isEmpty == false })
            #expect(problem.string("detail")?.contains(fields[0]) == true)
        }
    }

    @Test("the contract: /api/v1/openapi.json, readable from any origin")
    func openAPI() async throws {
        try await DemoApp.test { client in
            let response = try await client.get("/api/v1/openapi.json")
            expectAPI(response)
            let contract = try response.json()
            #expect(contract.string("openapi") == "3.0.3")
            #expect(contract.object("info")?.string("version") == "1.0.0")
            let paths = try #require(contract.object("paths"))
            for path in ["/organisaties", "/organisaties/{id}", "/personen", "/gremia", "/samenwerkingen",
                         "/bijeenkomsten", "/opgaven", "/documenten/{id}"] {
                #expect(paths[path] != nil, "\(path)")
            }
            #expect(contract.objects("servers")?.first?.string("url") == "/api/v1")
        }
    }

    @Test("the write contract's code patterns are exactly the vocabularies the server accepts")
    func writePatterns() async throws {
        try await DemoApp.test { client in
            let contract = try await client.get("/api/v1/openapi.json").json()
            let schemas = try #require(contract.object("components")?.object("schemas"))
            let document = try #require(schemas.object("DocumentInvoer")?.object("properties"))
            func pattern(_ codes: [String]) -> String { "^(" + codes.joined(separator: "|") + ")$" }
            #expect(document.object("soort")?.string("pattern") == pattern(DocumentKind.allCases.map(\.rawValue)))
            #expect(document.object("vertrouwelijkheid")?.string("pattern") == pattern(Confidentiality.allCases.map(\.rawValue)))
            #expect(schemas.object("ToegangInvoer")?.object("properties")?.object("soort")?.string("pattern")
                    == pattern(Group.Kind.allCases.map(\.rawValue)))
            #expect(contract.object("paths")?.object("/documenten/{id}/historie") != nil)
        }
    }
}
