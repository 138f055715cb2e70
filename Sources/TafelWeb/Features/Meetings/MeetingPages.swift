import Hummingbird
import TafelCore
import TafelStore

/// `/bijeenkomsten` and `/bijeenkomsten/{id}`.
struct MeetingPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.list(.meeting), use: list)
        router.get(.record(.meeting, .routeID), use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request, kinds: MeetingKind.self)
        return renderer.render(ListPage.meetings(query, try await catalog(context).meetings(query)))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .meeting)
        guard let detail = try await catalog(context).meeting(id: id) else { throw RecordNotFound(kind: .meeting, id: id) }
        return renderer.render(DetailPage.meeting(detail))
    }
}
