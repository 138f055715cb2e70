import Hummingbird
import TafelCore
import TafelStore

/// `/gezamenlijke-besluiten` and `/gezamenlijke-besluiten/{id}`.
struct JointDecisionPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.jointDecisions(), use: list)
        router.get(.record(.jointDecision, .routeID), use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let raw = request.uri.queryParameters
        let filter = try JointDecisionFilter.parse { raw[Substring($0)].map(String.init) }
        let catalog = catalog(context)
        async let page = catalog.jointDecisions(filter)
        async let bodies = catalog.jointDecisionBodyChoices()
        let organisations = try await catalog.jointDecisionOrganisationChoices()
        return renderer.render(JointDecisionsPage(filter: filter, page: try await page, bodies: try await bodies, organisations: organisations,
                                                  mayAdd: context.viewer.mayEditAnything))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .jointDecision)
        guard let detail = try await catalog(context).jointDecision(id: id) else { throw RecordNotFound(kind: .jointDecision, id: id) }
        return renderer.render(DetailPage.jointDecision(
            detail, mayEdit: context.viewer.mayEditAnything && context.viewer.mayEdit(recordGroups: detail.accessGroups)))
    }
}
