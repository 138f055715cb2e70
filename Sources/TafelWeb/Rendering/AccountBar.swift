import TafelCore

/// The header's account corner: "Inloggen", or the user's name, role and "Uitloggen".
struct AccountBar: Sendable {
    let signedIn: Bool
    let name: String
    let role: String
    let csrf: String
    let signIn: SiteRoute

    static let anonymous = AccountBar(signedIn: false, name: "", role: "", csrf: "", signIn: .signIn())

    init(signedIn: Bool, name: String, role: String, csrf: String, signIn: SiteRoute) {
        self.signedIn = signedIn; self.name = name; self.role = role; self.csrf = csrf
        self.signIn = signIn
    }

    /// For the page at `path`: signing in leads back to it.
    init(_ context: AppContext, path: String) {
        signedIn = context.viewer.isSignedIn
        name = context.viewer.name ?? ""
        role = context.viewer.role?.label ?? ""
        csrf = context.session?.csrfToken ?? ""
        signIn = .signIn(back: path == SiteRoute.signIn().path || path == SiteRoute.signOut.path ? nil : path)
    }
}
