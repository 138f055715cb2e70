/// A policy product (beleidsproduct) of a province: what it does in a domain (Mijn jeugd),
/// whether that is a statutory or an autonomous task and a core task, the roles it plays, and
/// what was decided for it: a consequence per subject (breedtesport afbouwen, Topsport
/// voortzetten with a stimulating role), from when, and the alliances it runs through.
public struct PolicyProduct: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// The domain or programme it belongs to ("Programma 2, sociaal domein").
    public var domain: String?
    public var taskKind: PolicyTaskKind?
    /// Whether it is a core task of the province; nil when the source does not say.
    public var isCoreTask: Bool?
    public var roles: [PolicyRole]
    public var description: String?
    public var decidedOn: PartialDate?
    public var consequences: [PolicyProductConsequence]
    public var meta: RecordMeta

    public init(id: String, name: String, domain: String?, taskKind: PolicyTaskKind?, isCoreTask: Bool?, roles: [PolicyRole],
                description: String?, decidedOn: PartialDate?, consequences: [PolicyProductConsequence], meta: RecordMeta) {
        self.id = id; self.name = name; self.domain = domain; self.taskKind = taskKind; self.isCoreTask = isCoreTask
        self.roles = roles; self.description = description; self.decidedOn = decidedOn; self.consequences = consequences
        self.meta = meta
    }

    /// "Autonome taak, geen kerntaak", "Wettelijke taak", or nil when neither is known.
    public var taskDutch: String? {
        let parts = [taskKind?.label, isCoreTask.map { $0 ? "kerntaak" : "geen kerntaak" }].compactMap { $0 }
        guard let first = parts.first else { return nil }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + parts.dropFirst()).joined(separator: ", ")
    }
}

/// One decided consequence for a product: for a subject, what happens, in which role, from when.
public struct PolicyProductConsequence: Sendable, Hashable {
    public var subject: String
    public var consequence: PolicyConsequence
    public var role: PolicyRole?
    public var from: PartialDate?
    public var note: String?

    public init(subject: String, consequence: PolicyConsequence, role: PolicyRole? = nil, from: PartialDate? = nil, note: String? = nil) {
        self.subject = subject; self.consequence = consequence; self.role = role; self.from = from; self.note = note
    }
}

/// A product in a list, with its owner as far as the viewer may see it.
public struct PolicyProductListItem: Sendable, Hashable {
    public var product: PolicyProduct
    public var owner: Reference?

    public init(product: PolicyProduct, owner: Reference?) {
        self.product = product; self.owner = owner
    }
}

/// A product with everything it links to, as far as the viewer may see it.
public struct PolicyProductDetail: Sendable {
    public var product: PolicyProduct
    public var owner: Reference?
    public var task: Reference?
    public var document: Reference?
    public var collaborations: [Reference]
    public var sources: [Source]
    public var access: [Reference]

    public var accessGroups: Set<Group> { access.groups }

    public init(product: PolicyProduct, owner: Reference?, task: Reference?, document: Reference?, collaborations: [Reference],
                sources: [Source], access: [Reference] = []) {
        self.product = product; self.owner = owner; self.task = task; self.document = document
        self.collaborations = collaborations; self.sources = sources; self.access = access
    }
}
