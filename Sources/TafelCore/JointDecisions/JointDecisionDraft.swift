/// A joint decision as an editor or the API submits it, checked field by field. Whether the
/// records it names exist is the store's check.
public struct JointDecisionDraft: Sendable, Hashable {
    /// One organisation's decision, by id.
    public struct Response: Sendable, Hashable {
        public var organisationID: String
        public var status: JointDecisionStatus
        public var decidedOn: PartialDate?
        public var decisionURL: String?
        public var documentID: String?
        public var note: String?

        public init(organisationID: String, status: JointDecisionStatus, decidedOn: PartialDate? = nil, decisionURL: String? = nil,
                    documentID: String? = nil, note: String? = nil) {
            self.organisationID = organisationID; self.status = status; self.decidedOn = decidedOn; self.decisionURL = decisionURL
            self.documentID = documentID; self.note = note
        }
    }

    public var title: String
    public var proposal: String?
    public var description: String?
    public var offeredByBodyID: String?
    public var ownerID: String?
    public var organ: DecisionOrgan?
    public var offeredOn: PartialDate?
    public var respondBy: PartialDate?
    public var taskID: String?
    public var meetingID: String?
    public var documentID: String?
    public var collaborationID: String?
    public var responses: [Response]
    public var confidentiality: Confidentiality
    public var access: [Group]

    public init(title: String, proposal: String? = nil, description: String? = nil, offeredByBodyID: String? = nil, ownerID: String? = nil,
                organ: DecisionOrgan? = nil, offeredOn: PartialDate? = nil, respondBy: PartialDate? = nil, taskID: String? = nil,
                meetingID: String? = nil, documentID: String? = nil, collaborationID: String? = nil, responses: [Response] = [],
                confidentiality: Confidentiality = .openbaar, access: [Group] = []) {
        self.title = title; self.proposal = proposal; self.description = description; self.offeredByBodyID = offeredByBodyID
        self.ownerID = ownerID; self.organ = organ; self.offeredOn = offeredOn; self.respondBy = respondBy; self.taskID = taskID
        self.meetingID = meetingID; self.documentID = documentID; self.collaborationID = collaborationID; self.responses = responses
        self.confidentiality = confidentiality; self.access = access
    }

    /// More organisations than any province has municipalities, with room for partners.
    public static let maximumResponses = 100

    /// Checks every field and reports every problem at once; empty rows are left out. A decision
    /// taken (vastgesteld, verworpen, ziet af) cannot be dated after `today`.
    public init(_ input: JointDecisionInput, today: PartialDate = .today()) throws(ValidationFailure) {
        var check = FieldChecker()
        let title = check.line(input.titel, "titel", limit: 300, required: true)
        let proposal = check.text(input.voorstel, "voorstel", limit: 20_000)
        let description = check.text(input.omschrijving, "omschrijving", limit: 10_000)
        let body = check.id(input.aangebodenDoor, "aangebodenDoor")
        let owner = check.id(input.eigenaar, "eigenaar")
        let organ = check.code(input.orgaan, "orgaan", DecisionOrgan.self)
        let offeredOn = check.date(input.aangebodenOp, "aangebodenOp")
        let respondBy = check.date(input.besluitenVoor, "besluitenVoor")
        if let offeredOn, let respondBy, respondBy.upperBound < offeredOn.iso {
            check.problem("besluitenVoor", "besluitenVoor (\(respondBy.iso)) ligt vóór aangebodenOp (\(offeredOn.iso)).")
        }
        let task = check.id(input.opgave, "opgave")
        let meeting = check.id(input.bijeenkomst, "bijeenkomst")
        let document = check.id(input.document, "document")
        let collaboration = check.id(input.samenwerking, "samenwerking")
        let rows = input.besluiten.enumerated().filter { !$0.element.isEmpty }
        if rows.count > Self.maximumResponses {
            check.problem("besluiten", "besluiten mag hoogstens \(Self.maximumResponses) organisaties noemen; ontvangen: \(rows.count).")
        }
        var responses: [Response] = []
        var rowOf: [String: Int] = [:]
        for (index, row) in rows.prefix(Self.maximumResponses) {
            let field = "besluiten[\(index)]"
            let organisation = check.id(row.organisatie, "\(field).organisatie", required: true)
            let status = check.code(row.status, "\(field).status", JointDecisionStatus.self, required: true)
            let date = check.date(row.datum, "\(field).datum")
            if let date, let offeredOn, date.upperBound < offeredOn.iso {
                check.problem("\(field).datum", "\(field).datum (\(date.iso)) ligt vóór aangebodenOp (\(offeredOn.iso)): een organisatie besluit pas nadat het voorstel is aangeboden.")
            }
            if let date, let status, !status.isPending, date.iso > today.iso {
                check.problem("\(field).datum", "\(field).datum (\(date.iso)) ligt in de toekomst; een besluit dat ‘\(status.label.lowercased())’ is, is al genomen. Kies ‘geagendeerd’, of verbeter de datum.")
            }
            let url = check.webAddress(row.url, "\(field).url")
            let rowDocument = check.id(row.document, "\(field).document")
            let note = check.text(row.toelichting, "\(field).toelichting", limit: 2_000)
            guard let organisation else { continue }
            if let earlier = rowOf[organisation] {
                check.problem("\(field).organisatie", "\(field).organisatie ‘\(organisation)’ staat al in regel \(earlier + 1); noem elke organisatie één keer.")
                continue
            }
            rowOf[organisation] = index
            if let status {
                responses.append(Response(organisationID: organisation, status: status, decidedOn: date, decisionURL: url,
                                          documentID: rowDocument, note: note))
            }
        }
        let (confidentiality, access) = check.access(level: input.vertrouwelijkheid, groups: input.toegang)
        try check.finish()
        self.init(title: title ?? "", proposal: proposal, description: description, offeredByBodyID: body, ownerID: owner, organ: organ,
                  offeredOn: offeredOn, respondBy: respondBy, taskID: task, meetingID: meeting, documentID: document,
                  collaborationID: collaboration, responses: responses, confidentiality: confidentiality, access: access)
    }

    /// The draft as input again: what an edit form starts from.
    public var input: JointDecisionInput {
        JointDecisionInput(
            titel: title, voorstel: proposal, omschrijving: description, aangebodenDoor: offeredByBodyID, eigenaar: ownerID,
            orgaan: organ?.rawValue, aangebodenOp: offeredOn?.iso, besluitenVoor: respondBy?.iso, opgave: taskID, bijeenkomst: meetingID,
            document: documentID, samenwerking: collaborationID,
            besluiten: responses.map {
                .init(organisatie: $0.organisationID, status: $0.status.rawValue, datum: $0.decidedOn?.iso, url: $0.decisionURL,
                      document: $0.documentID, toelichting: $0.note)
            },
            vertrouwelijkheid: confidentiality.rawValue, toegang: access.sorted().map(\.code))
    }

    public var snapshot: [(String, String?)] { input.values }
}
