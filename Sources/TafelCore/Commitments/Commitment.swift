/// A commitment (toezegging): what an executive promised, to whom, where and by when, and
/// what became of it. Whether it is open, kept or kept late follows from its dates
/// (`standing(on:)`); only lapsing and holding it over are an editor's decision.
public struct Commitment: Sendable, Hashable, Identifiable {
    public var id: String
    /// A short name for lists: "Uitwerking sociaal domein".
    public var title: String
    /// The promise as the source words it.
    public var text: String
    /// The day (or month, or year) it was made.
    public var madeOn: PartialDate?
    public var deadline: CommitmentDeadline
    /// When it was kept: the date of the (last) fulfilling document, or as an editor records it.
    public var fulfilledOn: PartialDate?
    public var decision: CommitmentDecision?
    /// Why it lapsed or is held over.
    public var decisionNote: String?
    public var description: String?
    public var meta: RecordMeta

    public init(id: String, title: String, text: String, madeOn: PartialDate?, deadline: CommitmentDeadline,
                fulfilledOn: PartialDate?, decision: CommitmentDecision?, decisionNote: String?, description: String?,
                meta: RecordMeta) {
        self.id = id; self.title = title; self.text = text; self.madeOn = madeOn; self.deadline = deadline
        self.fulfilledOn = fulfilledOn; self.decision = decision; self.decisionNote = decisionNote
        self.description = description; self.meta = meta
    }

    public func standing(on day: PartialDate) -> CommitmentStanding {
        CommitmentStanding(deadline: deadline, fulfilledOn: fulfilledOn, decision: decision, on: day)
    }
}

extension CommitmentDeadline {
    /// "uiterlijk 15 januari 2010", "voor de behandeling van de begroting (2012)", or nil when none is set.
    public var dutch: String? {
        switch (date, event) {
        case let (date?, event?): "\(event) (\(date.dutch))"
        case let (date?, nil): "uiterlijk \(date.dutch)"
        case let (nil, event?): event
        case (nil, nil): nil
        }
    }
}

/// A commitment in a list: who made it and to whom, as far as the viewer may see them.
public struct CommitmentListItem: Sendable, Hashable {
    public var commitment: Commitment
    /// The person who promised, or else the body as a whole ("Gedeputeerde Staten").
    public var by: Reference?
    /// The body or organisation it was made to.
    public var to: Reference?

    public init(commitment: Commitment, by: Reference?, to: Reference?) {
        self.commitment = commitment; self.by = by; self.to = to
    }
}

/// A commitment with everything it links to, as far as the viewer may see it.
public struct CommitmentDetail: Sendable {
    public var commitment: Commitment
    public var byPerson: Reference?
    public var byBody: Reference?
    public var toBody: Reference?
    public var toOrganisation: Reference?
    /// Where it was made: a meeting (and the outcome there that records it), or a letter.
    public var meeting: Reference?
    public var outcome: String?
    public var document: Reference?
    /// The documents that keep it, in order.
    public var fulfilments: [Reference]
    public var sources: [Source]
    public var access: [Reference]

    public var accessGroups: Set<Group> { access.groups }

    public init(commitment: Commitment, byPerson: Reference?, byBody: Reference?, toBody: Reference?, toOrganisation: Reference?,
                meeting: Reference?, outcome: String?, document: Reference?, fulfilments: [Reference], sources: [Source],
                access: [Reference] = []) {
        self.commitment = commitment; self.byPerson = byPerson; self.byBody = byBody; self.toBody = toBody
        self.toOrganisation = toOrganisation; self.meeting = meeting; self.outcome = outcome; self.document = document
        self.fulfilments = fulfilments; self.sources = sources; self.access = access
    }
}
