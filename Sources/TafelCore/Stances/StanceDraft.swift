/// A position as an editor or the API submits it, checked field by field. Whether the records it
/// names exist is the store's check.
public struct StanceDraft: Sendable, Hashable {
    public var title: String
    public var text: String?
    public var description: String?
    public var addressee: StanceAddressee
    public var addresseeID: String?
    public var ownerID: String?
    public var bodyID: String?
    public var carrierID: String?
    public var status: StanceStatus
    public var takenOn: PartialDate?
    public var onLobbyAgenda: Bool
    public var supporterIDs: [String]
    public var taskIDs: [String]
    public var meetingID: String?
    public var documentID: String?
    public var confidentiality: Confidentiality
    public var access: [Group]

    public init(title: String, text: String? = nil, description: String? = nil, addressee: StanceAddressee, addresseeID: String? = nil,
                ownerID: String? = nil, bodyID: String? = nil, carrierID: String? = nil, status: StanceStatus = .concept,
                takenOn: PartialDate? = nil, onLobbyAgenda: Bool = false, supporterIDs: [String] = [], taskIDs: [String] = [],
                meetingID: String? = nil, documentID: String? = nil, confidentiality: Confidentiality = .openbaar, access: [Group] = []) {
        self.title = title; self.text = text; self.description = description; self.addressee = addressee; self.addresseeID = addresseeID
        self.ownerID = ownerID; self.bodyID = bodyID; self.carrierID = carrierID; self.status = status; self.takenOn = takenOn
        self.onLobbyAgenda = onLobbyAgenda; self.supporterIDs = supporterIDs; self.taskIDs = taskIDs; self.meetingID = meetingID
        self.documentID = documentID; self.confidentiality = confidentiality; self.access = access
    }

    public static let maximumRows = 100

    /// Checks every field and reports every problem at once. A position taken (ingenomen, and what
    /// came of it) has the date it was taken, not after `today`; one brought in without having
    /// been adopted (a recommendation in a meeting) may have none.
    public init(_ input: StanceInput, today: PartialDate = .today()) throws(ValidationFailure) {
        var check = FieldChecker()
        let title = check.line(input.titel, "titel", limit: 300, required: true)
        let text = check.text(input.tekst, "tekst", limit: 20_000)
        let description = check.text(input.omschrijving, "omschrijving", limit: 10_000)
        let addressee = check.code(input.richting, "richting", StanceAddressee.self, required: true)
        let addresseeID = check.id(input.adressaat, "adressaat")
        let owner = check.id(input.eigenaar, "eigenaar")
        let body = check.id(input.gremium, "gremium")
        let carrier = check.id(input.trekker, "trekker")
        let status = input.status?.trimmed.isEmpty == false ? check.code(input.status, "status", StanceStatus.self) : .concept
        let takenOn = check.date(input.ingenomenOp, "ingenomenOp")
        if let takenOn, takenOn.iso > today.iso {
            check.problem("ingenomenOp", "ingenomenOp (\(takenOn.iso)) ligt in de toekomst; kies vandaag of een eerdere datum.")
        }
        if let status, status.isTaken, takenOn == nil, input.ingenomenOp?.trimmed.isEmpty ?? true {
            check.problem("ingenomenOp", "ingenomenOp is verplicht bij status ‘\(status.label.lowercased())’: op welke datum namen zij het standpunt in?", code: "verplicht")
        }
        var onAgenda = false
        if let raw = check.line(input.lobbyagenda, "lobbyagenda") {
            switch raw {
            case "ja": onAgenda = true
            case "nee": onAgenda = false
            default: check.problem("lobbyagenda", "lobbyagenda ‘\(raw)’ bestaat niet; kies uit: ja, nee.")
            }
        }
        func ids(_ values: [String], _ field: String) -> [String] {
            var result: [String] = []
            for (index, raw) in values.enumerated() where !raw.trimmed.isEmpty {
                if let id = check.id(raw, "\(field)[\(index)]"), !result.contains(id) { result.append(id) }
            }
            if result.count > Self.maximumRows { check.problem(field, "\(field) mag hoogstens \(Self.maximumRows) id’s noemen.") }
            return result
        }
        let supporters = ids(input.steunendeOrganisaties, "steunendeOrganisaties")
        let tasks = ids(input.opgaven, "opgaven")
        let meeting = check.id(input.bijeenkomst, "bijeenkomst")
        let document = check.id(input.document, "document")
        let (confidentiality, access) = check.access(level: input.vertrouwelijkheid, groups: input.toegang)
        try check.finish()
        self.init(title: title ?? "", text: text, description: description, addressee: addressee ?? .anders, addresseeID: addresseeID,
                  ownerID: owner, bodyID: body, carrierID: carrier, status: status ?? .concept, takenOn: takenOn, onLobbyAgenda: onAgenda,
                  supporterIDs: supporters, taskIDs: tasks, meetingID: meeting, documentID: document, confidentiality: confidentiality,
                  access: access)
    }

    /// The draft as input again: what an edit form starts from.
    public var input: StanceInput {
        StanceInput(
            titel: title, tekst: text, omschrijving: description, richting: addressee.rawValue, adressaat: addresseeID, eigenaar: ownerID,
            gremium: bodyID, trekker: carrierID, status: status.rawValue, ingenomenOp: takenOn?.iso, lobbyagenda: onLobbyAgenda ? "ja" : "nee",
            steunendeOrganisaties: supporterIDs, opgaven: taskIDs, bijeenkomst: meetingID, document: documentID,
            vertrouwelijkheid: confidentiality.rawValue, toegang: access.sorted().map(\.code))
    }

    public var snapshot: [(String, String?)] { input.values }
}
