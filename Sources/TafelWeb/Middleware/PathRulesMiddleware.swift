import Foundation
import Hummingbird
import TafelCore

/// Paths that are never an address, in both groups: one with control characters or bidi
/// overrides, also percent-encoded (a `%00` would cut a file name short), and one ending in
/// `/` other than the root (the NL API Design Rules' `/core/no-trailing-slash` asks for a
/// 404, not a redirect; the pages follow the same rule).
struct PathRulesMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard !Self.hasControlCharacter(path), path.count == 1 || !path.hasSuffix("/") else {
            throw HTTPError(.notFound)
        }
        return try await next(request, context)
    }

    static func hasControlCharacter(_ path: String) -> Bool {
        let decoded = path.removingPercentEncoding ?? path
        return decoded.unicodeScalars.contains { TextRules.isForbidden($0) }
    }
}
