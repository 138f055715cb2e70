import Hummingbird
import TafelCore
import TafelStore

/// `/organisaties` and `/organisaties/{id}`.
struct OrganisationPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.list(.organisation), use: list)
        router.get(.record(.organisation, .routeID), use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request, kinds: OrganisationKind.self)
        return renderer.render(ListPage.organisations(query, try await catalog(context).organisations(query)))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .organisation)
        guard let detail = try await catalog(context).organisation(id: id) else { throw RecordNotFound(kind: .organisation, id: id) }
        return renderer.render(DetailPage.organisation(detail, mayEditMembers: context.viewer.mayEditAnything))
    }
}
