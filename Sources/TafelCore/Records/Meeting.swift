/// A meeting of any kind: overleg, Statenvergadering, congres, online gesprek.
public struct Meeting: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var kind: MeetingKind
    public var status: MeetingStatus
    public var date: PartialDate?
    public var startTime: String?
    public var location: String?
    public var bodyID: String?
    public var description: String?
    public var meta: RecordMeta

    public init(id: String, name: String, kind: MeetingKind, status: MeetingStatus, date: PartialDate?,
                startTime: String?, location: String?, bodyID: String?, description: String?, meta: RecordMeta) {
        self.id = id; self.name = name; self.kind = kind; self.status = status; self.date = date
        self.startTime = startTime; self.location = location; self.bodyID = bodyID
        self.description = description; self.meta = meta
    }
}

/// Someone (a person, or an organisation as such) taking part in a meeting.
public struct Attendance: Sendable, Hashable {
    public var personID: String?
    public var organisationID: String?
    public var onBehalfOfID: String?
    public var role: AttendanceRole

    public init(personID: String?, organisationID: String?, onBehalfOfID: String?, role: AttendanceRole) {
        self.personID = personID; self.organisationID = organisationID
        self.onBehalfOfID = onBehalfOfID; self.role = role
    }
}

/// An item on a meeting's agenda.
public struct AgendaItem: Sendable, Hashable {
    public var number: Int
    public var title: String
    public var description: String?

    public init(number: Int, title: String, description: String?) {
        self.number = number; self.title = title; self.description = description
    }
}

/// What a meeting produced: a recommendation, agreement, decision, conclusion or commitment.
public struct Outcome: Sendable, Hashable {
    public var kind: OutcomeKind
    public var text: String
    public var agendaItemNumber: Int?
    public var byPersonID: String?

    public init(kind: OutcomeKind, text: String, agendaItemNumber: Int?, byPersonID: String?) {
        self.kind = kind; self.text = text; self.agendaItemNumber = agendaItemNumber; self.byPersonID = byPersonID
    }
}
