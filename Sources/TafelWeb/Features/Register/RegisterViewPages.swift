import Hummingbird
import TafelCore
import TafelStore

/// The register's views: by domain (printable), per organisation ("waar doet deze
/// gemeente aan mee") and the Wgr register of gemeenschappelijke regelingen.
struct RegisterViewPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.registerOverview, use: overview)
        router.get(.organisationCollaborations(.routeID), use: organisation)
        router.get(.wgrRegister(), use: wgr)
    }

    func overview(_ request: Request, context: AppContext) async throws -> Response {
        renderer.render(RegisterView.byDomain(try await catalog(context).overviewByDomain()))
    }

    func organisation(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .organisation)
        let catalog = catalog(context)
        guard let name = try await catalog.visibleName(of: .organisation, id: id) else { throw RecordNotFound(kind: .organisation, id: id) }
        return renderer.render(RegisterView.collaborations(of: id, named: name, try await catalog.collaborations(of: id)))
    }

    func wgr(_ request: Request, context: AppContext) async throws -> Response {
        let filter = try RegisterFilter.parse(request)
        let catalog = catalog(context)
        return renderer.render(RegisterView.wgr(try await catalog.wgrRegister(municipality: filter.municipality),
                                                municipalities: try await catalog.municipalityChoices(), selected: filter.municipality))
    }
}
