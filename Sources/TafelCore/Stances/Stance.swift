/// A position (standpunt) that governments take together towards another government: the
/// association's collective view on the Rijk's, the VNG's, the province's or Europe's policy,
/// what it says, who holds and carries it, which organisations support it, whether it is on the
/// lobby agenda, where it stands and which tasks it concerns.
public struct Stance: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    /// The position in its own words.
    public var text: String?
    public var description: String?
    public var addressee: StanceAddressee
    public var status: StanceStatus
    public var takenOn: PartialDate?
    public var onLobbyAgenda: Bool
    public var meta: RecordMeta

    public init(id: String, title: String, text: String?, description: String?, addressee: StanceAddressee, status: StanceStatus,
                takenOn: PartialDate?, onLobbyAgenda: Bool, meta: RecordMeta) {
        self.id = id; self.title = title; self.text = text; self.description = description; self.addressee = addressee
        self.status = status; self.takenOn = takenOn; self.onLobbyAgenda = onLobbyAgenda; self.meta = meta
    }
}

/// A position in a list, with who holds it as far as the viewer may see.
public struct StanceListItem: Sendable, Hashable {
    public var stance: Stance
    public var owner: Reference?
    public var addressee: Reference?
    public var supporters: Int

    public init(stance: Stance, owner: Reference?, addressee: Reference?, supporters: Int) {
        self.stance = stance; self.owner = owner; self.addressee = addressee; self.supporters = supporters
    }
}

/// A position with everything it links to, as far as the viewer may see it.
public struct StanceDetail: Sendable {
    public var stance: Stance
    public var addressee: Reference?
    public var owner: Reference?
    public var body: Reference?
    public var carrier: Reference?
    public var meeting: Reference?
    public var document: Reference?
    public var supporters: [Reference]
    public var tasks: [Reference]
    public var sources: [Source]
    public var access: [Reference]

    public var accessGroups: Set<Group> { access.groups }

    public init(stance: Stance, addressee: Reference?, owner: Reference?, body: Reference?, carrier: Reference?, meeting: Reference?,
                document: Reference?, supporters: [Reference], tasks: [Reference], sources: [Source], access: [Reference] = []) {
        self.stance = stance; self.addressee = addressee; self.owner = owner; self.body = body; self.carrier = carrier
        self.meeting = meeting; self.document = document; self.supporters = supporters; self.tasks = tasks; self.sources = sources
        self.access = access
    }
}
