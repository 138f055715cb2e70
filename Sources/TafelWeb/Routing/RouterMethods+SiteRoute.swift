import HTTPTypes
import Hummingbird

/// Registers handlers by route: the path comes from `SiteRoute.path`, printed with
/// `SiteRoute.idParameter` for the id, so no handler names its path in a string.
extension RouterMethods where Context == AppContext {
    @discardableResult
    func on(_ method: HTTPRequest.Method, _ route: SiteRoute,
            use handler: @escaping @Sendable (Request, AppContext) async throws -> Response) -> Self {
        on(RouterPath(route.path), method: method, use: handler)
    }

    @discardableResult
    func get(_ route: SiteRoute, use handler: @escaping @Sendable (Request, AppContext) async throws -> Response) -> Self {
        on(.get, route, use: handler)
    }

    @discardableResult
    func post(_ route: SiteRoute, use handler: @escaping @Sendable (Request, AppContext) async throws -> Response) -> Self {
        on(.post, route, use: handler)
    }
}

extension String {
    /// The id's place in a registered route: `.record(.body, .routeID)` is `/gremia/:id`.
    static let routeID = SiteRoute.idParameter
}
