import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// "Controle overlegstructuur": the rules with their sources and what breaks them, per body.
@Suite("Controle overlegstructuur", .demoApp)
struct StructureWebTests {
    @Test("each rule with its text, verdict in words, source passage and the facts per body")
    func page() async throws {
        try await DemoApp.test { client in
            let response = try await client.get("/overlegstructuur/controle?datum=2018-11-02")
            expectPage(response, contains: [
                "<h1>Controle overlegstructuur</h1>", "Op 2 november 2018: 15 regels",
                "Elke gemeente is vertegenwoordigd in het bestuur.", "Niet gevolgd (1 gremium)", "Gevolgd (1 gremium)",
                "De ambtelijk voorzitter is afkomstig uit dezelfde gemeente als de bestuurlijk voorzitter;",
                #"href="/documenten/strategische-agenda-vdg-2018-2022""#, #"href="/gremia/vdg-bo-gezondheid-welzijn""#,
                "De ambtelijk voorzitter (Toke Slaman) zit niet in de kerngroep.",
                "Ambtelijk voorzitter: Toke Slaman, geen gemeente (namens CMO Stamm).",
                #"value="2018-11-02""#,
            ])
        }
    }

    @Test("the VDG's page lists its twelve member municipalities; a municipality's page the VDG")
    func memberOrganisations() async throws {
        try await DemoApp.test { client in
            expectPage(try await client.get("/organisaties/vdg"), contains: [
                #"<caption class="visually-hidden">Organisaties die lid zijn van VDG</caption>"#, #"href="/organisaties/gemeente-westerveld">Gemeente Westerveld</a>"#,
            ])
            expectPage(try await client.get("/organisaties/gemeente-assen"), contains: [
                #"id="lid-van""#, #"href="/organisaties/vdg">Vereniging van Drentse Gemeenten</a>"#,
            ])
        }
    }

    @Test("one body: only the rules that apply to it report")
    func oneBody() async throws {
        try await DemoApp.test { client in
            let page = try await client.get("/overlegstructuur/controle?datum=2018-11-02&gremium=vdg-dagelijks-bestuur").text
            #expect(page.contains("Niet bezet: voorzitter, vice-voorzitter, secretaris-penningmeester."))
            #expect(!page.contains("Toke Slaman"))
            #expect(page.contains(#"<input type="hidden" name="gremium" value="vdg-dagelijks-bestuur">"#))
        }
    }

    @Test("a date that is not one: 400, the field named, what was typed kept")
    func invalidDate() async throws {
        try await DemoApp.test { client in
            let response = try await client.get("/overlegstructuur/controle?datum=2018-13")
            expectPage(response, status: .badRequest, contains: [
                "Datum: ‘2018-13’ is geen datum.", #"value="2018-13" aria-invalid="true" aria-describedby="datum-fout""#, ##"href="#datum""##,
            ])
            #expect(!response.text.contains("rule__verdict"))
        }
    }
}

/// "Overlegstructuur": each organisation's bodies as a chart, a nested list and a table.
@Suite("Overlegstructuur", .demoApp)
struct StructureChartWebTests {
    @Test("the VDG's tree: bestuur above dagelijks bestuur and the overleggen, kerngroep and ambtelijk overleg under theirs")
    func vdg() async throws {
        try await DemoApp.test { client in
            let response = try await client.get("/overlegstructuur?organisatie=vdg")
            expectPage(response, contains: [
                "<h1>Overlegstructuur</h1>", #"role="img" aria-labelledby="organogram-vdg-titel""#,
                "<title id=\"organogram-vdg-titel\">Organogram van Vereniging van Drentse Gemeenten",
                "<caption>Gremia van Vereniging van Drentse Gemeenten</caption>",
                #"<td class="num">3</td>"#,  // the kerngroep's three known members
            ])
            let page = response.text
            // In the nested list, the kerngroep sits inside the bestuurlijk overleg, inside the bestuur.
            let list = try #require(page.range(of: "Opbouw als lijst")).upperBound
            let rest = page[list...]
            let bestuur = try #require(rest.range(of: ">Bestuur VDG</a>")).lowerBound
            let overleg = try #require(rest.range(of: ">Portefeuillehoudersoverleg Gezondheid en Welzijn (VDG)</a>")).lowerBound
            let kerngroep = try #require(rest.range(of: ">Kerngroep Gezondheid en Welzijn (VDG)</a>")).lowerBound
            #expect(bestuur < overleg && overleg < kerngroep)
            #expect(rest[overleg..<kerngroep].contains("<ul class=\"tree\">"))
        }
    }

    @Test("every organisation with a tree, and 404 for one that has none")
    func all() async throws {
        try await DemoApp.test { client in
            let page = try await client.get("/overlegstructuur").text
            #expect(page.contains(##"href="#organogram-vdg""##))
            #expect(page.contains(#"href="/overlegstructuur/controle""#))
            #expect(try await client.get("/overlegstructuur?organisatie=bestaat-niet").status == .notFound)
        }
    }
}
