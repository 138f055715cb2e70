import TafelAPI
import TafelCore
import TafelStore

/// `/api/v1/gezamenlijke-besluiten`: the decisions with their filters, one decision, its
/// history; added, changed and removed with a token, the role and scope, `If-Match` on a change.
extension APIImplementation {
    func listGezamenlijkeBesluiten(_ input: Operations.ListGezamenlijkeBesluiten.Input) async throws -> Operations.ListGezamenlijkeBesluiten.Output {
        let q = input.query
        let raw: [String: String?] = [
            "page": q.page.map { String($0) }, "pageSize": q.pageSize.map { String($0) }, "q": q.q, "gremium": q.gremium,
            "organisatie": q.organisatie, "status": q.status,
        ]
        let filter = try JointDecisionFilter.parse { raw[$0] ?? nil }
        let page = try await catalog.jointDecisions(filter)
        let links = APIMapping.pageLinks(page) { .apiJointDecisions(filter.onPage($0)) }
        return .ok(.init(body: .json(.init(_links: links, totaal: page.total, pagina: page.request.page, paginaGrootte: page.request.size,
                                           aantalPaginas: page.pageCount, resultaten: page.items.map(APIMapping.summary)))))
    }

    func getGezamenlijkBesluit(_ input: Operations.GetGezamenlijkBesluit.Input) async throws -> Operations.GetGezamenlijkBesluit.Output {
        let detail = try await storedJointDecision(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.decision.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func createGezamenlijkBesluit(_ input: Operations.CreateGezamenlijkBesluit.Input) async throws -> Operations.CreateGezamenlijkBesluit.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let id = try await JointDecisionEditor(database: database).create(Self.input(body), by: viewer)
        let detail = try await storedJointDecision(id)
        return .created(.init(headers: .init(location: SiteRoute.apiRecord(.jointDecision, id).href, eTag: Self.eTag(detail.decision.meta.version)),
                              body: .json(APIMapping.detail(detail))))
    }

    func updateGezamenlijkBesluit(_ input: Operations.UpdateGezamenlijkBesluit.Input) async throws -> Operations.UpdateGezamenlijkBesluit.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        try await JointDecisionEditor(database: database).update(id: input.path.id, Self.input(body), expectedVersion: expected, by: viewer)
        let detail = try await storedJointDecision(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.decision.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func deleteGezamenlijkBesluit(_ input: Operations.DeleteGezamenlijkBesluit.Input) async throws -> Operations.DeleteGezamenlijkBesluit.Output {
        let viewer = try signedIn()
        try await RecordRemover(database: database).delete(.jointDecision, id: input.path.id,
                                                           expectedVersion: try Self.version(ifMatch: input.headers.ifMatch), by: viewer)
        return .noContent(.init())
    }

    func getGezamenlijkBesluitHistorie(_ input: Operations.GetGezamenlijkBesluitHistorie.Input) async throws -> Operations.GetGezamenlijkBesluitHistorie.Output {
        .ok(.init(body: .json(try await history(.jointDecision, input.path.id))))
    }

    private func storedJointDecision(_ id: String) async throws -> JointDecisionDetail {
        guard let detail = try await catalog.jointDecision(id: id) else { throw RecordNotFound(kind: .jointDecision, id: id) }
        return detail
    }

    static func input(_ body: Components.Schemas.GezamenlijkBesluitInvoer) -> JointDecisionInput {
        JointDecisionInput(
            titel: body.titel, voorstel: body.voorstel, omschrijving: body.omschrijving, aangebodenDoor: body.aangebodenDoor,
            eigenaar: body.eigenaar, orgaan: body.orgaan, aangebodenOp: body.aangebodenOp, besluitenVoor: body.besluitenVoor,
            opgave: body.opgave, bijeenkomst: body.bijeenkomst, document: body.document, samenwerking: body.samenwerking,
            besluiten: (body.besluiten ?? []).map {
                .init(organisatie: $0.organisatie, status: $0.status, datum: $0.datum, url: $0.url, document: $0.document, toelichting: $0.toelichting)
            },
            vertrouwelijkheid: body.vertrouwelijkheid, toegang: (body.toegang ?? []).map { "\($0.soort):\($0.id)" })
    }
}

/// Joint decisions in the API's shapes (docs/GEZAMENLIJKE-BESLUITEN.md).
extension APIMapping {
    static func summary(_ item: JointDecisionListItem) -> Schemas.GezamenlijkBesluitSamenvatting {
        let d = item.decision
        return Schemas.GezamenlijkBesluitSamenvatting(
            id: d.id, _links: links(.jointDecision, d.id), titel: d.title, aangebodenDoor: ref(item.offeredBy), orgaan: d.organ.flatMap(code),
            aangebodenOp: d.offeredOn?.iso, besluitenVoor: d.respondBy?.iso, besluiten: d.responses.map(response),
            coalitie: coalition(d.coalition), aangemaakt: d.meta.createdAt, gewijzigd: d.meta.updatedAt, versie: d.meta.version)
    }

    static func detail(_ detail: JointDecisionDetail) -> Schemas.GezamenlijkBesluit {
        let d = detail.decision
        return Schemas.GezamenlijkBesluit(
            id: d.id, _links: links(.jointDecision, d.id), titel: d.title, voorstel: d.proposal, omschrijving: d.description,
            aangebodenDoor: ref(detail.offeredBy), eigenaar: ref(detail.owner), orgaan: d.organ.flatMap(code), aangebodenOp: d.offeredOn?.iso,
            besluitenVoor: d.respondBy?.iso, opgave: ref(detail.task), bijeenkomst: ref(detail.meeting), document: ref(detail.document),
            samenwerking: ref(detail.collaboration), besluiten: d.responses.map(response), coalitie: coalition(d.coalition),
            bronnen: detail.sources.map(source), vertrouwelijkheid: code(d.meta.confidentiality), toegang: detail.access.map(ref),
            aangemaakt: d.meta.createdAt, gewijzigd: d.meta.updatedAt, versie: d.meta.version)
    }

    private static func response(_ r: JointDecisionResponse) -> Schemas.OrganisatieBesluit {
        Schemas.OrganisatieBesluit(organisatie: ref(r.organisation), cbsCode: r.cbsCode, status: code(r.status) ?? .aangeboden,
                                   datum: r.decidedOn?.iso, url: r.decisionURL, document: ref(r.document), toelichting: r.note)
    }

    private static func coalition(_ c: JointDecisionCoalition) -> Schemas.Coalitie {
        Schemas.Coalitie(totaal: c.total, vastgesteld: c.adopters.count, nogTeBesluiten: c.pending,
                         perStand: c.counts.map { .init(stand: code($0.status) ?? .aangeboden, aantal: $0.count) },
                         deelnemers: c.adopters.map(ref))
    }
}
