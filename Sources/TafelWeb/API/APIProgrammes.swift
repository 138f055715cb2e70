import TafelAPI
import TafelCore
import TafelStore

/// The portfolio programmes through the API (docs/PROGRAMMAS.md): read by anyone as far as they
/// may see them; added and changed with a token, the role and scope, `If-Match` on a change.
extension APIImplementation {
    func listProgrammas(_ input: Operations.ListProgrammas.Input) async throws -> Operations.ListProgrammas.Output {
        let q = try query(page: input.query.page, size: input.query.pageSize, q: input.query.q)
        let l = lijst(.programme, q, try await catalog.programmes(q), APIMapping.summary)
        return .ok(.init(body: .json(.init(_links: l.links, totaal: l.totaal, pagina: l.pagina, paginaGrootte: l.grootte,
                                           aantalPaginas: l.aantal, resultaten: l.resultaten))))
    }

    func getProgramma(_ input: Operations.GetProgramma.Input) async throws -> Operations.GetProgramma.Output {
        let detail = try await storedProgramme(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.programme.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func createProgramma(_ input: Operations.CreateProgramma.Input) async throws -> Operations.CreateProgramma.Output {
        let viewer = RequestState.current.viewer
        guard viewer.isSignedIn else { throw SignInRequired() }
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let id = try await ProgrammeEditor(database: database).create(Self.input(body), by: viewer)
        let detail = try await storedProgramme(id)
        return .created(.init(headers: .init(location: SiteRoute.apiRecord(.programme, id).href, eTag: Self.eTag(detail.programme.meta.version)),
                              body: .json(APIMapping.detail(detail))))
    }

    func updateProgramma(_ input: Operations.UpdateProgramma.Input) async throws -> Operations.UpdateProgramma.Output {
        let viewer = RequestState.current.viewer
        guard viewer.isSignedIn else { throw SignInRequired() }
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        try await ProgrammeEditor(database: database).update(id: input.path.id, Self.input(body), expectedVersion: expected, by: viewer)
        let detail = try await storedProgramme(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.programme.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    private func storedProgramme(_ id: String) async throws -> ProgrammeDetail {
        guard let detail = try await catalog.programme(id: id) else { throw RecordNotFound(kind: .programme, id: id) }
        return detail
    }

    static func input(_ body: Components.Schemas.ProgrammaInvoer) -> ProgrammeInput {
        ProgrammeInput(
            naam: body.naam, portefeuille: body.portefeuille, doel: body.doel, status: body.status, omschrijving: body.omschrijving,
            eigenaar: body.eigenaar, bestuurlijkOverleg: body.bestuurlijkOverleg, bestuurlijkVoorzitter: body.bestuurlijkVoorzitter,
            ambtelijkOverleg: body.ambtelijkOverleg, ambtelijkVoorzitter: body.ambtelijkVoorzitter, kerngroep: body.kerngroep,
            vngCommissie: body.vngCommissie, vngCommissielid: body.vngCommissielid,
            themas: (body.themas ?? []).map { .init(naam: $0.naam, onderdeelVan: $0.onderdeelVan.map(String.init), opgave: $0.opgave) },
            bijeenkomsten: (body.bijeenkomsten ?? []).map {
                .init(omschrijving: $0.omschrijving, soort: $0.soort, perJaarMin: $0.perJaarMin.map(String.init),
                      perJaarMax: $0.perJaarMax.map(String.init), gremium: $0.gremium)
            },
            partners: body.partners ?? [], opgaven: body.opgaven ?? [], samenwerkingen: body.samenwerkingen ?? [],
            vertrouwelijkheid: body.vertrouwelijkheid, toegang: (body.toegang ?? []).map { "\($0.soort):\($0.id)" })
    }

    func getProgrammaHistorie(_ input: Operations.GetProgrammaHistorie.Input) async throws -> Operations.GetProgrammaHistorie.Output {
        .ok(.init(body: .json(try await history(.programme, input.path.id))))
    }
}
