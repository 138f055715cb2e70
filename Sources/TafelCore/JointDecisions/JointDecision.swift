/// A joint draft decision (gezamenlijk conceptbesluit): a proposal that a body, such as a VDG
/// bestuurlijk overleg, offers to the autonomous colleges of a set of municipalities, each of
/// which decides for itself. The responses say per organisation where it stands; those who
/// adopted it are the coalition of the willing.
public struct JointDecision: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    /// What the draft decision proposes, in its own words.
    public var proposal: String?
    public var description: String?
    public var organ: DecisionOrgan?
    public var offeredOn: PartialDate?
    /// By when the colleges are asked to decide.
    public var respondBy: PartialDate?
    public var responses: [JointDecisionResponse]
    public var meta: RecordMeta

    public init(id: String, title: String, proposal: String?, description: String?, organ: DecisionOrgan?, offeredOn: PartialDate?,
                respondBy: PartialDate?, responses: [JointDecisionResponse], meta: RecordMeta) {
        self.id = id; self.title = title; self.proposal = proposal; self.description = description; self.organ = organ
        self.offeredOn = offeredOn; self.respondBy = respondBy; self.responses = responses; self.meta = meta
    }

    public var coalition: JointDecisionCoalition { JointDecisionCoalition(responses) }
}

/// One organisation's answer to a joint decision: its status, when, and where its own decision is.
public struct JointDecisionResponse: Sendable, Hashable {
    public var organisation: Reference
    /// The CBS code of the organisation (GM0106), which places it on a map.
    public var cbsCode: String?
    public var status: JointDecisionStatus
    public var decidedOn: PartialDate?
    /// The local decision on the organisation's own site.
    public var decisionURL: String?
    public var document: Reference?
    public var note: String?

    public init(organisation: Reference, cbsCode: String? = nil, status: JointDecisionStatus, decidedOn: PartialDate? = nil,
                decisionURL: String? = nil, document: Reference? = nil, note: String? = nil) {
        self.organisation = organisation; self.cbsCode = cbsCode; self.status = status; self.decidedOn = decidedOn
        self.decisionURL = decisionURL; self.document = document; self.note = note
    }
}

/// The responses counted: how many organisations stand where, and who adopted.
public struct JointDecisionCoalition: Sendable, Hashable {
    public struct Count: Sendable, Hashable {
        public let status: JointDecisionStatus
        public let count: Int
    }

    /// Per status that occurs, in the vocabulary's order.
    public let counts: [Count]
    public let adopters: [Reference]
    public let pending: Int
    public let total: Int

    public init(_ responses: [JointDecisionResponse]) {
        var byStatus: [JointDecisionStatus: Int] = [:]
        for response in responses { byStatus[response.status, default: 0] += 1 }
        counts = JointDecisionStatus.allCases.compactMap { status in byStatus[status].map { Count(status: status, count: $0) } }
        adopters = responses.filter(\.status.isAdopted).map(\.organisation)
        pending = responses.filter(\.status.isPending).count
        total = responses.count
    }

    /// "5 van de 12 hebben vastgesteld, 3 moeten nog besluiten"
    public var dutch: String {
        guard total > 0 else { return "Nog aan geen enkele organisatie aangeboden" }
        var text = "\(adopters.count) van de \(total) \(adopters.count == 1 ? "heeft" : "hebben") vastgesteld"
        if pending > 0 { text += ", \(pending) \(pending == 1 ? "moet" : "moeten") nog besluiten" }
        return text
    }
}

/// A decision in a list, with who offered it as far as the viewer may see.
public struct JointDecisionListItem: Sendable, Hashable {
    public var decision: JointDecision
    public var offeredBy: Reference?

    public init(decision: JointDecision, offeredBy: Reference?) {
        self.decision = decision; self.offeredBy = offeredBy
    }
}

/// A decision with everything it links to, as far as the viewer may see it.
public struct JointDecisionDetail: Sendable {
    public var decision: JointDecision
    public var offeredBy: Reference?
    public var owner: Reference?
    public var task: Reference?
    public var meeting: Reference?
    public var document: Reference?
    public var collaboration: Reference?
    public var sources: [Source]
    public var access: [Reference]

    public var accessGroups: Set<Group> { access.groups }

    public init(decision: JointDecision, offeredBy: Reference?, owner: Reference?, task: Reference?, meeting: Reference?, document: Reference?,
                collaboration: Reference?, sources: [Source], access: [Reference] = []) {
        self.decision = decision; self.offeredBy = offeredBy; self.owner = owner; self.task = task; self.meeting = meeting
        self.document = document; self.collaboration = collaboration; self.sources = sources; self.access = access
    }
}
