import TafelAPI
import TafelCore
import TafelStore

/// `/api/v1/toezeggingen`: the register with its filters, one commitment, its history.
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
        func link(_ number: Int) -> Schemas.Link {
            var numbered = filter
            numbered.page = PageRequest(page: number, size: filter.page.size)
            return Schemas.Link(href: SiteRoute.apiCommitments(numbered).href)
        }
        let links = Schemas.Paginalinks(_self: link(page.request.page), first: link(1),
                                        prev: page.hasPrevious ? link(page.request.page - 1) : nil,
                                        next: page.hasNext ? link(page.request.page + 1) : nil, last: link(page.pageCount))
        return .ok(.init(body: .json(.init(_links: links, totaal: page.total, pagina: page.request.page, paginaGrootte: page.request.size,
                                           aantalPaginas: page.pageCount, resultaten: page.items.map { APIMapping.summary($0, on: today) }))))
    }

    func getToezegging(_ input: Operations.GetToezegging.Input) async throws -> Operations.GetToezegging.Output {
        guard let detail = try await catalog.commitment(id: input.path.id) else { throw RecordNotFound(kind: .commitment, id: input.path.id) }
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.commitment.meta.version)),
                         body: .json(APIMapping.detail(detail, on: .today()))))
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
