import Foundation
import Hummingbird
import HTTPTypes
import TafelCore

/// Content negotiation for the API: every resource answers JSON (errors as problem+json),
/// the register's collection also CSV. An `Accept` that allows none of them gets 406 with
/// a problem+json that names what is on offer, before any handler runs.
struct APIAcceptMiddleware: RouterMiddleware {
    typealias Context = AppContext

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard let accept = request.headers[.accept],
              !accept.trimmingCharacters(in: .whitespaces).isEmpty
        else {
            return try await next(request, context)
        }
        let offered = Self.offered(request)
        guard Self.acceptsAny(accept, of: offered) else { throw NotAcceptable(accept: accept, offered: offered) }
        return try await next(request, context)
    }

    /// What the resource at this path can answer.
    static func offered(_ request: Request) -> [String] {
        request.method == .get && request.uri.path == SiteRoute.apiRegister().path
            ? ["application/json", "text/csv"] : ["application/json"]
    }

    /// Whether any media range of `accept` (with a quality above zero) matches an offered type.
    static func acceptsAny(_ accept: String, of offered: [String]) -> Bool {
        accept.split(separator: ",").contains { range in
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type = parts.first, !type.isEmpty else { return false }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            guard quality > 0 else { return false }
            return offered.contains { offer in
                let family = offer.split(separator: "/").first.map(String.init) ?? offer
                return type == "*/*" || type == offer || type == family + "/*"
                    || (offer == "application/json" && type == "application/problem+json")
            }
        }
    }
}
