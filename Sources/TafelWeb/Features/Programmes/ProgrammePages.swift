import Hummingbird
import TafelCore
import TafelStore

/// `/programmas` and `/programmas/{id}`.
struct ProgrammePages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.list(.programme), use: list)
        router.get(.record(.programme, .routeID), use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request)
        return renderer.render(ListPage.programmes(query, try await catalog(context).programmes(query), mayAdd: context.viewer.mayEditAnything))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .programme)
        guard let detail = try await catalog(context).programme(id: id) else { throw RecordNotFound(kind: .programme, id: id) }
        return renderer.render(DetailPage.programme(
            detail, mayEdit: context.viewer.mayEditAnything && context.viewer.mayEdit(recordGroups: detail.accessGroups)))
    }
}
