/// Whether a portfolio programme is still a draft or has been adopted by the board.
public enum ProgrammeStatus: String, Vocabulary {
    case concept, vastgesteld

    public var label: String {
        switch self {
        case .concept: "Concept"
        case .vastgesteld: "Vastgesteld"
        }
    }
}

/// A portfolio programme (programma van een portefeuille, seed 003 Bijlage 2): what a
/// portfolio of the association sets out to do, who chairs it and how often it meets.
/// The people of its kerngroep are the members of its kerngroep body, kept there once.
public struct Programme: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// The portfolio the programme belongs to, e.g. "Gezondheid en Welzijn".
    public var portfolio: String
    public var goal: String?
    public var status: ProgrammeStatus
    public var description: String?
    public var meta: RecordMeta

    public init(id: String, name: String, portfolio: String, goal: String?, status: ProgrammeStatus, description: String?,
                meta: RecordMeta) {
        self.id = id; self.name = name; self.portfolio = portfolio; self.goal = goal; self.status = status
        self.description = description; self.meta = meta
    }
}

/// A theme or sub-theme of a programme ("onderwerpen en thema's"), in reading order.
public struct ProgrammeTheme: Sendable, Hashable {
    /// Its place in the programme, from 1: the key a sub-theme's `parent` names.
    public var position: Int
    public var parent: Int?
    public var name: String
    /// The task (opgave) the theme is worked on as, when there is one.
    public var task: Reference?

    public init(position: Int, parent: Int?, name: String, task: Reference?) {
        self.position = position; self.parent = parent; self.name = name; self.task = task
    }
}

/// A planned kind of meeting of a programme ("4 keer per jaar portefeuillehoudersoverleg").
public struct ProgrammeMeetingPlan: Sendable, Hashable {
    public var description: String
    public var kind: MeetingKind?
    public var perYearMin: Int?
    public var perYearMax: Int?
    /// The body that holds these meetings, when it is one.
    public var body: Reference?

    public init(description: String, kind: MeetingKind?, perYearMin: Int?, perYearMax: Int?, body: Reference?) {
        self.description = description; self.kind = kind; self.perYearMin = perYearMin; self.perYearMax = perYearMax
        self.body = body
    }

    /// "4 keer per jaar", "2 tot 4 keer per jaar", or nil when the source names no number.
    public var rhythm: String? {
        switch (perYearMin, perYearMax) {
        case let (min?, max?) where min == max: "\(min) keer per jaar"
        case let (min?, max?): "\(min) tot \(max) keer per jaar"
        case let (min?, nil): "ten minste \(min) keer per jaar"
        case let (nil, max?): "ten hoogste \(max) keer per jaar"
        case (nil, nil): nil
        }
    }
}

/// A programme with everything it links to, as far as the viewer may see it.
public struct ProgrammeDetail: Sendable {
    public var programme: Programme
    public var owner: Reference?
    /// The bestuurlijk overleg of the portfolio.
    public var body: Reference?
    public var officialBody: Reference?
    public var coreGroup: Reference?
    public var chair: Reference?
    public var officialChair: Reference?
    public var vngCommittee: Reference?
    public var vngMember: Reference?
    /// The members of the kerngroep body.
    public var coreGroupMembers: [MembershipLine]
    public var themes: [ProgrammeTheme]
    public var meetingPlans: [ProgrammeMeetingPlan]
    public var partners: [Reference]
    public var tasks: [Reference]
    public var collaborations: [Reference]
    public var sources: [Source]
    public var access: [Reference]

    public init(programme: Programme, owner: Reference?, body: Reference?, officialBody: Reference?, coreGroup: Reference?,
                chair: Reference?, officialChair: Reference?, vngCommittee: Reference?, vngMember: Reference?,
                coreGroupMembers: [MembershipLine], themes: [ProgrammeTheme], meetingPlans: [ProgrammeMeetingPlan],
                partners: [Reference], tasks: [Reference], collaborations: [Reference], sources: [Source], access: [Reference]) {
        self.programme = programme; self.owner = owner; self.body = body; self.officialBody = officialBody
        self.coreGroup = coreGroup; self.chair = chair; self.officialChair = officialChair; self.vngCommittee = vngCommittee
        self.vngMember = vngMember; self.coreGroupMembers = coreGroupMembers; self.themes = themes
        self.meetingPlans = meetingPlans; self.partners = partners; self.tasks = tasks; self.collaborations = collaborations
        self.sources = sources; self.access = access
    }

    /// The groups named for access, as `Viewer.mayEdit(recordGroups:)` reads them.
    public var accessGroups: Set<Group> {
        access.groups
    }

    /// The themes directly under `parent` (nil: the top themes), in reading order; a tree of any depth.
    public func themes(under parent: Int?) -> [ProgrammeTheme] {
        themes.filter { $0.parent == parent }
    }
}
