import TafelAPI
import TafelCore
import TafelStore

/// `/api/v1/toezeggingen`: the register with its filters, one commitment, its history; added,
/// changed and removed with a token, the role and scope, `If-Match` on a change.
extension APIImplementation {
    func listToezeggingen(_ input: Operations.ListToezeggingen.Input) async throws -> Operations.ListToezeggingen.Output {
        let q = input.query
        let raw: [String: String?] = [
            "page": q.page.map { String($0) }, "pageSize": q.pageSize.map { String($0) }, "q": q.q, "status": q.status,
            "teLaat": q.teLaat, "portefeuillehouder": q.portefeuillehouder, "gremium": q.gremium, "vanaf": q.vanaf, "tot": q.tot,
        ]
        let filter = try CommitmentFilter.parse { raw[$0] ?? nil }
        let today = PartialDate.today()
        let page = try await catalog.commitments(filter, today: today)
        let links = APIMapping.pageLinks(page) { .apiCommitments(filter.onPage($0)) }
        return .ok(.init(body: .json(.init(_links: links, totaal: page.total, pagina: page.request.page, paginaGrootte: page.request.size,
                                           aantalPaginas: page.pageCount, resultaten: page.items.map { APIMapping.summary($0, on: today) }))))
    }

    func getToezegging(_ input: Operations.GetToezegging.Input) async throws -> Operations.GetToezegging.Output {
        guard let detail = try await catalog.commitment(id: input.path.id) else { throw RecordNotFound(kind: .commitment, id: input.path.id) }
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.commitment.meta.version)),
                         body: .json(APIMapping.detail(detail, on: .today()))))
    }

    func createToezegging(_ input: Operations.CreateToezegging.Input) async throws -> Operations.CreateToezegging.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let id = try await CommitmentEditor(database: database).create(Self.input(body), by: viewer)
        let detail = try await storedCommitment(id)
        return .created(.init(headers: .init(location: SiteRoute.apiRecord(.commitment, id).href, eTag: Self.eTag(detail.commitment.meta.version)),
                              body: .json(APIMapping.detail(detail, on: .today()))))
    }

    func updateToezegging(_ input: Operations.UpdateToezegging.Input) async throws -> Operations.UpdateToezegging.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        try await CommitmentEditor(database: database).update(id: input.path.id, Self.input(body), expectedVersion: expected, by: viewer)
        let detail = try await storedCommitment(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.commitment.meta.version)), body: .json(APIMapping.detail(detail, on: .today()))))
    }

    func deleteToezegging(_ input: Operations.DeleteToezegging.Input) async throws -> Operations.DeleteToezegging.Output {
        let viewer = try signedIn()
        try await RecordRemover(database: database).delete(.commitment, id: input.path.id,
                                                           expectedVersion: try Self.version(ifMatch: input.headers.ifMatch), by: viewer)
        return .noContent(.init())
    }

    private func storedCommitment(_ id: String) async throws -> CommitmentDetail {
        guard let detail = try await catalog.commitment(id: id) else { throw RecordNotFound(kind: .commitment, id: id) }
        return detail
    }

    static func input(_ body: Components.Schemas.ToezeggingInvoer) -> CommitmentInput {
        CommitmentInput(
            titel: body.titel, tekst: body.tekst, gedaanOp: body.gedaanOp, bijeenkomst: body.bijeenkomst, uitkomst: body.uitkomst.map(String.init),
            document: body.document, doorPersoon: body.doorPersoon, doorGremium: body.doorGremium, aanGremium: body.aanGremium,
            aanOrganisatie: body.aanOrganisatie, termijnDatum: body.termijnDatum, termijnGebeurtenis: body.termijnGebeurtenis,
            voldaanOp: body.voldaanOp, voldaanMet: body.voldaanMet ?? [], besluit: body.besluit, besluitToelichting: body.besluitToelichting,
            omschrijving: body.omschrijving, vertrouwelijkheid: body.vertrouwelijkheid,
            toegang: (body.toegang ?? []).map { "\($0.soort):\($0.id)" })
    }

    func getToezeggingHistorie(_ input: Operations.GetToezeggingHistorie.Input) async throws -> Operations.GetToezeggingHistorie.Output {
        .ok(.init(body: .json(try await history(.commitment, input.path.id))))
    }
}

/// Commitments in the API's shapes (docs/TOEZEGGINGEN.md).
extension APIMapping {
    static func summary(_ item: CommitmentListItem, on day: PartialDate) -> Schemas.ToezeggingSamenvatting {
        let c = item.commitment
        let standing = c.standing(on: day)
        return Schemas.ToezeggingSamenvatting(
            id: c.id, _links: links(.commitment, c.id), titel: c.title, tekst: c.text, status: code(standing.status) ?? .open,
            teLaat: standing.isOverdue, peildatum: day.iso, gedaanOp: c.madeOn?.iso, termijn: deadline(c.deadline),
            voldaanOp: c.fulfilledOn?.iso, toegezegdDoor: ref(item.by), aan: ref(item.to), aangemaakt: c.meta.createdAt,
            gewijzigd: c.meta.updatedAt, versie: c.meta.version)
    }

    static func detail(_ d: CommitmentDetail, on day: PartialDate) -> Schemas.Toezegging {
        let c = d.commitment
        let standing = c.standing(on: day)
        return Schemas.Toezegging(
            id: c.id, _links: links(.commitment, c.id), titel: c.title, tekst: c.text, status: code(standing.status) ?? .open,
            teLaat: standing.isOverdue, peildatum: day.iso, gedaanOp: c.madeOn?.iso, termijn: deadline(c.deadline),
            voldaanOp: c.fulfilledOn?.iso, besluitToelichting: c.decisionNote, omschrijving: c.description,
            doorPersoon: ref(d.byPerson), doorGremium: ref(d.byBody), aanGremium: ref(d.toBody), aanOrganisatie: ref(d.toOrganisation),
            bijeenkomst: ref(d.meeting), uitkomst: d.outcome, document: ref(d.document), voldaanMet: d.fulfilments.map(ref),
            bronnen: d.sources.map(source), vertrouwelijkheid: code(c.meta.confidentiality), toegang: d.access.map(ref),
            aangemaakt: c.meta.createdAt, gewijzigd: c.meta.updatedAt, versie: c.meta.version)
    }

    private static func deadline(_ deadline: CommitmentDeadline) -> Schemas.ToezeggingTermijn? {
        guard deadline.date != nil || deadline.event != nil else { return nil }
        return Schemas.ToezeggingTermijn(datum: deadline.date?.iso, gebeurtenis: deadline.event,
                                         laatsteDag: deadline.lastDate?.iso)
    }
}
