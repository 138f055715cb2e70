/// An agenda request as an editor or the API submits it, checked field by field. Whether the
/// records it names exist is the store's check.
public struct AgendaRequestDraft: Sendable, Hashable {
    public struct Question: Sendable, Hashable {
        public var addressee: QuestionAddressee
        public var number: Int?
        public var text: String
        public var answers: [Answer]

        public init(addressee: QuestionAddressee, number: Int? = nil, text: String, answers: [Answer] = []) {
            self.addressee = addressee; self.number = number; self.text = text; self.answers = answers
        }
    }

    public struct Answer: Sendable, Hashable {
        public var text: String?
        public var answeredOn: PartialDate?
        public var byPersonID: String?
        public var byBodyID: String?
        public var byOrganisationID: String?
        public var documentID: String?
        public var meetingID: String?

        public init(text: String? = nil, answeredOn: PartialDate? = nil, byPersonID: String? = nil, byBodyID: String? = nil,
                    byOrganisationID: String? = nil, documentID: String? = nil, meetingID: String? = nil) {
            self.text = text; self.answeredOn = answeredOn; self.byPersonID = byPersonID; self.byBodyID = byBodyID
            self.byOrganisationID = byOrganisationID; self.documentID = documentID; self.meetingID = meetingID
        }
    }

    public var title: String
    public var fractionID: String
    public var bodyID: String
    public var subjectDocumentID: String?
    public var documentID: String?
    public var meetingID: String?
    public var submittedOn: PartialDate?
    public var status: AgendaRequestStatus
    public var motivation: String?
    public var view: String?
    public var description: String?
    public var questions: [Question]
    public var confidentiality: Confidentiality
    public var access: [Group]

    public init(title: String, fractionID: String, bodyID: String, subjectDocumentID: String? = nil, documentID: String? = nil,
                meetingID: String? = nil, submittedOn: PartialDate? = nil, status: AgendaRequestStatus = .ingediend,
                motivation: String? = nil, view: String? = nil, description: String? = nil, questions: [Question] = [],
                confidentiality: Confidentiality = .openbaar, access: [Group] = []) {
        self.title = title; self.fractionID = fractionID; self.bodyID = bodyID; self.subjectDocumentID = subjectDocumentID
        self.documentID = documentID; self.meetingID = meetingID; self.submittedOn = submittedOn; self.status = status
        self.motivation = motivation; self.view = view; self.description = description; self.questions = questions
        self.confidentiality = confidentiality; self.access = access
    }

    public static let maximumQuestions = 100
    public static let maximumAnswers = 20

    /// Checks every field and reports every problem at once; empty question and answer rows are left out.
    public init(_ input: AgendaRequestInput) throws(ValidationFailure) {
        var check = FieldChecker()
        let title = check.line(input.titel, "titel", limit: 300, required: true)
        let fraction = check.id(input.fractie, "fractie", required: true)
        let body = check.id(input.gremium, "gremium", required: true)
        let subject = check.id(input.onderwerpDocument, "onderwerpDocument")
        let document = check.id(input.document, "document")
        let meeting = check.id(input.bijeenkomst, "bijeenkomst")
        let submittedOn = check.date(input.ingediendOp, "ingediendOp")
        let status = check.code(input.status, "status", AgendaRequestStatus.self) ?? .ingediend
        let motivation = check.text(input.motivatie, "motivatie", limit: 5_000)
        let view = check.text(input.visieFractie, "visieFractie", limit: 5_000)
        let description = check.text(input.omschrijving, "omschrijving", limit: 5_000)
        var questions: [Question] = []
        var numbers: Set<String> = []
        let rows = input.vragen.enumerated().filter { !$0.element.isEmpty }
        if rows.count > Self.maximumQuestions {
            check.problem("vragen", "vragen mag hoogstens \(Self.maximumQuestions) vragen bevatten; ontvangen: \(rows.count).")
        }
        for (index, row) in rows.prefix(Self.maximumQuestions) {
            let field = "vragen[\(index)]"
            let addressee = check.code(row.aan, "\(field).aan", QuestionAddressee.self, required: true)
            var number: Int?
            if let raw = check.line(row.nummer, "\(field).nummer", limit: 10) {
                if let value = Int(raw), (1...999).contains(value) { number = value } else {
                    check.problem("\(field).nummer", "\(field).nummer moet een geheel getal van 1 tot 999 zijn; ontvangen: ‘\(raw)’.")
                }
            }
            if let number, let addressee, !numbers.insert("\(addressee.rawValue) \(number)").inserted {
                check.problem("\(field).nummer", "\(field).nummer: er is al een vraag \(number) \(addressee == .college ? "aan het college" : "aan de fracties").")
            }
            let text = check.text(row.tekst, "\(field).tekst", limit: 2_000)
            if text == nil, check.problems.allSatisfy({ $0.field != "\(field).tekst" }) {
                check.problem("\(field).tekst", "\(field).tekst is verplicht: wat is de vraag?", code: "verplicht")
            }
            let answerRows = row.antwoorden.enumerated().filter { !$0.element.isEmpty }
            if answerRows.count > Self.maximumAnswers {
                check.problem("\(field).antwoorden", "\(field).antwoorden mag hoogstens \(Self.maximumAnswers) antwoorden bevatten.")
            }
            let answers = answerRows.prefix(Self.maximumAnswers).map { a, answer in
                Self.answer(answer, "\(field).antwoorden[\(a)]", submittedOn: submittedOn, &check)
            }
            if let addressee, let text { questions.append(Question(addressee: addressee, number: number, text: text, answers: answers)) }
        }
        let (confidentiality, access) = check.access(level: input.vertrouwelijkheid, groups: input.toegang)
        try check.finish()
        self.init(title: title ?? "", fractionID: fraction ?? "", bodyID: body ?? "", subjectDocumentID: subject, documentID: document,
                  meetingID: meeting, submittedOn: submittedOn, status: status, motivation: motivation, view: view,
                  description: description, questions: questions, confidentiality: confidentiality, access: access)
    }

    private static func answer(_ row: AgendaRequestInput.Answer, _ field: String, submittedOn: PartialDate?,
                               _ check: inout FieldChecker) -> Answer {
        let text = check.text(row.tekst, "\(field).tekst", limit: 10_000)
        let on = check.date(row.op, "\(field).op")
        if let on, let submittedOn, on.upperBound < submittedOn.iso {
            check.problem("\(field).op", "\(field).op (\(on.iso)) ligt vóór ingediendOp (\(submittedOn.iso)).")
        }
        let person = check.id(row.doorPersoon, "\(field).doorPersoon")
        let body = check.id(row.doorGremium, "\(field).doorGremium")
        let organisation = check.id(row.doorOrganisatie, "\(field).doorOrganisatie")
        if body != nil, organisation != nil {
            check.problem("\(field).doorOrganisatie", "\(field).doorOrganisatie: een antwoord komt van een gremium óf een organisatie, niet van beide.")
        }
        let document = check.id(row.document, "\(field).document")
        let meeting = check.id(row.bijeenkomst, "\(field).bijeenkomst")
        if (row.tekst ?? "").trimmed.isEmpty, (row.document ?? "").trimmed.isEmpty, (row.bijeenkomst ?? "").trimmed.isEmpty {
            check.problem("\(field).tekst", "\(field).tekst, document of bijeenkomst is verplicht: wat is het antwoord, of waar staat het?",
                          code: "verplicht")
        }
        return Answer(text: text, answeredOn: on, byPersonID: person, byBodyID: body, byOrganisationID: organisation,
                      documentID: document, meetingID: meeting)
    }

    /// The draft as input again: what an edit form starts from.
    public var input: AgendaRequestInput {
        AgendaRequestInput(
            titel: title, fractie: fractionID, gremium: bodyID, onderwerpDocument: subjectDocumentID, document: documentID,
            bijeenkomst: meetingID, ingediendOp: submittedOn?.iso, status: status.rawValue, motivatie: motivation,
            visieFractie: view, omschrijving: description,
            vragen: questions.map { q in
                .init(aan: q.addressee.rawValue, nummer: q.number.map(String.init), tekst: q.text, antwoorden: q.answers.map { a in
                    .init(tekst: a.text, op: a.answeredOn?.iso, doorPersoon: a.byPersonID, doorGremium: a.byBodyID,
                          doorOrganisatie: a.byOrganisationID, document: a.documentID, bijeenkomst: a.meetingID)
                })
            },
            vertrouwelijkheid: confidentiality.rawValue, toegang: access.sorted().map(\.code))
    }

    public var snapshot: [(String, String?)] { input.values }
}
