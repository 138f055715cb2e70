/// A membership seen from any side: the person, the organisation or the body.
public struct MembershipLine: Sendable, Hashable {
    /// The membership's own id (kept when an editor changes the row).
    public var id: String?
    public var person: Reference
    public var organisation: Reference?
    public var body: Reference?
    public var post: String?
    public var role: String?
    public var onBehalfOf: Reference?
    public var start: PartialDate?
    public var end: PartialDate?
    public var observedOn: PartialDate?

    public init(person: Reference, organisation: Reference?, body: Reference?, post: String?, role: String?,
                onBehalfOf: Reference?, start: PartialDate?, end: PartialDate?, observedOn: PartialDate?, id: String? = nil) {
        self.id = id
        self.person = person; self.organisation = organisation; self.body = body; self.post = post
        self.role = role; self.onBehalfOf = onBehalfOf; self.start = start; self.end = end
        self.observedOn = observedOn
    }

    public var periodText: String? { PeriodText.dutch(start: start, end: end, observedOn: observedOn) }
}

/// An organisation's part in a collaboration, seen from either side.
public struct ParticipationLine: Sendable, Hashable {
    public var collaboration: Reference
    public var organisation: Reference
    public var role: ParticipantRole
    public var start: PartialDate?
    public var end: PartialDate?

    public init(collaboration: Reference, organisation: Reference, role: ParticipantRole,
                start: PartialDate?, end: PartialDate?) {
        self.collaboration = collaboration; self.organisation = organisation; self.role = role
        self.start = start; self.end = end
    }

    public var periodText: String? { PeriodText.dutch(start: start, end: end) }
}

/// Someone's attendance at a meeting, seen from the meeting or the person.
public struct AttendanceLine: Sendable, Hashable {
    public var meeting: Reference
    public var meetingDate: PartialDate?
    public var person: Reference?
    public var organisation: Reference?
    public var onBehalfOf: Reference?
    public var role: AttendanceRole
    public var presence: Presence?

    public init(meeting: Reference, meetingDate: PartialDate?, person: Reference?, organisation: Reference?,
                onBehalfOf: Reference?, role: AttendanceRole, presence: Presence? = nil) {
        self.meeting = meeting; self.meetingDate = meetingDate; self.person = person
        self.organisation = organisation; self.onBehalfOf = onBehalfOf; self.role = role; self.presence = presence
    }
}

public struct AmountLine: Sendable, Hashable {
    public var amount: CollaborationAmount
    public var organisation: Reference?

    public init(amount: CollaborationAmount, organisation: Reference?) {
        self.amount = amount; self.organisation = organisation
    }
}

public struct RelatedCollaboration: Sendable, Hashable {
    public var collaboration: Reference
    public var relation: CollaborationRelation

    public init(collaboration: Reference, relation: CollaborationRelation) {
        self.collaboration = collaboration; self.relation = relation
    }
}

public struct OutcomeLine: Sendable, Hashable {
    public var outcome: Outcome
    public var by: Reference?
    public var owner: Reference?
    /// The outcome's place among the meeting's outcomes: how an action item is named (`id#position`).
    public var position: Int

    public init(outcome: Outcome, by: Reference?, owner: Reference? = nil, position: Int = 0) {
        self.outcome = outcome; self.by = by; self.owner = owner; self.position = position
    }
}

public struct OrganisationDetail: Sendable {
    public var organisation: Organisation
    public var parent: Reference?
    public var children: [Reference]
    public var memberships: [MembershipLine]
    public var bodies: [Reference]
    public var collaborations: [ParticipationLine]
    public var meetings: [AttendanceLine]
    public var documents: [Reference]
    public var sources: [Source]
    /// Organisations that are members of this one (the municipalities of the VDG).
    public var memberOrganisations: [OrganisationMembershipLine]
    /// Organisations this one is a member of.
    public var memberOf: [OrganisationMembershipLine]
    /// Its mission, vision, functions and strategy points, in their source's order.
    public var course: [OrganisationStatement] = []

    public init(organisation: Organisation, parent: Reference?, children: [Reference], memberships: [MembershipLine],
                bodies: [Reference], collaborations: [ParticipationLine], meetings: [AttendanceLine],
                documents: [Reference], sources: [Source], memberOrganisations: [OrganisationMembershipLine] = [],
                memberOf: [OrganisationMembershipLine] = []) {
        self.organisation = organisation; self.parent = parent; self.children = children
        self.memberships = memberships; self.bodies = bodies; self.collaborations = collaborations
        self.meetings = meetings; self.documents = documents; self.sources = sources
        self.memberOrganisations = memberOrganisations; self.memberOf = memberOf
    }
}

/// An organisation's membership of another (Popolo: a Membership whose member is an organisation).
public struct OrganisationMembershipLine: Sendable, Hashable {
    public var id: String
    public var member: Reference
    public var organisation: Reference
    public var role: String?
    public var start: PartialDate?
    public var end: PartialDate?
    public var observedOn: PartialDate?

    public init(id: String, member: Reference, organisation: Reference, role: String?, start: PartialDate?, end: PartialDate?,
                observedOn: PartialDate?) {
        self.id = id; self.member = member; self.organisation = organisation; self.role = role
        self.start = start; self.end = end; self.observedOn = observedOn
    }

    public var periodText: String? { PeriodText.dutch(start: start, end: end, observedOn: observedOn) }
}

public struct PersonDetail: Sendable {
    public var person: Person
    public var memberships: [MembershipLine]
    public var meetings: [AttendanceLine]
    public var sources: [Source]

    public init(person: Person, memberships: [MembershipLine], meetings: [AttendanceLine], sources: [Source]) {
        self.person = person; self.memberships = memberships; self.meetings = meetings; self.sources = sources
    }
}

public struct BodyDetail: Sendable {
    public var body: Body
    public var organisation: Reference?
    public var parent: Reference?
    public var children: [Reference]
    public var members: [MembershipLine]
    public var meetings: [Reference]
    public var collaborations: [Reference]
    public var sources: [Source]
    /// The organisations and bodies named for access, as far as the viewer may see them.
    public var access: [Reference] = []
    /// The portfolio programmes this body holds or serves.
    public var programmes: [Reference] = []
    /// The bodies that act as its constituency (achterban), and those it is the constituency of.
    public var constituencies: [Reference] = []
    public var constituencyOf: [Reference] = []

    public var accessGroups: Set<Group> {
        access.groups
    }

    public init(body: Body, organisation: Reference?, parent: Reference?, children: [Reference],
                members: [MembershipLine], meetings: [Reference], collaborations: [Reference], sources: [Source]) {
        self.body = body; self.organisation = organisation; self.parent = parent; self.children = children
        self.members = members; self.meetings = meetings; self.collaborations = collaborations
        self.sources = sources
    }
}

public struct CollaborationDetail: Sendable {
    public var collaboration: Collaboration
    public var participants: [ParticipationLine]
    public var tasks: [Reference]
    public var agendas: [Reference]
    public var bodies: [Reference]
    public var amounts: [AmountLine]
    public var related: [RelatedCollaboration]
    public var documents: [Reference]
    public var sources: [Source]
    /// The organisations and bodies named for access, as far as the viewer may see them.
    public var access: [Reference] = []
    /// The portfolio programmes this collaboration belongs to.
    public var programmes: [Reference] = []
    /// The policy products whose tasks run through it (an alliance).
    public var policyProducts: [Reference] = []
    /// The joint decisions whose adopters form it.
    public var jointDecisions: [Reference] = []

    public var accessGroups: Set<Group> {
        access.groups
    }

    public init(collaboration: Collaboration, participants: [ParticipationLine], tasks: [Reference],
                agendas: [Reference], bodies: [Reference], amounts: [AmountLine], related: [RelatedCollaboration],
                documents: [Reference], sources: [Source]) {
        self.collaboration = collaboration; self.participants = participants; self.tasks = tasks; self.agendas = agendas
        self.bodies = bodies; self.amounts = amounts; self.related = related
        self.documents = documents; self.sources = sources
    }
}

public struct MeetingDetail: Sendable {
    public var meeting: Meeting
    public var body: Reference?
    public var organisers: [Reference]
    public var attendances: [AttendanceLine]
    /// In reading order, each with its number ("2.1") and depth.
    public var agenda: [AgendaItem]
    public var outcomes: [OutcomeLine]
    public var documents: [Reference]
    public var sources: [Source]
    public var minutes: Reference?
    /// The organisations and bodies named for access, as far as the viewer may see them.
    public var access: [Reference] = []
    /// The commitments made in this meeting.
    public var commitments: [Reference] = []
    /// The agenda requests it treats or answers questions of.
    public var agendaRequests: [Reference] = []
    /// Participants expected elsewhere at the same time.
    public var doubleBookings: [DoubleBookingLine] = []

    public var accessGroups: Set<Group> {
        access.groups
    }

    public init(meeting: Meeting, body: Reference?, organisers: [Reference], attendances: [AttendanceLine],
                agenda: [AgendaItem], outcomes: [OutcomeLine], documents: [Reference], sources: [Source],
                minutes: Reference? = nil) {
        self.meeting = meeting; self.body = body; self.organisers = organisers; self.attendances = attendances
        self.agenda = agenda; self.outcomes = outcomes; self.documents = documents; self.sources = sources
        self.minutes = minutes
    }
}

/// A participant of one meeting who is also expected at another at the same time.
public struct DoubleBookingLine: Sendable, Hashable {
    public var person: Reference
    public var other: Reference
    public var otherDate: PartialDate?
    public var otherStart: String?
    public var overlap: DoubleBooking.Overlap

    public init(person: Reference, other: Reference, otherDate: PartialDate?, otherStart: String?, overlap: DoubleBooking.Overlap) {
        self.person = person; self.other = other; self.otherDate = otherDate; self.otherStart = otherStart; self.overlap = overlap
    }
}

public struct TaskDetail: Sendable {
    public var task: Task
    public var agenda: TaskAgenda
    public var collaborations: [Reference]
    public var sources: [Source]
    /// The portfolio programmes that work on this task.
    public var programmes: [Reference] = []
    /// The policy products that carry it out, with their roles and consequences.
    public var policyProducts: [Reference] = []
    /// The positions towards other governments that concern it.
    public var stances: [Reference] = []

    public init(task: Task, agenda: TaskAgenda, collaborations: [Reference], sources: [Source]) {
        self.task = task; self.agenda = agenda; self.collaborations = collaborations; self.sources = sources
    }
}

public struct DocumentDetail: Sendable {
    public var document: Document
    public var fullText: String
    public var senders: [Reference]
    public var addressees: [Reference]
    /// The organisations and bodies named for access; a `vertrouwelijk` document opens to their members.
    public var access: [Reference]
    /// The facts this document is the source of.
    public var facts: [Source]
    /// The commitments made in this document or kept by it.
    public var commitments: [Reference] = []
    /// The agenda requests it is, concerns, or answers questions of.
    public var agendaRequests: [Reference] = []
    /// The original file, when one was uploaded.
    public var file: DocumentFile?
    /// The document this one was sent with as an attachment, and those sent with this one.
    public var attachedTo: Reference?
    public var attachments: [Reference] = []
    /// Where other documents speak of this one (a document the seeds cite but do not include rests on these).
    public var sources: [Source] = []
    /// The meetings with an agenda item that treats this document.
    public var meetings: [Reference] = []

    public init(document: Document, fullText: String, senders: [Reference], addressees: [Reference],
                access: [Reference], facts: [Source]) {
        self.document = document; self.fullText = fullText; self.senders = senders
        self.addressees = addressees; self.access = access; self.facts = facts
    }

    /// False for a document Tafel knows only from what other documents say of it.
    public var isTextHeld: Bool { !fullText.isEmpty || file != nil }

    public var accessGroups: Set<Group> {
        access.groups
    }
}

/// The province at a glance, for the home page.
public struct Overview: Sendable {
    public var province: Organisation?
    public var municipalities: [Organisation]
    public var counts: [RecordKind: Int]
    public var recentMeetings: [Meeting]
    public var recentDocuments: [Document]

    public init(province: Organisation?, municipalities: [Organisation], counts: [RecordKind: Int],
                recentMeetings: [Meeting], recentDocuments: [Document]) {
        self.province = province; self.municipalities = municipalities; self.counts = counts
        self.recentMeetings = recentMeetings; self.recentDocuments = recentDocuments
    }
}

extension Array where Element == Reference {
    /// The organisations and bodies named for a record's access, as the groups `Viewer` reads.
    public var groups: Set<Group> {
        Set(map { Group(kind: $0.kind == .body ? .gremium : .organisatie, id: $0.id) })
    }
}
