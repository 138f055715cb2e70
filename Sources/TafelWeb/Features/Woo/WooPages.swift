import Foundation
import Hummingbird
import NIOCore
import TafelCore
import TafelStore

/// Active publication for the Woo-index (docs/WOO.md): `robots.txt` names a sitemap index per
/// information category, each index its sitemaps, each sitemap the public documents with their
/// DiWoo metadata; every document's own metadata is at `/documenten/{id}/diwoo.xml`. Always read
/// as the public reads, whoever asks.
struct WooPages {
    let catalog: Catalogs
    let publicURL: String?
    /// The organisation that publishes (`TAFEL_WOO_UITGEVER`); nil is the province.
    let publisher: String?

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.robots, use: robots)
        router.get(.wooSitemap(.routeID), use: sitemapFile)
        router.get(.documentDiWoo(.routeID), use: documentMetadata)
    }

    private var publicCatalog: Catalog { Catalog(database: catalog.database, viewer: .anonymous) }

    private func base(_ request: Request) -> String {
        if let publicURL { return publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL }
        return "http://" + (request.head.authority ?? "127.0.0.1:8080")
    }

    func robots(_ request: Request, context: AppContext) async throws -> Response {
        let base = base(request)
        let counts = try await publicCatalog.wooCounts()
        let lines = ["User-agent: *", "Disallow: /api/", "Disallow: /account", ""]
            + WooCategory.allCases.filter { counts[$0] != nil }.map { "Sitemap: " + base + SiteRoute.wooSitemap(Self.indexName($0)).href }
        return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: lines.joined(separator: "\n") + "\n")))
    }

    /// `sitemapindex-diwoo-infocatNNN.xml` or `diwoo-infocatNNN-K.xml`.
    func sitemapFile(_ request: Request, context: AppContext) async throws -> Response {
        let name = try context.parameters.require("id")
        if let category = Self.category(in: name, prefix: "sitemapindex-diwoo-infocat", suffix: ".xml") {
            return try await index(category, request)
        }
        if name.hasPrefix("diwoo-infocat"), name.hasSuffix(".xml") {
            let parts = name.dropFirst("diwoo-infocat".count).dropLast(4).split(separator: "-")
            if parts.count == 2, let category = WooCategory(sitemapCode: String(parts[0])), let page = Int(parts[1]), page >= 1 {
                return try await sitemap(category, page: page, request)
            }
        }
        throw HTTPError(.notFound, message: "Geen sitemap met de naam ‘\(name)’.")
    }

    private func index(_ category: WooCategory, _ request: Request) async throws -> Response {
        guard let total = try await publicCatalog.wooCounts()[category] else {
            throw HTTPError(.notFound, message: "Tafel publiceert geen documenten in de categorie ‘\(category.label)’.")
        }
        let pages = (total + DiWooXML.sitemapSize - 1) / DiWooXML.sitemapSize
        let base = base(request)
        let sitemaps = (1...pages).map { page in (loc: base + SiteRoute.wooSitemap(Self.sitemapName(category, page)).href, lastmod: String?.none) }
        return xml(DiWooXML.sitemapIndex(sitemaps))
    }

    private func sitemap(_ category: WooCategory, page: Int, _ request: Request) async throws -> Response {
        let publications = try await publicCatalog.wooPublications(category, offset: (page - 1) * DiWooXML.sitemapSize,
                                                                   limit: DiWooXML.sitemapSize)
        guard !publications.isEmpty else { throw HTTPError(.notFound, message: "Deze sitemap is leeg.") }
        let publisher = try await requirePublisher()
        let base = base(request)
        return xml(DiWooXML.sitemap(publications.map { publication in
            let loc = base + Self.location(publication).href
            return (loc: loc, lastmod: WooDates.timestamp(publication.document.meta.updatedAt),
                    document: DiWooXML.document(publication, publisher: publisher, loc: loc))
        }))
    }

    func documentMetadata(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .document)
        guard let publication = try await publicCatalog.wooPublication(id: id) else { throw RecordNotFound(kind: .document, id: id) }
        let publisher = try await requirePublisher()
        let body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + DiWooXML.document(publication, publisher: publisher, loc: base(request) + Self.location(publication).href, standalone: true)
        return xml(body)
    }

    private func requirePublisher() async throws -> WooPublication.Organisation {
        guard let publisher = try await publicCatalog.wooPublisher(named: publisher), publisher.tooiURI != nil else {
            throw HTTPError(.serviceUnavailable, message: "Er is geen uitgever met een TOOI-URI ingesteld (TAFEL_WOO_UITGEVER).")
        }
        return publisher
    }

    /// What the Woo-index fetches: the original where there is one, else the document's page.
    static func location(_ publication: WooPublication) -> SiteRoute {
        publication.file != nil ? .documentFile(publication.document.id) : .record(.document, publication.document.id)
    }

    static func indexName(_ category: WooCategory) -> String { "sitemapindex-diwoo-infocat\(category.sitemapCode).xml" }
    static func sitemapName(_ category: WooCategory, _ page: Int) -> String { "diwoo-infocat\(category.sitemapCode)-\(page).xml" }

    private static func category(in name: String, prefix: String, suffix: String) -> WooCategory? {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return nil }
        return WooCategory(sitemapCode: String(name.dropFirst(prefix.count).dropLast(suffix.count)))
    }

    private func xml(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/xml; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
