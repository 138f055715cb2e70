/// An agenda request (agenderingsverzoek): a fraction asks a committee to put a subject on
/// its agenda, says why and what it thinks, and puts questions to the other fractions and
/// to the college. Each question is answered or not; that follows from its answers.
public struct AgendaRequest: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var submittedOn: PartialDate?
    public var status: AgendaRequestStatus
    /// Why the fraction wants it on the agenda (motivatie voor agendering).
    public var motivation: String?
    /// The fraction's own view (visie van de fractie).
    public var view: String?
    public var description: String?
    public var meta: RecordMeta

    public init(id: String, title: String, submittedOn: PartialDate?, status: AgendaRequestStatus, motivation: String?,
                view: String?, description: String?, meta: RecordMeta) {
        self.id = id; self.title = title; self.submittedOn = submittedOn; self.status = status
        self.motivation = motivation; self.view = view; self.description = description; self.meta = meta
    }
}

/// One question of a request, with its answers as far as the viewer may see them.
public struct AgendaQuestion: Sendable, Hashable {
    /// Its place in the request, from 1: what an answer names.
    public var position: Int
    public var addressee: QuestionAddressee
    /// The number the source gives it ("2."), if any.
    public var number: Int?
    public var text: String
    public var answers: [QuestionAnswer]

    public init(position: Int, addressee: QuestionAddressee, number: Int?, text: String, answers: [QuestionAnswer]) {
        self.position = position; self.addressee = addressee; self.number = number; self.text = text; self.answers = answers
    }

    public var status: QuestionStatus { answers.isEmpty ? .open : .beantwoord }

    /// "Vraag 3 aan het college", or "Vraag aan de overige fracties" without a number.
    public var heading: String {
        let to = addressee == .college ? "aan het college" : "aan de overige fracties"
        return number.map { "Vraag \($0) \(to)" } ?? "Vraag \(to)"
    }
}

/// An answer to a question: by whom, when, and where it stands (a document, a meeting).
public struct QuestionAnswer: Sendable, Hashable {
    public var text: String?
    public var answeredOn: PartialDate?
    /// A person, or else a body or organisation as a whole (GS, a fraction).
    public var by: Reference?
    public var document: Reference?
    public var meeting: Reference?

    public init(text: String?, answeredOn: PartialDate?, by: Reference?, document: Reference?, meeting: Reference?) {
        self.text = text; self.answeredOn = answeredOn; self.by = by; self.document = document; self.meeting = meeting
    }
}

/// A request in a list: the fraction, the committee, and how many of its questions are open.
public struct AgendaRequestListItem: Sendable, Hashable {
    public var request: AgendaRequest
    public var fraction: Reference?
    public var body: Reference?
    public var questions: Int
    public var openQuestions: Int

    public init(request: AgendaRequest, fraction: Reference?, body: Reference?, questions: Int, openQuestions: Int) {
        self.request = request; self.fraction = fraction; self.body = body; self.questions = questions; self.openQuestions = openQuestions
    }
}

/// A request with everything it links to, as far as the viewer may see it.
public struct AgendaRequestDetail: Sendable {
    public var request: AgendaRequest
    public var fraction: Reference?
    public var body: Reference?
    /// The document whose treatment it asks for, the request itself as a document, and the meeting that treats it.
    public var subjectDocument: Reference?
    public var document: Reference?
    public var meeting: Reference?
    public var questions: [AgendaQuestion]
    public var sources: [Source]
    public var access: [Reference]

    public var accessGroups: Set<Group> { access.groups }

    public init(request: AgendaRequest, fraction: Reference?, body: Reference?, subjectDocument: Reference?, document: Reference?,
                meeting: Reference?, questions: [AgendaQuestion], sources: [Source], access: [Reference] = []) {
        self.request = request; self.fraction = fraction; self.body = body; self.subjectDocument = subjectDocument
        self.document = document; self.meeting = meeting; self.questions = questions; self.sources = sources; self.access = access
    }
}
