import Hummingbird
import TafelCore
import TafelStore

/// `/standpunten` and `/standpunten/{id}`.
struct StancePages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.stances(), use: list)
        router.get(.record(.stance, .routeID), use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let raw = request.uri.queryParameters
        let filter = try StanceFilter.parse { raw[Substring($0)].map(String.init) }
        let catalog = catalog(context)
        async let page = catalog.stances(filter)
        let owners = try await catalog.stanceOwnerChoices()
        return renderer.render(StancesPage(filter: filter, page: try await page, owners: owners, mayAdd: context.viewer.mayEditAnything))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .stance)
        guard let detail = try await catalog(context).stance(id: id) else { throw RecordNotFound(kind: .stance, id: id) }
        return renderer.render(DetailPage.stance(
            detail, mayEdit: context.viewer.mayEditAnything && context.viewer.mayEdit(recordGroups: detail.accessGroups)))
    }
}
