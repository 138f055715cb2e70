import Foundation
import Hummingbird
import TafelCore
import TafelStore

/// Refuses every state-changing form post that does not carry the page's CSRF token:
/// the session's token when signed in, else the `tafel_csrf` cookie's (set by the sign-in page).
/// Runs for the pages only: the API is authenticated by bearer tokens, which a browser never sends by itself.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppContext
    static let cookie = "tafel_csrf"
    static let field = "csrf"

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard request.method != .get, request.method != .head else {
            return try await next(request, context)
        }
        // Without a session nothing can change except signing in: other posts go on to be
        // refused as "please sign in" by their route.
        guard context.session != nil || request.uri.path == SiteRoute.signIn().path else {
            return try await next(request, context)
        }
        var request = request
        var context = context
        if let upload = try await request.multipart(context: context) {
            context.upload = upload
            context.form = FormData(fields: upload.fields)
        }
        let form = try await request.form(context: context)
        context.form = form
        let expected = context.session?.csrfToken ?? request.cookies[Self.cookie]?.value ?? ""
        guard !expected.isEmpty, let sent = form[Self.field], Secret.constantTimeEquals(sent, expected) else {
            throw Failure(status: .forbidden, title: "Formulier verlopen",
                          detail: "Dit formulier is verlopen of kwam niet van deze site. Ga terug, laad de pagina opnieuw en probeer het nog eens.",
                          invalidFields: [], underlying: AccessDenied("CSRF-token ontbreekt of klopt niet"))
        }
        return try await next(request, context)
    }
}
