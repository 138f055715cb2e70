import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TafelCore
import TafelStore
import TafelTestSupport
@testable import TafelWeb
import Testing

/// Publication for the Woo-index: robots.txt, a sitemap index per information category, the
/// sitemaps with DiWoo metadata, and each document's own metadata; parsed as XML, not read as text.
@Suite("Woo-publicatie")
struct WooWebTests {
    /// The document parsed (well-formed, or the test fails) with its namespaces resolved.
    static func parse(_ response: TestResponse) throws -> XMLDocument {
        let document = try XMLDocument(data: Data(response.body.readableBytesView), options: [])
        return document
    }

    /// The string values of the nodes at `path`, an XPath over local names (FoundationXML's XPath knows no prefixes).
    static func values(_ node: XMLNode, _ path: String) throws -> [String] {
        try node.nodes(forXPath: path).compactMap(\.stringValue)
    }

    static func localPath(_ steps: String) -> String {
        steps.split(separator: "/").map { "*[local-name()='\($0)']" }.joined(separator: "/")
    }

    @Test("robots.txt names each category's sitemap index; the index names its sitemaps; the sitemap has every required element",
          arguments: TestDatabase.backends)
    func sitemaps(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let admin = Viewer(user: try #require(try await Accounts(database: app.database).user(email: "beheerder@test.example")))
            let editor = DocumentEditor(database: app.database)
            let hidden = try await editor.create(try DocumentDraft(.init(
                titel: "Vertrouwelijke statenbrief", soort: "statenbrief", datum: "2026-11-04", vertrouwelijkheid: "vertrouwelijk",
                toegang: ["organisatie:provincie-drenthe"])), by: admin)
            let escaped = try await editor.create(try DocumentDraft(.init(
                titel: "Brief over <wegen> & \"water\"", soort: "statenbrief", datum: "2026-11-05", kenmerk: "W&W/1",
                tekst: "Geachte leden, over de wegen en het water.", vertrouwelijkheid: "openbaar")), by: admin)

            let robots = try await client.execute(uri: "/robots.txt", method: .get, headers: [:], body: nil)
            #expect(robots.status == .ok && robots.headers[.contentType]?.hasPrefix("text/plain") == true)
            let sitemapLines = robots.text.split(separator: "\n").filter { $0.hasPrefix("Sitemap: ") }
            #expect(sitemapLines.contains { $0.hasSuffix("/sitemaps/sitemapindex-diwoo-infocat008.xml") && $0.contains("http") })
            #expect(sitemapLines.contains { $0.hasSuffix("/sitemaps/sitemapindex-diwoo-infocat012.xml") }, "the strategic agenda is a jaarplan")
            #expect(!sitemapLines.contains { $0.contains("infocat015") },
                    "the demo's research reports are known only from what others cite of them: nothing to publish, no index")
            let cited = try await client.execute(uri: "/documenten/leefbaarheidsmonitor-2018-trendbureau-drenthe/diwoo.xml",
                                                 method: .get, headers: [:], body: nil)
            #expect(cited.status == .notFound, "a document without its text or file is not published")

            let index = try await client.execute(uri: "/sitemaps/sitemapindex-diwoo-infocat008.xml", method: .get, headers: [:], body: nil)
            #expect(index.status == .ok && index.headers[.contentType]?.hasPrefix("application/xml") == true)
            let indexXML = try Self.parse(index)
            #expect(indexXML.rootElement()?.name == "sitemapindex" && indexXML.rootElement()?.uri == DiWooXML.sitemapNamespace)
            let sitemapLocs = try Self.values(indexXML, "/" + Self.localPath("sitemapindex/sitemap/loc"))
            #expect(sitemapLocs.count == 1 && sitemapLocs[0].hasSuffix("/sitemaps/diwoo-infocat008-1.xml"))

            let sitemap = try await client.execute(uri: "/sitemaps/diwoo-infocat008-1.xml", method: .get, headers: [:], body: nil)
            let xml = try Self.parse(sitemap)
            #expect(xml.rootElement()?.name == "urlset")
            let urls = try xml.nodes(forXPath: "/" + Self.localPath("urlset/url"))
            let locs = try urls.flatMap { try Self.values($0, Self.localPath("loc")) }
            #expect(locs.contains { $0.hasSuffix("/documenten/statenbrief-2010-sociaal-domein-pns") })
            #expect(locs.contains { $0.hasSuffix("/documenten/\(escaped)") })
            #expect(!locs.contains { $0.contains(hidden) }, "a confidential document is never published")
            for url in urls {
                let loc = try Self.values(url, Self.localPath("loc")).first ?? "?"
                #expect(try Self.values(url, Self.localPath("lastmod")).count == 1, "\(loc)")
                let diwoo = Self.localPath("Document/DiWoo")
                #expect(try url.nodes(forXPath: diwoo).count == 1, "\(loc)")
                for required in ["publisher", "titelcollectie/officieleTitel", "classificatiecollectie/informatiecategorieen/informatiecategorie",
                                 "documenthandelingen/documenthandeling/soortHandeling", "documenthandelingen/documenthandeling/atTime"] {
                    #expect(try url.nodes(forXPath: diwoo + "/" + Self.localPath(required)).count == 1, "\(loc): \(required)")
                }
                #expect(try Self.values(url, diwoo + "/" + Self.localPath("publisher") + "/@resource")
                        == ["https://identifier.overheid.nl/tooi/id/provincie/pv22"], "\(loc)")
                let category = diwoo + "/" + Self.localPath("classificatiecollectie/informatiecategorieen/informatiecategorie")
                #expect(try Self.values(url, category + "/@resource") == [WooCategory.vergaderstukkenDecentraleOverheden.tooiURI], "\(loc)")
                #expect(try url.nodes(forXPath: category + "[namespace-uri()='\(DiWooXML.diwooNamespace)']").count == 1)
            }
            let letter = try #require(urls.first { (try? Self.values($0, Self.localPath("loc")).first?.hasSuffix("statenbrief-2010-sociaal-domein-pns")) == true })
            let diwoo = Self.localPath("Document/DiWoo") + "/"
            #expect(try Self.values(letter, diwoo + Self.localPath("creatiedatum")) == ["2010-01-14"])
            #expect(try Self.values(letter, diwoo + Self.localPath("identifiers/identifier")) == ["2/5.11/2010000732"])
            #expect(try Self.values(letter, diwoo + Self.localPath("documenthandelingen/documenthandeling/soortHandeling")) == ["ondertekening"])
            #expect(try Self.values(letter, diwoo + Self.localPath("documenthandelingen/documenthandeling/atTime")) == ["2010-01-14T00:00:00"])
            #expect(try Self.values(letter, diwoo + Self.localPath("opsteller") + "/@resource") == ["https://identifier.overheid.nl/tooi/id/provincie/pv22"],
                    "sent by Gedeputeerde Staten: drawn up by the province")
            let titles = try urls.flatMap { try Self.values($0, diwoo + Self.localPath("titelcollectie/officieleTitel")) }
            #expect(titles.contains("Brief over <wegen> & \"water\""), "escaped in the XML, itself again once parsed")
        }
    }

    @Test("a document's own metadata; a chosen category moves it, `overig` leaves it out, a hidden one is 404", arguments: TestDatabase.backends)
    func documentMetadata(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let own = try await client.execute(uri: "/documenten/strategische-agenda-vdg-2018-2022/diwoo.xml", method: .get, headers: [:], body: nil)
            let xml = try Self.parse(own)
            #expect(xml.rootElement()?.name == "diwoo:Document" && xml.rootElement()?.uri == DiWooXML.diwooNamespace)
            let category = try xml.nodes(forXPath: "//" + Self.localPath("informatiecategorie")).first as? XMLElement
            #expect(category?.attribute(forName: "resource")?.stringValue == WooCategory.jaarplannenEnJaarverslagen.tooiURI)
            #expect(try Self.values(xml, "//" + Self.localPath("naamOpsteller")).first?.contains("Vereniging") == true)

            let admin = Viewer(user: try #require(try await Accounts(database: app.database).user(email: "beheerder@test.example")))
            let editor = DocumentEditor(database: app.database)
            let advice = try await editor.create(try DocumentDraft(.init(
                titel: "Advies over de kerngroepen", soort: "rapport", datum: "2026-10", tekst: "Het advies.", vertrouwelijkheid: "openbaar",
                wooInformatiecategorie: "adviezen")), by: admin)
            let other = try await editor.create(try DocumentDraft(.init(titel: "Losse notitie", soort: "overig", vertrouwelijkheid: "openbaar")), by: admin)
            let robots = try await client.execute(uri: "/robots.txt", method: .get, headers: [:], body: nil)
            #expect(robots.text.contains("sitemapindex-diwoo-infocat010.xml") && !robots.text.contains("infocat015"))
            let advices = try await client.execute(uri: "/sitemaps/diwoo-infocat010-1.xml", method: .get, headers: [:], body: nil)
            #expect(advices.text.contains("/documenten/\(advice)</loc>"))
            let adviceXML = try Self.parse(try await client.execute(uri: "/documenten/\(advice)/diwoo.xml", method: .get, headers: [:], body: nil))
            #expect(try Self.values(adviceXML, "//" + Self.localPath("creatiedatum")).isEmpty, "a month is not a creation date")
            #expect(try await client.execute(uri: "/documenten/\(other)/diwoo.xml", method: .get, headers: [:], body: nil).status == .notFound)
            let page = try await client.execute(uri: "/documenten/\(advice)", method: .get, headers: [:], body: nil)
            #expect(page.text.contains("adviezen (artikel 3.3, tweede lid, onder e)") && page.text.contains("href=\"/documenten/\(advice)/diwoo.xml\""))
            for uri in ["/sitemaps/sitemapindex-diwoo-infocat015.xml", "/sitemaps/diwoo-infocat008-2.xml", "/sitemaps/onzin.xml",
                        "/sitemaps/sitemapindex-diwoo-infocat999.xml", "/documenten/bestaat-niet/diwoo.xml"] {
                #expect(try await client.execute(uri: uri, method: .get, headers: [:], body: nil).status == .notFound, "\(uri)")
            }
            // The API names the category and whether an editor chose it.
            let api = try await client.execute(uri: "/api/v1/documenten/\(advice)", method: .get, headers: [:], body: nil)
            #expect(api.text.contains("\"wooInformatiecategorie\":\"adviezen\"") && api.text.contains("\"wooInformatiecategorieGekozen\":true"))
        }
    }
}
