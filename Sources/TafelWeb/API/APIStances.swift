import TafelAPI
import TafelCore
import TafelStore

/// `/api/v1/standpunten`: the positions with their filters, one position, its history; added,
/// changed and removed with a token, the role and scope, `If-Match` on a change.
extension APIImplementation {
    func listStandpunten(_ input: Operations.ListStandpunten.Input) async throws -> Operations.ListStandpunten.Output {
        let q = input.query
        let raw: [String: String?] = [
            "page": q.page.map { String($0) }, "pageSize": q.pageSize.map { String($0) }, "q": q.q, "richting": q.richting, "status": q.status,
            "eigenaar": q.eigenaar, "organisatie": q.organisatie, "lobbyagenda": q.lobbyagenda,
        ]
        let filter = try StanceFilter.parse { raw[$0] ?? nil }
        let page = try await catalog.stances(filter)
        let links = APIMapping.pageLinks(page) { .apiStances(filter.onPage($0)) }
        return .ok(.init(body: .json(.init(_links: links, totaal: page.total, pagina: page.request.page, paginaGrootte: page.request.size,
                                           aantalPaginas: page.pageCount, resultaten: page.items.map(APIMapping.summary)))))
    }

    func getStandpunt(_ input: Operations.GetStandpunt.Input) async throws -> Operations.GetStandpunt.Output {
        let detail = try await storedStance(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.stance.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func createStandpunt(_ input: Operations.CreateStandpunt.Input) async throws -> Operations.CreateStandpunt.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let id = try await StanceEditor(database: database).create(Self.input(body), by: viewer)
        let detail = try await storedStance(id)
        return .created(.init(headers: .init(location: SiteRoute.apiRecord(.stance, id).href, eTag: Self.eTag(detail.stance.meta.version)),
                              body: .json(APIMapping.detail(detail))))
    }

    func updateStandpunt(_ input: Operations.UpdateStandpunt.Input) async throws -> Operations.UpdateStandpunt.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        try await StanceEditor(database: database).update(id: input.path.id, Self.input(body), expectedVersion: expected, by: viewer)
        let detail = try await storedStance(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.stance.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func deleteStandpunt(_ input: Operations.DeleteStandpunt.Input) async throws -> Operations.DeleteStandpunt.Output {
        let viewer = try signedIn()
        try await RecordRemover(database: database).delete(.stance, id: input.path.id,
                                                           expectedVersion: try Self.version(ifMatch: input.headers.ifMatch), by: viewer)
        return .noContent(.init())
    }

    func getStandpuntHistorie(_ input: Operations.GetStandpuntHistorie.Input) async throws -> Operations.GetStandpuntHistorie.Output {
        .ok(.init(body: .json(try await history(.stance, input.path.id))))
    }

    private func storedStance(_ id: String) async throws -> StanceDetail {
        guard let detail = try await catalog.stance(id: id) else { throw RecordNotFound(kind: .stance, id: id) }
        return detail
    }

    static func input(_ body: Components.Schemas.StandpuntInvoer) -> StanceInput {
        StanceInput(
            titel: body.titel, tekst: body.tekst, omschrijving: body.omschrijving, richting: body.richting, adressaat: body.adressaat,
            eigenaar: body.eigenaar, gremium: body.gremium, trekker: body.trekker, status: body.status, ingenomenOp: body.ingenomenOp,
            lobbyagenda: body.lobbyagenda.map { $0 ? "ja" : "nee" }, steunendeOrganisaties: body.steunendeOrganisaties ?? [],
            opgaven: body.opgaven ?? [], bijeenkomst: body.bijeenkomst, document: body.document, vertrouwelijkheid: body.vertrouwelijkheid,
            toegang: (body.toegang ?? []).map { "\($0.soort):\($0.id)" })
    }
}

/// Positions in the API's shapes (docs/STANDPUNTEN.md).
extension APIMapping {
    static func summary(_ item: StanceListItem) -> Schemas.StandpuntSamenvatting {
        let s = item.stance
        return Schemas.StandpuntSamenvatting(
            id: s.id, _links: links(.stance, s.id), titel: s.title, richting: code(s.addressee) ?? .anders, adressaat: ref(item.addressee),
            eigenaar: ref(item.owner), status: code(s.status) ?? .concept, ingenomenOp: s.takenOn?.iso, lobbyagenda: s.onLobbyAgenda,
            aantalSteunende: item.supporters, aangemaakt: s.meta.createdAt, gewijzigd: s.meta.updatedAt, versie: s.meta.version)
    }

    static func detail(_ d: StanceDetail) -> Schemas.Standpunt {
        let s = d.stance
        return Schemas.Standpunt(
            id: s.id, _links: links(.stance, s.id), titel: s.title, tekst: s.text, omschrijving: s.description, richting: code(s.addressee) ?? .anders,
            adressaat: ref(d.addressee), eigenaar: ref(d.owner), gremium: ref(d.body), trekker: ref(d.carrier), status: code(s.status) ?? .concept,
            ingenomenOp: s.takenOn?.iso, lobbyagenda: s.onLobbyAgenda, steunendeOrganisaties: d.supporters.map(ref), opgaven: d.tasks.map(ref),
            bijeenkomst: ref(d.meeting), document: ref(d.document), bronnen: d.sources.map(source), vertrouwelijkheid: code(s.meta.confidentiality),
            toegang: d.access.map(ref), aangemaakt: s.meta.createdAt, gewijzigd: s.meta.updatedAt, versie: s.meta.version)
    }
}
