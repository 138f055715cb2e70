import Hummingbird
import TafelCore
import TafelStore

/// `/gremia` and `/gremia/{id}`.
struct BodyPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.list(.body), use: list)
        router.get(.record(.body, .routeID), use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request, kinds: BodyKind.self)
        return renderer.render(ListPage.bodies(query, try await catalog(context).bodies(query), mayAdd: context.viewer.mayEditAnything))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .body)
        guard let detail = try await catalog(context).body(id: id) else { throw RecordNotFound(kind: .body, id: id) }
        return renderer.render(DetailPage.body(
            detail, mayEdit: context.viewer.mayEditAnything && context.viewer.mayEdit(recordGroups: detail.accessGroups)))
    }
}
