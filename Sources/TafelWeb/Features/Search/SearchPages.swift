import Hummingbird
import TafelCore
import TafelStore

/// `/zoeken`.
struct SearchPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.search(), use: search)
    }

    func search(_ request: Request, context: AppContext) async throws -> Response {
        let raw = request.uri.queryParameters
        let search: SiteSearch
        do {
            search = try SiteSearch.parse { raw[Substring($0)].map(String.init) }
        } catch {
            return renderer.render(SearchPage(typed: raw["q"].map(String.init) ?? "", problems: error.problems), status: .badRequest)
        }
        let results = try await catalog(context).search(search)
        return renderer.render(SearchPage(search: search, results: results))
    }
}
