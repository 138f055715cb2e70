import TafelAPI
import TafelCore
import TafelStore

/// `GET /api/v1/zoeken`: the search of `/zoeken`, with the same words, ranking, facets and confidentiality.
extension APIImplementation {
    func zoeken(_ input: Operations.Zoeken.Input) async throws -> Operations.Zoeken.Output {
        let q = input.query
        let raw: [String: String?] = [
            "page": q.page.map { String($0) }, "pageSize": q.pageSize.map { String($0) }, "q": q.q, "collectie": q.collectie,
            "soort": q.soort, "organisatie": q.organisatie, "jaar": q.jaar,
        ]
        let search = try SiteSearch.parse { raw[$0] ?? nil }
        guard let text = search.search, !text.query.isEmpty else {
            throw ValidationFailure(field: "q", code: "ontbreekt", message: "q ontbreekt: geef een of meer woorden om op te zoeken.")
        }
        let results = try await catalog.search(search)
        let page = results.hits
        let links = APIMapping.pageLinks(page) { .apiSearch(search.onPage($0)) }
        return .ok(.init(body: .json(.init(
            _links: links, totaal: page.total, pagina: page.request.page, paginaGrootte: page.request.size, aantalPaginas: page.pageCount,
            resultaten: page.items.map(Self.hit), facetten: Self.facets(results)))))
    }

    private static func hit(_ hit: SiteSearchResults.Hit) -> Components.Schemas.Zoekresultaat {
        let html = SiteRoute.page(of: hit.kind, hit.id) ?? .home
        return .init(collectie: hit.kind.collection, id: hit.id, titel: hit.title, soort: hit.sort,
                     soortLabel: hit.sort.map { SiteSearchResults.SortValue(kind: hit.kind, code: $0).label }, jaar: hit.year,
                     fragment: HTML.marked(hit.snippet).markup, fragmentTekst: hit.snippet.plainText,
                     _links: .init(_self: .init(href: SiteRoute.apiRecord(hit.kind, hit.id).href), html: .init(href: html.href)))
    }

    private static func facets(_ results: SiteSearchResults) -> Components.Schemas.Zoekfacetten {
        typealias Facet = Components.Schemas.Zoekfacet
        return .init(
            collecties: results.collections.map { Facet(waarde: $0.value.collection, label: $0.value.pluralLabel, aantal: $0.count) },
            soorten: results.sorts.map { Facet(waarde: $0.value.code, label: $0.value.label, collectie: $0.value.kind.collection, aantal: $0.count) },
            jaren: results.years.map { Facet(waarde: String($0.value), label: String($0.value), aantal: $0.count) },
            organisaties: results.organisations.map { Facet(waarde: $0.value.id, label: $0.value.name, aantal: $0.count) })
    }
}
