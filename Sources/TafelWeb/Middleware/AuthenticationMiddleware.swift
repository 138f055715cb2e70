import Foundation
import HTTPTypes
import Hummingbird
import TafelCore
import TafelStore

/// Who is asking on the pages: a session cookie (or, for a script fetching an export, a
/// bearer token). What a signed-in user sees (accounts, forms, intern and vertrouwelijk
/// records) and the sign-in form with its CSRF token are never kept by a browser or proxy.
struct PageAuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppContext
    static let sessionCookieName = "tafel_sessie"

    let sessions: Sessions
    let tokens: APITokens
    let notice: DatasetNotice

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        if request.headers[.authorization] != nil {
            switch try await BearerToken.viewer(request, tokens: tokens) {
            case .success(let viewer): context.viewer = viewer
            case .failure(let refusal): return refusal.problem(instance: request.uri.path).response()
            }
        } else if let token = request.cookies[Self.sessionCookieName]?.value, let session = try await sessions.find(token: token) {
            context.viewer = Viewer(user: session.user)
            context.session = SessionCookie(token: token, csrfToken: session.csrfToken)
        }
        let state = RequestState(viewer: context.viewer, account: AccountBar(context, path: request.uri.path),
                                 datasetNotice: await notice.current())
        var response = try await RequestState.$current.withValue(state) {
            try await next(request, context)
        }
        if context.viewer.isSignedIn || request.uri.path == SiteRoute.signIn().path {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}

/// Who is asking on the API: a bearer token only. No cookie is read, so no API request can
/// be forged by a browser and the API needs no CSRF token.
struct APIAuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let tokens: APITokens

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        if request.headers[.authorization] != nil {
            switch try await BearerToken.viewer(request, tokens: tokens) {
            case .success(let viewer): context.viewer = viewer
            case .failure(let refusal): return refusal.problem(instance: request.uri.path).response()
            }
        }
        let state = RequestState(viewer: context.viewer, account: .anonymous)
        return try await RequestState.$current.withValue(state) {
            try await next(request, context)
        }
    }
}

/// An `Authorization: Bearer` header read as a user's API token. A token that is not
/// valid is refused outright (401), never read as anonymous.
enum BearerToken {
    static func viewer(_ request: Request, tokens: APITokens) async throws -> Result<Viewer, Failure> {
        guard let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer "),
              let user = try await tokens.user(for: String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces))
        else {
            return .failure(Failure(status: .unauthorized, title: "Niet aangemeld",
                                    detail: "Het API-token in de Authorization-header is onbekend, ingetrokken of van een geblokkeerde gebruiker.",
                                    invalidFields: [], underlying: SignInRequired()))
        }
        return .success(Viewer(user: user))
    }
}
