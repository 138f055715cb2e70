import Mustache
import TafelCore

/// A page model with the signed-in state beside it, so that the layout can show
/// "Inloggen" or the user's name without every page model carrying it.
struct Framed<Page: Sendable>: Sendable, MustacheParent {
    let page: Page
    let account: AccountBar
    var datasetNotice: String? = nil

    func child(named name: String) -> Any? {
        if name == "account" { return account }
        if name == "datasetNotice" { return datasetNotice }
        guard let value = Mirror(reflecting: page).children.first(where: { $0.label == name })?.value else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}

/// The header's account corner.
struct AccountBar: Sendable {
    let signedIn: Bool
    let name: String
    let role: String
    let csrf: String
    let signInHref: String

    static let anonymous = AccountBar(signedIn: false, name: "", role: "", csrf: "", signInHref: SitePath.signIn)

    init(signedIn: Bool, name: String, role: String, csrf: String, signInHref: String) {
        self.signedIn = signedIn; self.name = name; self.role = role; self.csrf = csrf
        self.signInHref = signInHref
    }

    init(_ context: AppContext, path: String) {
        signedIn = context.viewer.isSignedIn
        name = context.viewer.name ?? ""
        role = context.viewer.role?.label ?? ""
        csrf = context.session?.csrfToken ?? ""
        let back = path == SitePath.signIn || path == SitePath.signOut ? "" : "?terug=" + ListPage.encode(path)
        signInHref = SitePath.signIn + back
    }
}
