import Hummingbird

/// A path ending in `/` (other than the root) is not found: the NL API Design Rules
/// (`/core/no-trailing-slash`) ask for a 404, not a redirect; the pages follow the same rule.
struct TrailingSlashMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if path.count > 1, path.hasSuffix("/") {
            throw HTTPError(.notFound)
        }
        return try await next(request, context)
    }
}
