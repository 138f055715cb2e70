import Hummingbird
import TafelCore
import TafelStore

/// `/opgaven` (also one agenda's: `?agenda=`) and `/opgaven/{id}`.
struct TaskPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.list(.task), use: list)
        router.get(.record(.task, .routeID), use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request, filters: [.agenda])
        let catalog = catalog(context)
        let agendas = Dictionary(uniqueKeysWithValues: try await catalog.taskAgendas().map { ($0.id, $0.name) })
        return renderer.render(ListPage.tasks(query, try await catalog.tasks(query), agendas: agendas))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .task)
        guard let detail = try await catalog(context).task(id: id) else { throw RecordNotFound(kind: .task, id: id) }
        return renderer.render(DetailPage.task(detail))
    }
}
