import TafelAPI
import TafelCore
import TafelStore

/// `/api/v1/beleidsproducten`: the products with their filters, one product, its history;
/// added, changed and removed with a token, the role and scope, `If-Match` on a change.
extension APIImplementation {
    func listBeleidsproducten(_ input: Operations.ListBeleidsproducten.Input) async throws -> Operations.ListBeleidsproducten.Output {
        let q = input.query
        let raw: [String: String?] = [
            "page": q.page.map { String($0) }, "pageSize": q.pageSize.map { String($0) }, "q": q.q, "eigenaar": q.eigenaar,
            "consequentie": q.consequentie, "rol": q.rol, "soortTaak": q.soortTaak,
        ]
        let filter = try PolicyProductFilter.parse { raw[$0] ?? nil }
        let page = try await catalog.policyProducts(filter)
        let links = APIMapping.pageLinks(page) { .apiPolicyProducts(filter.onPage($0)) }
        return .ok(.init(body: .json(.init(_links: links, totaal: page.total, pagina: page.request.page, paginaGrootte: page.request.size,
                                           aantalPaginas: page.pageCount, resultaten: page.items.map(APIMapping.summary)))))
    }

    func getBeleidsproduct(_ input: Operations.GetBeleidsproduct.Input) async throws -> Operations.GetBeleidsproduct.Output {
        let detail = try await storedPolicyProduct(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.product.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func createBeleidsproduct(_ input: Operations.CreateBeleidsproduct.Input) async throws -> Operations.CreateBeleidsproduct.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let id = try await PolicyProductEditor(database: database).create(Self.input(body), by: viewer)
        let detail = try await storedPolicyProduct(id)
        return .created(.init(headers: .init(location: SiteRoute.apiRecord(.policyProduct, id).href, eTag: Self.eTag(detail.product.meta.version)),
                              body: .json(APIMapping.detail(detail))))
    }

    func updateBeleidsproduct(_ input: Operations.UpdateBeleidsproduct.Input) async throws -> Operations.UpdateBeleidsproduct.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        try await PolicyProductEditor(database: database).update(id: input.path.id, Self.input(body), expectedVersion: expected, by: viewer)
        let detail = try await storedPolicyProduct(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.product.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func deleteBeleidsproduct(_ input: Operations.DeleteBeleidsproduct.Input) async throws -> Operations.DeleteBeleidsproduct.Output {
        let viewer = try signedIn()
        try await RecordRemover(database: database).delete(.policyProduct, id: input.path.id,
                                                           expectedVersion: try Self.version(ifMatch: input.headers.ifMatch), by: viewer)
        return .noContent(.init())
    }

    func getBeleidsproductHistorie(_ input: Operations.GetBeleidsproductHistorie.Input) async throws -> Operations.GetBeleidsproductHistorie.Output {
        .ok(.init(body: .json(try await history(.policyProduct, input.path.id))))
    }

    private func storedPolicyProduct(_ id: String) async throws -> PolicyProductDetail {
        guard let detail = try await catalog.policyProduct(id: id) else { throw RecordNotFound(kind: .policyProduct, id: id) }
        return detail
    }

    static func input(_ body: Components.Schemas.BeleidsproductInvoer) -> PolicyProductInput {
        PolicyProductInput(
            naam: body.naam, eigenaar: body.eigenaar, opgave: body.opgave, domein: body.domein, soortTaak: body.soortTaak,
            kerntaak: body.kerntaak.map { $0 ? "ja" : "nee" }, rollen: body.rollen ?? [], omschrijving: body.omschrijving,
            vastgesteldOp: body.vastgesteldOp, document: body.document,
            consequenties: (body.consequenties ?? []).map {
                .init(onderwerp: $0.onderwerp, consequentie: $0.consequentie, rol: $0.rol, vanaf: $0.vanaf, toelichting: $0.toelichting)
            },
            samenwerkingen: body.samenwerkingen ?? [], vertrouwelijkheid: body.vertrouwelijkheid,
            toegang: (body.toegang ?? []).map { "\($0.soort):\($0.id)" })
    }
}

/// Policy products in the API's shapes (docs/BELEIDSPRODUCTEN.md).
extension APIMapping {
    static func summary(_ item: PolicyProductListItem) -> Schemas.BeleidsproductSamenvatting {
        let p = item.product
        return Schemas.BeleidsproductSamenvatting(
            id: p.id, _links: links(.policyProduct, p.id), naam: p.name, eigenaar: ref(item.owner), domein: p.domain,
            soortTaak: p.taskKind.flatMap(code), kerntaak: p.isCoreTask, rollen: p.roles.compactMap(code),
            consequenties: p.consequences.map(consequence), aangemaakt: p.meta.createdAt, gewijzigd: p.meta.updatedAt, versie: p.meta.version)
    }

    static func detail(_ d: PolicyProductDetail) -> Schemas.Beleidsproduct {
        let p = d.product
        return Schemas.Beleidsproduct(
            id: p.id, _links: links(.policyProduct, p.id), naam: p.name, eigenaar: ref(d.owner), domein: p.domain,
            soortTaak: p.taskKind.flatMap(code), kerntaak: p.isCoreTask, rollen: p.roles.compactMap(code),
            consequenties: p.consequences.map(consequence), omschrijving: p.description, opgave: ref(d.task), vastgesteldOp: p.decidedOn?.iso,
            document: ref(d.document), samenwerkingen: d.collaborations.map(ref), bronnen: d.sources.map(source),
            vertrouwelijkheid: code(p.meta.confidentiality), toegang: d.access.map(ref), aangemaakt: p.meta.createdAt,
            gewijzigd: p.meta.updatedAt, versie: p.meta.version)
    }

    private static func consequence(_ c: PolicyProductConsequence) -> Schemas.ProductConsequentie {
        Schemas.ProductConsequentie(onderwerp: c.subject, consequentie: code(c.consequence) ?? .afbouwen, rol: c.role.flatMap(code),
                             vanaf: c.from?.iso, toelichting: c.note)
    }
}
