/// A collaboration between governments and partners.
public struct Collaboration: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var shortName: String?
    public var purpose: String?
    public var description: String?
    public var form: CollaborationForm?
    public var wgrForm: WgrForm?
    public var status: CollaborationStatus?
    public var statusReason: String?
    public var start: PartialDate?
    public var end: PartialDate?
    public var provinceRoles: [ProvinceRole]
    public var domains: [String]
    public var councilInvolvement: [CouncilInvolvement] = []
    public var councilReporting: String?
    public var legalBasis: String?
    public var seat: String?
    public var transferredPowers: String?
    /// When it was archived: archived collaborations leave the register but keep their page and history.
    public var archivedAt: String?
    public var meta: RecordMeta

    public init(id: String, name: String, shortName: String?, purpose: String?, description: String?,
                form: CollaborationForm?, wgrForm: WgrForm?, status: CollaborationStatus?, statusReason: String?,
                start: PartialDate?, end: PartialDate?, provinceRoles: [ProvinceRole], domains: [String],
                meta: RecordMeta) {
        self.id = id; self.name = name; self.shortName = shortName; self.purpose = purpose
        self.description = description; self.form = form; self.wgrForm = wgrForm; self.status = status
        self.statusReason = statusReason; self.start = start; self.end = end
        self.provinceRoles = provinceRoles; self.domains = domains; self.meta = meta
    }

    public var periodText: String? { PeriodText.dutch(start: start, end: end) }
}

/// An organisation taking part in a collaboration, with its role and dates.
public struct Participation: Sendable, Hashable {
    public var collaborationID: String
    public var organisationID: String
    public var role: ParticipantRole
    public var start: PartialDate?
    public var end: PartialDate?

    public init(collaborationID: String, organisationID: String, role: ParticipantRole,
                start: PartialDate?, end: PartialDate?) {
        self.collaborationID = collaborationID; self.organisationID = organisationID
        self.role = role; self.start = start; self.end = end
    }
}

/// Money in a collaboration: a budget, a contribution, or the investment it drew in.
public struct CollaborationAmount: Sendable, Hashable {
    public var collaborationID: String
    public var description: String
    public var kind: AmountKind
    public var amount: Money
    public var organisationID: String?
    public var period: String?

    public init(collaborationID: String, description: String, kind: AmountKind, amount: Money,
                organisationID: String?, period: String?) {
        self.collaborationID = collaborationID; self.description = description; self.kind = kind
        self.amount = amount; self.organisationID = organisationID; self.period = period
    }
}
