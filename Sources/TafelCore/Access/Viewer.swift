/// Who is looking: the public, or a signed-in user with a role and memberships.
/// Every read in the store is filtered for a viewer; every write checks one.
public struct Viewer: Sendable, Hashable {
    public let userID: String?
    public let name: String?
    public let role: Role?
    /// The organisations and bodies the user belongs to: they open `vertrouwelijk`
    /// records naming them and, for a redacteur, limit what they may edit.
    public let groups: Set<Group>

    public static let anonymous = Viewer(userID: nil, name: nil, role: nil, groups: [])

    public init(userID: String?, name: String?, role: Role?, groups: Set<Group>) {
        self.userID = userID
        self.name = name
        self.role = role
        self.groups = groups
    }

    public init(user: User) {
        self.init(userID: user.id, name: user.name, role: user.role, groups: Set(user.groups))
    }

    public var isSignedIn: Bool { role != nil }
    public var isAdministrator: Bool { role == .beheerder }

    /// Whether a record at `level`, naming `recordGroups`, may be shown to this viewer.
    public func mayRead(_ level: Confidentiality, recordGroups: Set<Group>) -> Bool {
        switch level {
        case .openbaar: true
        case .intern: isSignedIn
        case .vertrouwelijk: isAdministrator || (isSignedIn && !groups.isDisjoint(with: recordGroups))
        }
    }

    /// Whether this viewer may create or change a record naming `recordGroups`.
    /// A redacteur without memberships edits everything; with memberships, only
    /// records that name one of them.
    public func mayEdit(recordGroups: Set<Group>) -> Bool {
        switch role {
        case .beheerder: true
        case .redacteur: groups.isEmpty || !groups.isDisjoint(with: recordGroups)
        case .lezer, nil: false
        }
    }

    public var mayEditAnything: Bool { role == .beheerder || role == .redacteur }
}
