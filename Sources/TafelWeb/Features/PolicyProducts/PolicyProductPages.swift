import Hummingbird
import TafelCore
import TafelStore

/// `/beleidsproducten` and `/beleidsproducten/{id}`.
struct PolicyProductPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.policyProducts(), use: list)
        router.get(.record(.policyProduct, .routeID), use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let raw = request.uri.queryParameters
        let filter = try PolicyProductFilter.parse { raw[Substring($0)].map(String.init) }
        let catalog = catalog(context)
        async let page = catalog.policyProducts(filter)
        let owners = try await catalog.policyProductOwnerChoices()
        return renderer.render(PolicyProductsPage(filter: filter, page: try await page, owners: owners, mayAdd: context.viewer.mayEditAnything))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .policyProduct)
        guard let detail = try await catalog(context).policyProduct(id: id) else { throw RecordNotFound(kind: .policyProduct, id: id) }
        return renderer.render(DetailPage.policyProduct(
            detail, mayEdit: context.viewer.mayEditAnything && context.viewer.mayEdit(recordGroups: detail.accessGroups)))
    }
}
