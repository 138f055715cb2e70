import Foundation
import HTTPTypes
import Hummingbird

/// On the API: `API-Version` on every response (`/core/version-header`), no caching of
/// API responses, and the contract readable from any origin (`/core/publish-openapi`).
struct APIHeadersMiddleware<Context: RequestContext>: RouterMiddleware {

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.apiVersion] = APIVersion.current
        response.headers[.cacheControl] = "no-store"
        response.headers[.accessControlAllowOrigin] = "*"
        response.headers[.accessControlExposeHeaders] = "API-Version, ETag, Location"
        // The OpenAPI runtime writes header values URI-encoded (`%221%22`); ETag and Location are sent as they are.
        for name in [HTTPField.Name.eTag, .location] {
            if let value = response.headers[name], value.contains("%") {
                response.headers[name] = value.removingPercentEncoding ?? value
            }
        }
        return response
    }
}

/// The full semantic version of the API contract (`info.version` in openapi.yaml).
enum APIVersion {
    static let current = "1.0.0"
}
