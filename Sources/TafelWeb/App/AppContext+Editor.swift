import Hummingbird
import TafelCore

extension AppContext {
    /// Refuses anyone but a signed-in redacteur or beheerder; `action` says what they tried
    /// ("documenten toevoegen of wijzigen").
    func requireEditor(to action: String) throws {
        guard viewer.isSignedIn else { throw SignInRequired() }
        guard viewer.mayEditAnything else {
            throw AccessDenied("Alleen redacteuren en beheerders mogen \(action). Uw rol is \(viewer.role?.label.lowercased() ?? "onbekend").")
        }
    }
}
