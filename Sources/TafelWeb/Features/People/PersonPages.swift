import Hummingbird
import TafelCore
import TafelStore

/// `/personen` and `/personen/{id}`.
struct PersonPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.list(.person), use: list)
        router.get(.record(.person, .routeID), use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request)
        return renderer.render(ListPage.persons(query, try await catalog(context).persons(query)))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .person)
        guard let detail = try await catalog(context).person(id: id) else { throw RecordNotFound(kind: .person, id: id) }
        return renderer.render(DetailPage.person(detail))
    }
}
