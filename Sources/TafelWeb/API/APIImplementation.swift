import OpenAPIRuntime
import TafelAPI
import TafelCore
import TafelStore

/// The `/api/v1` operations of `openapi.yaml`. Each parses its input, asks the catalog,
/// and maps the answer; errors (invalid input, unknown id) become problem+json in `ErrorMiddleware`.
struct APIImplementation: APIProtocol {
    let catalogs: Catalogs
    let database: Database

    /// The catalog as the request's viewer may see it.
    var catalog: Catalog { catalogs.current }

    func query(page: Int?, size: Int?, q: String?, kind: String? = nil, agenda: String? = nil, body: String? = nil,
               organisation: String? = nil, from: String? = nil, until: String? = nil) throws -> Catalog.ListQuery {
        var check = FieldChecker()
        var query = Catalog.ListQuery(kind: kind, agenda: agenda, body: body, organisation: organisation)
        do throws(ValidationFailure) { query.page = try PageRequest.validate(page: page, size: size) } catch {
            error.problems.forEach { check.problem($0.field, $0.message, code: $0.code) }
        }
        do throws(ValidationFailure) { query.search = try SearchText.parse(q) } catch {
            error.problems.forEach { check.problem($0.field, $0.message, code: $0.code) }
        }
        (query.from, query.until) = check.period(from: from, until: until)
        try check.finish()
        return query
    }

    func lijst<T, R>(_ kind: RecordKind, _ query: Catalog.ListQuery, _ page: Page<T>, _ map: (T) -> R)
        -> (links: Schemas.Paginalinks, totaal: Int, pagina: Int, grootte: Int, aantal: Int, resultaten: [R]) {
        (APIMapping.pageLinks(kind, query, page), page.total, page.request.page, page.request.size, page.pageCount,
         page.items.map(map))
    }

    func listOrganisaties(_ input: Operations.ListOrganisaties.Input) async throws -> Operations.ListOrganisaties.Output {
        let q = try query(page: input.query.page, size: input.query.pageSize, q: input.query.q, kind: input.query.soort?.rawValue)
        let l = lijst(.organisation, q, try await catalog.organisations(q), APIMapping.summary)
        return .ok(.init(body: .json(.init(_links: l.links, totaal: l.totaal, pagina: l.pagina, paginaGrootte: l.grootte,
                                           aantalPaginas: l.aantal, resultaten: l.resultaten))))
    }

    func getOrganisatie(_ input: Operations.GetOrganisatie.Input) async throws -> Operations.GetOrganisatie.Output {
        guard let detail = try await catalog.organisation(id: input.path.id) else {
            throw RecordNotFound(kind: .organisation, id: input.path.id)
        }
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.organisation.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func listPersonen(_ input: Operations.ListPersonen.Input) async throws -> Operations.ListPersonen.Output {
        let q = try query(page: input.query.page, size: input.query.pageSize, q: input.query.q)
        let l = lijst(.person, q, try await catalog.persons(q), APIMapping.summary)
        return .ok(.init(body: .json(.init(_links: l.links, totaal: l.totaal, pagina: l.pagina, paginaGrootte: l.grootte,
                                           aantalPaginas: l.aantal, resultaten: l.resultaten))))
    }

    func getPersoon(_ input: Operations.GetPersoon.Input) async throws -> Operations.GetPersoon.Output {
        guard let detail = try await catalog.person(id: input.path.id) else {
            throw RecordNotFound(kind: .person, id: input.path.id)
        }
        return .ok(.init(body: .json(APIMapping.detail(detail))))
    }

    func listGremia(_ input: Operations.ListGremia.Input) async throws -> Operations.ListGremia.Output {
        let q = try query(page: input.query.page, size: input.query.pageSize, q: input.query.q, kind: input.query.soort?.rawValue)
        let l = lijst(.body, q, try await catalog.bodies(q), APIMapping.summary)
        return .ok(.init(body: .json(.init(_links: l.links, totaal: l.totaal, pagina: l.pagina, paginaGrootte: l.grootte,
                                           aantalPaginas: l.aantal, resultaten: l.resultaten))))
    }

    func getGremium(_ input: Operations.GetGremium.Input) async throws -> Operations.GetGremium.Output {
        let detail = try await storedBody(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.body.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func listSamenwerkingen(_ input: Operations.ListSamenwerkingen.Input) async throws -> Operations.ListSamenwerkingen.Output {
        let q = input.query
        let raw: [String: String?] = [
            "page": q.page.map { String($0) }, "pageSize": q.pageSize.map { String($0) }, "q": q.q, "gemeente": q.gemeente,
            "opgave": q.opgave, "vorm": q.vorm, "status": q.status, "rolProvincie": q.rolProvincie, "domein": q.domein,
            "vanaf": q.vanaf, "tot": q.tot, "gearchiveerd": q.gearchiveerd, "sorteer": q.sorteer,
        ]
        let named = try RegisterFilter.parse { raw[$0] ?? nil }.resolvingMunicipalityName(in: try await catalog.municipalityChoices())
        if let problem = named.problem { throw ValidationFailure([problem]) }
        let filter = named.filter
        // Without an Accept header the runtime lists every type; CSV only when asked for without JSON.
        let accepted = input.headers.accept.map(\.contentType)
        if accepted.contains(.csv) && !accepted.contains(.json) {
            return .ok(.init(body: .csv(HTTPBody(RegisterFile.csv(try await catalog.registerExport(filter))))))
        }
        let page = try await catalog.register(filter, facets: false).page
        return .ok(.init(body: .json(.init(
            _links: APIMapping.pageLinks(filter, page), totaal: page.total, pagina: page.request.page,
            paginaGrootte: page.request.size, aantalPaginas: page.pageCount,
            resultaten: page.items.map { APIMapping.summary($0.collaboration) }))))
    }

    func getSamenwerking(_ input: Operations.GetSamenwerking.Input) async throws -> Operations.GetSamenwerking.Output {
        guard let detail = try await catalog.collaboration(id: input.path.id) else {
            throw RecordNotFound(kind: .collaboration, id: input.path.id)
        }
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.collaboration.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func listBijeenkomsten(_ input: Operations.ListBijeenkomsten.Input) async throws -> Operations.ListBijeenkomsten.Output {
        let q = try query(page: input.query.page, size: input.query.pageSize, q: input.query.q, kind: input.query.soort?.rawValue,
                          body: input.query.gremium, organisation: input.query.organisatie, from: input.query.vanaf, until: input.query.tot)
        let l = lijst(.meeting, q, try await catalog.meetings(q), APIMapping.summary)
        return .ok(.init(body: .json(.init(_links: l.links, totaal: l.totaal, pagina: l.pagina, paginaGrootte: l.grootte,
                                           aantalPaginas: l.aantal, resultaten: l.resultaten))))
    }

    func getBijeenkomst(_ input: Operations.GetBijeenkomst.Input) async throws -> Operations.GetBijeenkomst.Output {
        guard let detail = try await catalog.meeting(id: input.path.id) else {
            throw RecordNotFound(kind: .meeting, id: input.path.id)
        }
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.meeting.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func listOpgaven(_ input: Operations.ListOpgaven.Input) async throws -> Operations.ListOpgaven.Output {
        let q = try query(page: input.query.page, size: input.query.pageSize, q: input.query.q, agenda: input.query.agenda)
        let names = Dictionary(uniqueKeysWithValues: try await catalog.taskAgendas().map { ($0.id, $0.name) })
        let l = lijst(.task, q, try await catalog.tasks(q)) { APIMapping.summary($0, agendaNames: names) }
        return .ok(.init(body: .json(.init(_links: l.links, totaal: l.totaal, pagina: l.pagina, paginaGrootte: l.grootte,
                                           aantalPaginas: l.aantal, resultaten: l.resultaten))))
    }

    func getOpgave(_ input: Operations.GetOpgave.Input) async throws -> Operations.GetOpgave.Output {
        guard let detail = try await catalog.task(id: input.path.id) else {
            throw RecordNotFound(kind: .task, id: input.path.id)
        }
        return .ok(.init(body: .json(APIMapping.detail(detail))))
    }

    func listDocumenten(_ input: Operations.ListDocumenten.Input) async throws -> Operations.ListDocumenten.Output {
        let q = try query(page: input.query.page, size: input.query.pageSize, q: input.query.q, kind: input.query.soort?.rawValue)
        let l = lijst(.document, q, try await catalog.documents(q), APIMapping.summary)
        return .ok(.init(body: .json(.init(_links: l.links, totaal: l.totaal, pagina: l.pagina, paginaGrootte: l.grootte,
                                           aantalPaginas: l.aantal, resultaten: l.resultaten))))
    }

    func getDocument(_ input: Operations.GetDocument.Input) async throws -> Operations.GetDocument.Output {
        guard let detail = try await catalog.document(id: input.path.id) else {
            throw RecordNotFound(kind: .document, id: input.path.id)
        }
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.document.meta.version)), body: .json(APIMapping.detail(detail))))
    }
}
