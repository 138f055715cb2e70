/// The structure of bodies as the structure rules see it: bodies, who sits in them in which
/// role, who holds which function in which organisation, and the bodies' meetings. Built by
/// the store for one viewer (only what they may see); the rules are pure functions over it.
public struct Structure: Sendable {
    public struct BodyFacts: Sendable, Hashable {
        public let id: String
        public let name: String
        public let kind: BodyKind
        public let organisationID: String?
        public let parentID: String?
        public let meetingsPerYearMin: Int?
        public let meetingsPerYearMax: Int?

        public init(id: String, name: String, kind: BodyKind, organisationID: String?, parentID: String?,
                    meetingsPerYearMin: Int? = nil, meetingsPerYearMax: Int? = nil) {
            self.id = id; self.name = name; self.kind = kind; self.organisationID = organisationID; self.parentID = parentID
            self.meetingsPerYearMin = meetingsPerYearMin; self.meetingsPerYearMax = meetingsPerYearMax
        }
    }

    /// A person's seat in a body (a membership with a body), or their function in an
    /// organisation (a membership with an organisation, such as burgemeester of Assen).
    public struct Seat: Sendable, Hashable {
        public let personID: String
        public let personName: String
        /// The body, for a seat; nil for a function in an organisation.
        public let bodyID: String?
        public let organisationID: String?
        public let role: String?
        public let onBehalfOfID: String?
        public let start: PartialDate?
        public let end: PartialDate?

        public init(personID: String, personName: String, bodyID: String?, organisationID: String? = nil, role: String?,
                    onBehalfOfID: String? = nil, start: PartialDate? = nil, end: PartialDate? = nil) {
            self.personID = personID; self.personName = personName; self.bodyID = bodyID; self.organisationID = organisationID
            self.role = role; self.onBehalfOfID = onBehalfOfID; self.start = start; self.end = end
        }

        /// Held on `date`: begun by then (or no start known) and not ended before it. An end
        /// at a year or month lasts to its last day; a membership the source only observed
        /// (no start, no end) counts as held.
        public func isHeld(on date: PartialDate) -> Bool { date.isWithin(start: start, end: end) }

        /// The role in lower case (`Voorzitter` → `voorzitter`).
        var normalisedRole: String? { role?.lowercased() }
    }

    public struct OrganisationFacts: Sendable, Hashable {
        public let id: String
        public let name: String
        public let kind: OrganisationKind
        public let parentID: String?

        public init(id: String, name: String, kind: OrganisationKind, parentID: String?) {
            self.id = id; self.name = name; self.kind = kind; self.parentID = parentID
        }
    }

    public struct MeetingFacts: Sendable, Hashable {
        public let id: String
        public let name: String
        public let bodyID: String
        public let date: PartialDate?
        public let status: MeetingStatus
        public let hasMinuteTaker: Bool
        public let hasReport: Bool

        public init(id: String, name: String, bodyID: String, date: PartialDate?, status: MeetingStatus,
                    hasMinuteTaker: Bool, hasReport: Bool) {
            self.id = id; self.name = name; self.bodyID = bodyID; self.date = date; self.status = status
            self.hasMinuteTaker = hasMinuteTaker; self.hasReport = hasReport
        }
    }

    /// An organisation's membership of another (a municipality of the VDG).
    public struct OrganisationSeat: Sendable, Hashable {
        public let memberID: String
        public let organisationID: String
        public let start: PartialDate?
        public let end: PartialDate?

        public init(memberID: String, organisationID: String, start: PartialDate? = nil, end: PartialDate? = nil) {
            self.memberID = memberID; self.organisationID = organisationID; self.start = start; self.end = end
        }

        public func isHeld(on date: PartialDate) -> Bool { date.isWithin(start: start, end: end) }
    }

    /// A body's member of a VNG committee, as its portfolio programme names them.
    public struct CommitteeMember: Sendable, Hashable {
        public let bodyID: String
        public let personID: String
        public let personName: String
        public let committeeName: String?

        public init(bodyID: String, personID: String, personName: String, committeeName: String?) {
            self.bodyID = bodyID; self.personID = personID; self.personName = personName; self.committeeName = committeeName
        }
    }

    public let bodies: [BodyFacts]
    public let seats: [Seat]
    public let committeeMembers: [CommitteeMember]
    public let organisationSeats: [OrganisationSeat]
    public let organisations: [String: OrganisationFacts]
    public let meetings: [MeetingFacts]

    private let bodiesByID: [String: BodyFacts]
    private let seatsByBody: [String: [Seat]]
    private let functionsByPerson: [String: [Seat]]
    private let childrenByParent: [String: [BodyFacts]]
    private let meetingsByBody: [String: [MeetingFacts]]
    private let membersByOrganisation: [String: [OrganisationSeat]]
    private let municipalitiesByProvince: [String: [OrganisationFacts]]

    public init(bodies: [BodyFacts], seats: [Seat], organisations: [OrganisationFacts], meetings: [MeetingFacts],
                organisationSeats: [OrganisationSeat] = [], committeeMembers: [CommitteeMember] = []) {
        self.bodies = bodies
        self.committeeMembers = committeeMembers
        self.seats = seats
        self.organisationSeats = organisationSeats
        self.organisations = Dictionary(organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.meetings = meetings
        bodiesByID = Dictionary(bodies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        seatsByBody = Dictionary(grouping: seats.filter { $0.bodyID != nil }, by: { $0.bodyID ?? "" })
        functionsByPerson = Dictionary(grouping: seats.filter { $0.bodyID == nil && $0.organisationID != nil }, by: \.personID)
        childrenByParent = Dictionary(grouping: bodies.filter { $0.parentID != nil }, by: { $0.parentID ?? "" })
        meetingsByBody = Dictionary(grouping: meetings, by: \.bodyID)
        membersByOrganisation = Dictionary(grouping: organisationSeats, by: \.organisationID)
        municipalitiesByProvince = Dictionary(grouping: self.organisations.values.filter { $0.kind == .gemeente && $0.parentID != nil },
                                              by: { $0.parentID ?? "" }).mapValues { $0.sorted { $0.name < $1.name } }
    }

    public func body(_ id: String) -> BodyFacts? { bodiesByID[id] }

    /// The VNG committee members the programmes of `bodyID` name.
    public func committeeMembers(of bodyID: String) -> [CommitteeMember] { committeeMembers.filter { $0.bodyID == bodyID } }

    public func children(of bodyID: String) -> [BodyFacts] { childrenByParent[bodyID] ?? [] }

    /// The meetings of `bodyID`, in the order the store gave them.
    public func meetings(of bodyID: String) -> [MeetingFacts] { meetingsByBody[bodyID] ?? [] }

    /// The seats in `bodyID` held on `date`.
    public func members(of bodyID: String, on date: PartialDate) -> [Seat] {
        (seatsByBody[bodyID] ?? []).filter { $0.isHeld(on: date) }
    }

    /// The seats in `bodyID` on `date` whose role is one of `roles` (compared without case).
    public func members(of bodyID: String, on date: PartialDate, inRoles roles: [String]) -> [Seat] {
        let wanted = Set(roles.map { $0.lowercased() })
        return members(of: bodyID, on: date).filter { $0.normalisedRole.map(wanted.contains) ?? false }
    }

    public func isMember(_ personID: String, of bodyID: String, on date: PartialDate) -> Bool {
        members(of: bodyID, on: date).contains { $0.personID == personID }
    }

    /// The functions (organisation memberships) `personID` holds on `date`.
    public func functions(of personID: String, on date: PartialDate) -> [Seat] {
        (functionsByPerson[personID] ?? []).filter { $0.isHeld(on: date) }
    }

    /// The municipalities a seat speaks for: the one it is held on behalf of, else those where
    /// its holder has a function on `date`.
    public func municipalities(of seat: Seat, on date: PartialDate) -> Set<String> {
        if let behalf = seat.onBehalfOfID, organisations[behalf]?.kind == .gemeente { return [behalf] }
        if seat.onBehalfOfID == nil, let organisation = seat.organisationID, organisations[organisation]?.kind == .gemeente {
            return [organisation]
        }
        return Set(functions(of: seat.personID, on: date).compactMap(\.organisationID).filter { organisations[$0]?.kind == .gemeente })
    }

    /// The municipalities whose parent organisation is `provinceID`, by name.
    public func municipalities(in provinceID: String) -> [OrganisationFacts] {
        municipalitiesByProvince[provinceID] ?? []
    }

    /// The municipalities that are members of `organisationID` on `date`, by name.
    public func memberMunicipalities(of organisationID: String, on date: PartialDate) -> [OrganisationFacts] {
        let members = Set((membersByOrganisation[organisationID] ?? []).filter { $0.isHeld(on: date) }.map(\.memberID))
        return members.compactMap { organisations[$0] }.filter { $0.kind == .gemeente }.sorted { $0.name < $1.name }
    }

    public func name(ofOrganisation id: String) -> String { organisations[id]?.name ?? id }
    public func name(ofBody id: String) -> String { bodiesByID[id]?.name ?? id }
}
