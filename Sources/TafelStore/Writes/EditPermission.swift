import TafelCore

/// Who may store a record: signed in, an editor, in scope for the groups the record
/// names, and still able to read the record afterwards.
enum EditPermission {
    /// `plural` names the records in messages ("documenten", "samenwerkingen").
    static func check(_ plural: String, confidentiality: Confidentiality, access: [Group], by viewer: Viewer) throws {
        try checkRole(plural, of: viewer)
        guard viewer.mayEdit(recordGroups: Set(access)) else {
            throw AccessDenied("U mag alleen \(plural) opslaan die in toegang een organisatie of gremium noemen waarvoor u redacteur bent.")
        }
        guard viewer.mayRead(confidentiality, recordGroups: Set(access)) else {
            throw ValidationFailure(field: "toegang", code: "buitengesloten",
                message: "toegang moet een organisatie of gremium noemen waarvan u lid bent; anders kunt u het vertrouwelijke record daarna zelf niet meer zien.")
        }
    }

    /// Signed in as an editor or administrator: checked before the input, so that a reader learns that first.
    static func checkRole(_ plural: String, of viewer: Viewer) throws {
        guard viewer.isSignedIn else { throw SignInRequired() }
        guard viewer.mayEditAnything else {
            throw AccessDenied("Alleen redacteuren en beheerders mogen \(plural) toevoegen of wijzigen.")
        }
    }
}
