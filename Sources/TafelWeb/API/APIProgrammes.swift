import TafelAPI
import TafelCore
import TafelStore

/// The portfolio programmes, read through the API (docs/PROGRAMMAS.md).
extension APIImplementation {
    func listProgrammas(_ input: Operations.ListProgrammas.Input) async throws -> Operations.ListProgrammas.Output {
        let q = try query(page: input.query.page, size: input.query.pageSize, q: input.query.q)
        let l = lijst(.programme, q, try await catalog.programmes(q), APIMapping.summary)
        return .ok(.init(body: .json(.init(_links: l.links, totaal: l.totaal, pagina: l.pagina, paginaGrootte: l.grootte,
                                           aantalPaginas: l.aantal, resultaten: l.resultaten))))
    }

    func getProgramma(_ input: Operations.GetProgramma.Input) async throws -> Operations.GetProgramma.Output {
        guard let detail = try await catalog.programme(id: input.path.id) else {
            throw RecordNotFound(kind: .programme, id: input.path.id)
        }
        return .ok(.init(body: .json(APIMapping.detail(detail))))
    }

    func getProgrammaHistorie(_ input: Operations.GetProgrammaHistorie.Input) async throws -> Operations.GetProgrammaHistorie.Output {
        .ok(.init(body: .json(try await history(.programme, input.path.id))))
    }
}
