/// A commitment as an editor or the API submits it, checked field by field. Whether the
/// records it names exist (and the date of the letters that keep it) is the store's check.
public struct CommitmentDraft: Sendable, Hashable {
    public var title: String
    public var text: String
    public var madeOn: PartialDate?
    public var meetingID: String?
    public var outcomePosition: Int?
    public var documentID: String?
    public var byPersonID: String?
    public var byBodyID: String?
    public var toBodyID: String?
    public var toOrganisationID: String?
    public var deadline: CommitmentDeadline
    /// Left empty with fulfilling documents, the store takes the latest of their dates.
    public var fulfilledOn: PartialDate?
    public var fulfilmentIDs: [String]
    public var decision: CommitmentDecision?
    public var decisionNote: String?
    public var description: String?
    public var confidentiality: Confidentiality
    public var access: [Group]

    public init(title: String, text: String, madeOn: PartialDate? = nil, meetingID: String? = nil, outcomePosition: Int? = nil,
                documentID: String? = nil, byPersonID: String? = nil, byBodyID: String? = nil, toBodyID: String? = nil,
                toOrganisationID: String? = nil, deadline: CommitmentDeadline = CommitmentDeadline(), fulfilledOn: PartialDate? = nil,
                fulfilmentIDs: [String] = [], decision: CommitmentDecision? = nil, decisionNote: String? = nil, description: String? = nil,
                confidentiality: Confidentiality = .openbaar, access: [Group] = []) {
        self.title = title; self.text = text; self.madeOn = madeOn; self.meetingID = meetingID; self.outcomePosition = outcomePosition
        self.documentID = documentID; self.byPersonID = byPersonID; self.byBodyID = byBodyID; self.toBodyID = toBodyID
        self.toOrganisationID = toOrganisationID; self.deadline = deadline; self.fulfilledOn = fulfilledOn
        self.fulfilmentIDs = fulfilmentIDs; self.decision = decision; self.decisionNote = decisionNote
        self.description = description; self.confidentiality = confidentiality; self.access = access
    }

    public static let maximumFulfilments = 50

    /// Checks every field and reports every problem at once.
    public init(_ input: CommitmentInput) throws(ValidationFailure) {
        var check = FieldChecker()
        let title = check.line(input.titel, "titel", limit: 300, required: true)
        let text = check.text(input.tekst, "tekst", limit: 5_000)
        if text == nil, check.problems.allSatisfy({ $0.field != "tekst" }) { check.problem("tekst", "tekst is verplicht.", code: "verplicht") }
        let madeOn = check.date(input.gedaanOp, "gedaanOp")
        let meeting = check.id(input.bijeenkomst, "bijeenkomst")
        var outcome: Int?
        if let raw = check.line(input.uitkomst, "uitkomst", limit: 10) {
            if let number = Int(raw), number >= 0 { outcome = number } else {
                check.problem("uitkomst", "uitkomst moet de positie (0 of hoger) van een uitkomst van de bijeenkomst zijn; ontvangen: ‘\(raw)’.")
            }
            if input.bijeenkomst?.trimmed.isEmpty ?? true {
                check.problem("uitkomst", "uitkomst noemt een uitkomst van een bijeenkomst: vul ook bijeenkomst in.", code: "verplicht")
            }
        }
        let document = check.id(input.document, "document")
        let byPerson = check.id(input.doorPersoon, "doorPersoon")
        let byBody = check.id(input.doorGremium, "doorGremium")
        if input.doorPersoon?.trimmed.isEmpty ?? true, input.doorGremium?.trimmed.isEmpty ?? true {
            check.problem("doorPersoon", "doorPersoon of doorGremium is verplicht: wie deed de toezegging?", code: "verplicht")
        }
        let toBody = check.id(input.aanGremium, "aanGremium")
        let toOrganisation = check.id(input.aanOrganisatie, "aanOrganisatie")
        if toBody != nil, toOrganisation != nil {
            check.problem("aanOrganisatie", "aanOrganisatie: een toezegging is gedaan aan een gremium óf aan een organisatie, niet aan beide.")
        }
        let deadlineDate = check.date(input.termijnDatum, "termijnDatum")
        let deadlineEvent = check.line(input.termijnGebeurtenis, "termijnGebeurtenis", limit: 300)
        let fulfilledOn = check.date(input.voldaanOp, "voldaanOp")
        if let madeOn, let fulfilledOn, fulfilledOn.upperBound < madeOn.iso {
            check.problem("voldaanOp", "voldaanOp (\(fulfilledOn.iso)) ligt vóór gedaanOp (\(madeOn.iso)).")
        }
        var fulfilments: [String] = []
        for (index, raw) in input.voldaanMet.enumerated() where !raw.trimmed.isEmpty {
            guard let id = check.id(raw, "voldaanMet[\(index)]") else { continue }
            if !fulfilments.contains(id) { fulfilments.append(id) }
        }
        if fulfilments.count > Self.maximumFulfilments {
            check.problem("voldaanMet", "voldaanMet mag hoogstens \(Self.maximumFulfilments) documenten noemen; ontvangen: \(fulfilments.count).")
        }
        let decision = check.code(input.besluit, "besluit", CommitmentDecision.self)
        let decisionNote = check.text(input.besluitToelichting, "besluitToelichting", limit: 2_000)
        if decision != nil, decisionNote == nil {
            check.problem("besluitToelichting", "besluitToelichting is verplicht bij een besluit: waarom is de toezegging vervallen of aangehouden?",
                          code: "verplicht")
        }
        if decision != nil, fulfilledOn != nil || !fulfilments.isEmpty {
            check.problem("besluit", "besluit: een nagekomen toezegging vervalt niet en wordt niet aangehouden; laat besluit of voldaanOp leeg.")
        }
        let description = check.text(input.omschrijving, "omschrijving", limit: 5_000)
        let (confidentiality, access) = check.access(level: input.vertrouwelijkheid, groups: input.toegang)
        try check.finish()
        self.init(title: title ?? "", text: text ?? "", madeOn: madeOn, meetingID: meeting, outcomePosition: outcome, documentID: document,
                  byPersonID: byPerson, byBodyID: byBody, toBodyID: toBody, toOrganisationID: toOrganisation,
                  deadline: CommitmentDeadline(date: deadlineDate, event: deadlineEvent), fulfilledOn: fulfilledOn,
                  fulfilmentIDs: fulfilments, decision: decision, decisionNote: decisionNote, description: description,
                  confidentiality: confidentiality, access: access)
    }

    /// The draft as input again: what an edit form starts from.
    public var input: CommitmentInput {
        CommitmentInput(
            titel: title, tekst: text, gedaanOp: madeOn?.iso, bijeenkomst: meetingID, uitkomst: outcomePosition.map(String.init),
            document: documentID, doorPersoon: byPersonID, doorGremium: byBodyID, aanGremium: toBodyID, aanOrganisatie: toOrganisationID,
            termijnDatum: deadline.date?.iso, termijnGebeurtenis: deadline.event, voldaanOp: fulfilledOn?.iso, voldaanMet: fulfilmentIDs,
            besluit: decision?.rawValue, besluitToelichting: decisionNote, omschrijving: description,
            vertrouwelijkheid: confidentiality.rawValue, toegang: access.sorted().map(\.code))
    }

    public var snapshot: [(String, String?)] { input.values }
}
