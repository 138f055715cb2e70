/// What the measures of Inzicht are computed from: the municipalities of a province and the
/// collaborations, seats and meetings they take part in, as far as the viewer may see them (so
/// that a record the public may not see never changes a public number). Plain facts, read by
/// the store; every measure is a pure function over them and a date.
public struct InsightData: Sendable {
    public struct Municipality: Sendable, Hashable, Identifiable {
        public let id: String
        public let name: String
        public let cbsCode: String?
        public let inhabitants: Int?

        public init(id: String, name: String, cbsCode: String?, inhabitants: Int?) {
            self.id = id; self.name = name; self.cbsCode = cbsCode; self.inhabitants = inhabitants
        }
    }

    public struct Participation: Sendable, Hashable {
        public let organisationID: String
        public let start: PartialDate?
        public let end: PartialDate?

        public init(organisationID: String, start: PartialDate? = nil, end: PartialDate? = nil) {
            self.organisationID = organisationID; self.start = start; self.end = end
        }
    }

    public struct Collaboration: Sendable, Hashable, Identifiable {
        public let id: String
        public let name: String
        public let form: CollaborationForm?
        public let status: CollaborationStatus?
        public let start: PartialDate?
        public let end: PartialDate?
        public let participants: [Participation]
        /// What the councils or the Staten are given: empty when the sources do not say.
        public let councilInvolvement: Set<CouncilInvolvement>
        /// The tasks (opgaven) it serves.
        public let taskIDs: [String]
        /// Its amounts in euro cents, summed per kind; absent kinds are not known.
        public let amounts: [AmountKind: Int64]

        public init(id: String, name: String, form: CollaborationForm? = nil, status: CollaborationStatus? = nil,
                    start: PartialDate? = nil, end: PartialDate? = nil, participants: [Participation],
                    councilInvolvement: Set<CouncilInvolvement> = [], taskIDs: [String] = [], amounts: [AmountKind: Int64] = [:]) {
            self.id = id; self.name = name; self.form = form; self.status = status; self.start = start; self.end = end
            self.participants = participants; self.councilInvolvement = councilInvolvement
            self.taskIDs = taskIDs; self.amounts = amounts
        }

        /// Its money: the budget where the sources give one, else the sum of the contributions
        /// (the province's and others'); an investment it drew in is no money of its own. Nil when none is known.
        public var money: Int64? {
            if let budget = amounts[.budget] { return budget }
            let contributions = [amounts[.provincialeBijdrage], amounts[.bijdrage]].compactMap { $0 }
            return contributions.isEmpty ? nil : contributions.reduce(0, +)
        }

        /// Whether it runs on `date`: its period holds then; without a known end, a status that
        /// says it ended (afgerond, gestopt, niet haalbaar) ends it.
        public func runs(on date: PartialDate) -> Bool {
            guard date.isWithin(start: start, end: end) else { return false }
            if end == nil, let status, [.afgerond, .gestopt, .nietHaalbaar].contains(status) { return false }
            return true
        }

        /// The organisations taking part on `date`.
        public func participants(on date: PartialDate) -> Set<String> {
            Set(participants.filter { date.isWithin(start: $0.start, end: $0.end) }.map(\.organisationID))
        }
    }

    /// A person's seat in a body on behalf of an organisation.
    public struct Seat: Sendable, Hashable {
        public let bodyID: String
        public let organisationID: String
        public let start: PartialDate?
        public let end: PartialDate?

        public init(bodyID: String, organisationID: String, start: PartialDate? = nil, end: PartialDate? = nil) {
            self.bodyID = bodyID; self.organisationID = organisationID; self.start = start; self.end = end
        }
    }

    /// A task (opgave) on a task agenda.
    public struct Task: Sendable, Hashable, Identifiable {
        public let id: String
        public let name: String
        public let number: Int?
        public let cluster: String?
        public let agendaID: String
        public let agendaName: String

        public init(id: String, name: String, number: Int? = nil, cluster: String? = nil, agendaID: String, agendaName: String) {
            self.id = id; self.name = name; self.number = number; self.cluster = cluster
            self.agendaID = agendaID; self.agendaName = agendaName
        }
    }

    /// A commitment made by someone of the province or its municipalities: who, and what its dates say.
    public struct Commitment: Sendable, Hashable, Identifiable {
        public let id: String
        /// The person who promised (the portefeuillehouder), else the body as a whole.
        public let byPersonID: String?
        public let byBodyID: String?
        public let madeOn: PartialDate?
        public let deadline: CommitmentDeadline
        public let fulfilledOn: PartialDate?
        public let decision: CommitmentDecision?

        public init(id: String, byPersonID: String? = nil, byBodyID: String? = nil, madeOn: PartialDate? = nil,
                    deadline: CommitmentDeadline = .init(), fulfilledOn: PartialDate? = nil, decision: CommitmentDecision? = nil) {
            self.id = id; self.byPersonID = byPersonID; self.byBodyID = byBodyID; self.madeOn = madeOn
            self.deadline = deadline; self.fulfilledOn = fulfilledOn; self.decision = decision
        }
    }

    /// A body with a meeting rule (meetings per year): of the province or one of its municipalities, of an
    /// organisation one of them is a member of (the association of municipalities), or one they hold seats in.
    public struct RuledBody: Sendable, Hashable, Identifiable {
        public let id: String
        public let name: String
        public let minimum: Int?
        public let maximum: Int?
        /// When it belongs to the province's structure, where that is bounded: a body of an association
        /// counts while a municipality of the province is a member (nil: always).
        public let start: PartialDate?
        public let end: PartialDate?

        public init(id: String, name: String, minimum: Int?, maximum: Int?, start: PartialDate? = nil, end: PartialDate? = nil) {
            self.id = id; self.name = name; self.minimum = minimum; self.maximum = maximum; self.start = start; self.end = end
        }
    }

    public struct Meeting: Sendable, Hashable {
        public let bodyID: String
        public let date: PartialDate

        public init(bodyID: String, date: PartialDate) { self.bodyID = bodyID; self.date = date }
    }

    public let municipalities: [Municipality]
    public let collaborations: [Collaboration]
    public let seats: [Seat]
    public let meetings: [Meeting]
    /// The organisation each body belongs to (a municipality's own bodies are no collaboration).
    public let bodyOwners: [String: String]
    /// The name of every organisation the viewer may see, for the network.
    public let organisationNames: [String: String]
    /// The tasks of every agenda that one of the collaborations serves, in the agendas' order.
    public let tasks: [Task]
    public let commitments: [Commitment]
    /// The names of the persons and bodies commitments were made by, as far as the viewer may see them.
    public let commitmentMakers: [String: String]
    public let ruledBodies: [RuledBody]

    public init(municipalities: [Municipality], collaborations: [Collaboration], seats: [Seat] = [], meetings: [Meeting] = [],
                bodyOwners: [String: String] = [:], organisationNames: [String: String] = [:], tasks: [Task] = [],
                commitments: [Commitment] = [], commitmentMakers: [String: String] = [:], ruledBodies: [RuledBody] = []) {
        self.municipalities = municipalities; self.collaborations = collaborations; self.seats = seats
        self.meetings = meetings; self.bodyOwners = bodyOwners; self.organisationNames = organisationNames
        self.tasks = tasks; self.commitments = commitments; self.commitmentMakers = commitmentMakers; self.ruledBodies = ruledBodies
    }

}
