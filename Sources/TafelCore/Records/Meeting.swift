/// A meeting of any kind: overleg, Statenvergadering, congres, online gesprek.
public struct Meeting: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var kind: MeetingKind
    public var status: MeetingStatus
    public var date: PartialDate?
    /// Planned, `HH:MM`.
    public var startTime: String?
    public var endTime: String?
    /// As it happened, `HH:MM`.
    public var actualStartTime: String?
    public var actualEndTime: String?
    public var location: String?
    public var onlineURL: String?
    public var bodyID: String?
    public var description: String?
    public var minutesDocumentID: String?
    public var meta: RecordMeta

    public init(id: String, name: String, kind: MeetingKind, status: MeetingStatus, date: PartialDate?,
                startTime: String?, location: String?, bodyID: String?, description: String?, meta: RecordMeta,
                endTime: String? = nil, actualStartTime: String? = nil, actualEndTime: String? = nil,
                onlineURL: String? = nil, minutesDocumentID: String? = nil) {
        self.id = id; self.name = name; self.kind = kind; self.status = status; self.date = date
        self.startTime = startTime; self.location = location; self.bodyID = bodyID
        self.description = description; self.meta = meta; self.endTime = endTime
        self.actualStartTime = actualStartTime; self.actualEndTime = actualEndTime; self.onlineURL = onlineURL
        self.minutesDocumentID = minutesDocumentID
    }

    /// A meeting still marked `gepland` on a day that has passed: the status was not brought up to date.
    public func isOverdue(today: PartialDate = .today()) -> Bool {
        guard status == .gepland, let date else { return false }
        return date.upperBound < today.iso
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

/// An item on a meeting's agenda. `number` is its key within the meeting (outcomes name it);
/// `label` is the number a person reads ("2.1"), from its place in the nested agenda.
public struct AgendaItem: Sendable, Hashable {
    public var number: Int
    public var title: String
    public var description: String?
    public var parentNumber: Int?
    public var label: String
    public var depth: Int
    public var presenter: Reference?
    public var durationMinutes: Int?
    public var isHamerstuk: Bool
    public var documents: [Reference]
    /// The action item this item carries over from an earlier meeting.
    public var carriedFrom: MeetingDraft.ActionReference?

    public init(number: Int, title: String, description: String?, parentNumber: Int? = nil, label: String? = nil,
                depth: Int = 0, presenter: Reference? = nil, durationMinutes: Int? = nil, isHamerstuk: Bool = false,
                documents: [Reference] = [], carriedFrom: MeetingDraft.ActionReference? = nil) {
        self.number = number; self.title = title; self.description = description; self.parentNumber = parentNumber
        self.label = label ?? String(number); self.depth = depth; self.presenter = presenter
        self.durationMinutes = durationMinutes; self.isHamerstuk = isHamerstuk; self.documents = documents
        self.carriedFrom = carriedFrom
    }
}

/// What a meeting produced: a recommendation, agreement, decision, conclusion, commitment or action item.
public struct Outcome: Sendable, Hashable {
    public var kind: OutcomeKind
    public var text: String
    public var agendaItemNumber: Int?
    public var byPersonID: String?
    public var result: DecisionResult?
    public var ownerID: String?
    public var due: PartialDate?
    public var actionStatus: ActionStatus?

    public init(kind: OutcomeKind, text: String, agendaItemNumber: Int?, byPersonID: String?,
                result: DecisionResult? = nil, ownerID: String? = nil, due: PartialDate? = nil, actionStatus: ActionStatus? = nil) {
        self.kind = kind; self.text = text; self.agendaItemNumber = agendaItemNumber; self.byPersonID = byPersonID
        self.result = result; self.ownerID = ownerID; self.due = due; self.actionStatus = actionStatus
    }
}
