import Foundation
import HTTPTypes
import Hummingbird
import TafelCore
import TafelStore

/// Works out who is asking: a session cookie on pages, a bearer token on the API.
/// A bearer token that is not valid is refused outright (401), never read as anonymous.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppContext
    public static let sessionCookieName = "tafel_sessie"

    let sessions: Sessions
    let tokens: APITokens
    let notice: DatasetNotice

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        do {
            return try await authenticate(request, context: context, next: next)
        } catch let failure as Failure {
            // Runs outside the error middleware (which needs to know the viewer): answer here.
            return failure.problem(instance: request.uri.path).response()
        }
    }

    private func authenticate(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        // `/metrics` has a bearer token of its own (OperationsRoutes), not a user's.
        if let authorization = request.headers[.authorization], request.uri.path != OperationsRoutes.metricsPath {
            guard authorization.lowercased().hasPrefix("bearer "),
                  let user = try await tokens.user(for: String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces))
            else {
                throw Failure(status: .unauthorized, title: "Niet aangemeld",
                              detail: "Het API-token in de Authorization-header is onbekend, ingetrokken of van een geblokkeerde gebruiker.",
                              invalidFields: [], underlying: SignInRequired())
            }
            context.viewer = Viewer(user: user)
        } else if !request.uri.path.hasPrefix("/api/"),  // the API takes bearer tokens only: no cookie, so no CSRF
                  let token = request.cookies[Self.sessionCookieName]?.value,
                  let session = try await sessions.find(token: token) {
            context.viewer = Viewer(user: session.user)
            context.session = SessionCookie(token: token, csrfToken: session.csrfToken)
        }
        let state = RequestState(viewer: context.viewer, account: AccountBar(context, path: request.uri.path),
                                 datasetNotice: request.uri.path.hasPrefix("/api/") ? nil : await notice.current())
        var response = try await RequestState.$current.withValue(state) {
            try await next(request, context)
        }
        // What a signed-in user sees (accounts, forms, intern and vertrouwelijk records) and the
        // sign-in form with its CSRF token must never be kept by a browser or a proxy.
        if context.viewer.isSignedIn || request.uri.path == SitePath.signIn {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}
