/// A task agenda: a list of tasks (opgaven) set by someone, e.g. the IBP 2018.
public struct TaskAgenda: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var ownerID: String?
    public var adopted: PartialDate?
    public var description: String?
    public var meta: RecordMeta

    public init(id: String, name: String, ownerID: String?, adopted: PartialDate?, description: String?,
                meta: RecordMeta) {
        self.id = id; self.name = name; self.ownerID = ownerID; self.adopted = adopted
        self.description = description; self.meta = meta
    }
}

/// A task (opgave) on an agenda, or a provincial policy product with its role and consequences.
public struct Task: Sendable, Hashable, Identifiable {
    public var id: String
    public var agendaID: String
    public var number: Int?
    public var name: String
    public var cluster: String?
    public var description: String?
    public var provinceRoles: [ProvinceRole]
    public var consequences: [PolicyConsequence]
    public var meta: RecordMeta

    public init(id: String, agendaID: String, number: Int?, name: String, cluster: String?,
                description: String?, provinceRoles: [ProvinceRole], consequences: [PolicyConsequence], meta: RecordMeta) {
        self.id = id; self.agendaID = agendaID; self.number = number; self.name = name
        self.cluster = cluster; self.description = description; self.provinceRoles = provinceRoles
        self.consequences = consequences; self.meta = meta
    }
}
