import TafelAPI
import TafelCore
import TafelStore

/// `/api/v1/agenderingsverzoeken`: the requests with their filters, one request with its
/// questions and answers, its history; added, changed and removed with a token, the role and
/// scope, `If-Match` on a change.
extension APIImplementation {
    func listAgenderingsverzoeken(_ input: Operations.ListAgenderingsverzoeken.Input) async throws -> Operations.ListAgenderingsverzoeken.Output {
        let q = input.query
        let raw: [String: String?] = [
            "page": q.page.map { String($0) }, "pageSize": q.pageSize.map { String($0) }, "q": q.q, "fractie": q.fractie,
            "gremium": q.gremium, "status": q.status, "openVragen": q.openVragen, "vanaf": q.vanaf, "tot": q.tot,
        ]
        let filter = try AgendaRequestFilter.parse { raw[$0] ?? nil }
        let page = try await catalog.agendaRequests(filter)
        let links = APIMapping.pageLinks(page) { .apiAgendaRequests(filter.onPage($0)) }
        return .ok(.init(body: .json(.init(_links: links, totaal: page.total, pagina: page.request.page, paginaGrootte: page.request.size,
                                           aantalPaginas: page.pageCount, resultaten: page.items.map(APIMapping.summary)))))
    }

    func getAgenderingsverzoek(_ input: Operations.GetAgenderingsverzoek.Input) async throws -> Operations.GetAgenderingsverzoek.Output {
        let detail = try await storedAgendaRequest(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.request.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func createAgenderingsverzoek(_ input: Operations.CreateAgenderingsverzoek.Input) async throws -> Operations.CreateAgenderingsverzoek.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let id = try await AgendaRequestEditor(database: database).create(Self.input(body), by: viewer)
        let detail = try await storedAgendaRequest(id)
        return .created(.init(headers: .init(location: SiteRoute.apiRecord(.agendaRequest, id).href, eTag: Self.eTag(detail.request.meta.version)),
                              body: .json(APIMapping.detail(detail))))
    }

    func updateAgenderingsverzoek(_ input: Operations.UpdateAgenderingsverzoek.Input) async throws -> Operations.UpdateAgenderingsverzoek.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        try await AgendaRequestEditor(database: database).update(id: input.path.id, Self.input(body), expectedVersion: expected, by: viewer)
        let detail = try await storedAgendaRequest(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.request.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func deleteAgenderingsverzoek(_ input: Operations.DeleteAgenderingsverzoek.Input) async throws -> Operations.DeleteAgenderingsverzoek.Output {
        let viewer = try signedIn()
        try await RecordRemover(database: database).delete(.agendaRequest, id: input.path.id,
                                                           expectedVersion: try Self.version(ifMatch: input.headers.ifMatch), by: viewer)
        return .noContent(.init())
    }

    func getAgenderingsverzoekHistorie(_ input: Operations.GetAgenderingsverzoekHistorie.Input) async throws
        -> Operations.GetAgenderingsverzoekHistorie.Output {
        .ok(.init(body: .json(try await history(.agendaRequest, input.path.id))))
    }

    private func storedAgendaRequest(_ id: String) async throws -> AgendaRequestDetail {
        guard let detail = try await catalog.agendaRequest(id: id) else { throw RecordNotFound(kind: .agendaRequest, id: id) }
        return detail
    }

    static func input(_ body: Components.Schemas.AgenderingsverzoekInvoer) -> AgendaRequestInput {
        AgendaRequestInput(
            titel: body.titel, fractie: body.fractie, gremium: body.gremium, onderwerpDocument: body.onderwerpDocument,
            document: body.document, bijeenkomst: body.bijeenkomst, ingediendOp: body.ingediendOp, status: body.status,
            motivatie: body.motivatie, visieFractie: body.visieFractie, omschrijving: body.omschrijving,
            vragen: (body.vragen ?? []).map { q in
                .init(aan: q.aan, nummer: q.nummer.map(String.init), tekst: q.tekst, antwoorden: (q.antwoorden ?? []).map { a in
                    .init(tekst: a.tekst, op: a.op, doorPersoon: a.doorPersoon, doorGremium: a.doorGremium, doorOrganisatie: a.doorOrganisatie,
                          document: a.document, bijeenkomst: a.bijeenkomst)
                })
            },
            vertrouwelijkheid: body.vertrouwelijkheid, toegang: (body.toegang ?? []).map { "\($0.soort):\($0.id)" })
    }
}

/// Agenda requests in the API's shapes (docs/AGENDERINGSVERZOEKEN.md).
extension APIMapping {
    static func summary(_ item: AgendaRequestListItem) -> Schemas.AgenderingsverzoekSamenvatting {
        let r = item.request
        return Schemas.AgenderingsverzoekSamenvatting(
            id: r.id, _links: links(.agendaRequest, r.id), titel: r.title, status: code(r.status) ?? .ingediend,
            ingediendOp: r.submittedOn?.iso, fractie: ref(item.fraction), gremium: ref(item.body), aantalVragen: item.questions,
            openVragen: item.openQuestions, aangemaakt: r.meta.createdAt, gewijzigd: r.meta.updatedAt, versie: r.meta.version)
    }

    static func detail(_ d: AgendaRequestDetail) -> Schemas.Agenderingsverzoek {
        let r = d.request
        return Schemas.Agenderingsverzoek(
            id: r.id, _links: links(.agendaRequest, r.id), titel: r.title, status: code(r.status) ?? .ingediend,
            ingediendOp: r.submittedOn?.iso, fractie: ref(d.fraction), gremium: ref(d.body), onderwerpDocument: ref(d.subjectDocument),
            document: ref(d.document), bijeenkomst: ref(d.meeting), motivatie: r.motivation, visieFractie: r.view,
            omschrijving: r.description, vragen: d.questions.map(question), bronnen: d.sources.map(source),
            vertrouwelijkheid: code(r.meta.confidentiality), toegang: d.access.map(ref), aangemaakt: r.meta.createdAt,
            gewijzigd: r.meta.updatedAt, versie: r.meta.version)
    }

    private static func question(_ q: AgendaQuestion) -> Schemas.Vraag {
        Schemas.Vraag(positie: q.position, aan: code(q.addressee) ?? .college, nummer: q.number, tekst: q.text,
                      status: code(q.status) ?? .open,
                      antwoorden: q.answers.map { a in
                          Schemas.Antwoord(tekst: a.text, op: a.answeredOn?.iso, door: ref(a.by), document: ref(a.document),
                                           bijeenkomst: ref(a.meeting))
                      })
    }
}
