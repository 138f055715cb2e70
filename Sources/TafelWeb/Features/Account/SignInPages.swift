import Foundation
import Hummingbird
import TafelCore
import TafelStore

/// Signing in and out, and the account page with the user's API tokens.
struct SignInPages {
    let accounts: Accounts
    let sessions: Sessions
    let tokens: APITokens
    let throttle: SignInThrottle
    let renderer: Renderer
    let servedOverTLS: Bool

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.signIn(), use: showSignIn)
        router.post(.signIn(), use: signIn)
        router.post(.signOut, use: signOut)
        router.get(.account, use: showAccount)
        router.post(.accountTokens, use: createToken)
        router.post(.revokeToken(.routeID), use: revokeToken)
    }

    struct SignInModel: Sendable {
        let shell = Shell(title: "Inloggen", section: nil)
        let email: String
        let back: String
        let csrf: String
        let message: String?
    }

    func showSignIn(_ request: Request, context: AppContext) async throws -> Response {
        if context.viewer.isSignedIn { return .redirect(to: SiteRoute.account.path, type: .normal) }
        return try signInPage(email: "", back: request.uri.queryParameters["terug"].map(String.init) ?? "", request: request)
    }

    func signIn(_ request: Request, context: AppContext) async throws -> Response {
        var request = request
        let form = try await request.form(context: context)
        let email = (form["email"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let back = form["terug"] ?? ""
        if try await throttle.isBlocked(email: email, address: context.remoteAddress) {
            return try signInPage(email: email, back: back, request: request, status: .tooManyRequests, message: Self.throttled)
        }
        guard let user = try await accounts.verify(email: email, password: form["wachtwoord"] ?? "") else {
            guard try await throttle.recordFailure(email: email, address: context.remoteAddress) else {
                return try signInPage(email: email, back: back, request: request, status: .tooManyRequests, message: Self.throttled)
            }
            return try signInPage(email: email, back: back, request: request, status: .unauthorized,
                                  message: "E-mailadres of wachtwoord onjuist.")
        }
        try await throttle.recordSuccess(email: email)
        let token = try await sessions.start(userID: user.id)
        var response = Response.redirect(to: Self.safeReturn(back), type: .normal)
        response.setCookie(Cookie(name: PageAuthenticationMiddleware.sessionCookieName, value: token,
                                  maxAge: Int(Sessions.idleLifetime), path: "/", secure: servedOverTLS,
                                  httpOnly: true, sameSite: .lax))
        return response
    }

    static let throttled = "Te veel mislukte pogingen om in te loggen. Wacht \(Int(SignInThrottle.window / 60)) minuten en probeer het dan opnieuw."

    func signOut(_ request: Request, context: AppContext) async throws -> Response {
        if let session = context.session { try await sessions.end(token: session.token) }
        var response = Response.redirect(to: SiteRoute.home.path, type: .normal)
        response.setCookie(Cookie(name: PageAuthenticationMiddleware.sessionCookieName, value: "", maxAge: 0, path: "/",
                                  secure: servedOverTLS, httpOnly: true, sameSite: .lax))
        return response
    }

    struct AccountModel: Sendable {
        struct TokenLine: Sendable {
            let id: String, name: String, prefix: String, created: String, lastUsed: String, revokeHref: SiteRoute?
        }
        let shell = Shell(title: "Mijn account", section: nil)
        let name: String
        let email: String
        let role: String
        let groups: [String]
        let hasGroups: Bool
        let tokens: [TokenLine]
        let hasTokens: Bool
        let newToken: String?
        let csrf: String
        let tokenError: String?
    }

    func showAccount(_ request: Request, context: AppContext) async throws -> Response {
        try await accountPage(context)
    }

    func createToken(_ request: Request, context: AppContext) async throws -> Response {
        guard let userID = context.viewer.userID else { throw SignInRequired() }
        var request = request
        let form = try await request.form(context: context)
        do {
            let made = try await tokens.create(userID: userID, name: form["naam"] ?? "")
            return try await accountPage(context, newToken: made.secret, status: .created)
        } catch let failure as ValidationFailure {
            return try await accountPage(context, tokenError: failure.summary, status: .badRequest)
        }
    }

    func revokeToken(_ request: Request, context: AppContext) async throws -> Response {
        guard let userID = context.viewer.userID else { throw SignInRequired() }
        let id = try context.parameters.require("id")
        guard try await tokens.revoke(id: id, userID: userID) else {
            throw HTTPError(.notFound, message: "Dit API-token bestaat niet of is al ingetrokken.")
        }
        return .redirect(to: SiteRoute.account.path, type: .normal)
    }

    private func accountPage(_ context: AppContext, newToken: String? = nil, tokenError: String? = nil,
                             status: HTTPResponse.Status = .ok) async throws -> Response {
        guard let userID = context.viewer.userID, let user = try await accounts.user(id: userID) else { throw SignInRequired() }
        let lines = try await tokens.list(userID: userID).map { token in
            AccountModel.TokenLine(
                id: token.id, name: token.name, prefix: token.prefix + "…", created: Format.dateTime(token.created),
                lastUsed: token.revoked.map { "ingetrokken op " + Format.dateTime($0) }
                    ?? token.lastUsed.map(Format.dateTime) ?? "nog niet gebruikt",
                revokeHref: token.revoked == nil ? .revokeToken(token.id) : nil)
        }
        return renderer.render(AccountModel(
            name: user.name, email: user.email, role: user.role.label,
            groups: user.groups.map { "\($0.kind == .organisatie ? "Organisatie" : "Gremium") \($0.id)" },
            hasGroups: !user.groups.isEmpty, tokens: lines, hasTokens: !lines.isEmpty, newToken: newToken,
            csrf: context.session?.csrfToken ?? "", tokenError: tokenError), status: status)
    }

    private func signInPage(email: String, back: String, request: Request, status: HTTPResponse.Status = .ok,
                            message: String? = nil) throws -> Response {
        let csrf = request.cookies[CSRFMiddleware.cookie]?.value ?? Secret.token()
        var response = renderer.render(SignInModel(email: email, back: Self.safeReturn(back) == SiteRoute.account.path ? "" : back,
                                                                    csrf: csrf, message: message), status: status)
        response.setCookie(Cookie(name: CSRFMiddleware.cookie, value: csrf, path: "/", secure: servedOverTLS,
                                  httpOnly: true, sameSite: .lax))
        return response
    }

    /// Only a path on this site, never another host: `//evil.example`, `https://…`, `/\evil`
    /// and `/<TAB>/evil.example` (browsers drop tabs and newlines, leaving `//evil.example`)
    /// all become the account page. The value must parse as a URL with neither scheme nor host.
    static func safeReturn(_ back: String) -> String {
        guard back.hasPrefix("/"), !back.hasPrefix("//"), back != SiteRoute.signIn().path,
              !back.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control
                  || $0.properties.generalCategory == .format || $0 == "\\" }),
              let url = URLComponents(string: back), url.scheme == nil, url.host == nil, url.path.hasPrefix("/"),
              !url.path.hasPrefix("//")
        else {
            return SiteRoute.account.path
        }
        return back
    }
}
