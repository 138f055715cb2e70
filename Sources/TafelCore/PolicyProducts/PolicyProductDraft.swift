/// A policy product as an editor or the API submits it, checked field by field. Whether the
/// records it names exist is the store's check.
public struct PolicyProductDraft: Sendable, Hashable {
    public var name: String
    public var ownerID: String?
    public var taskID: String?
    public var domain: String?
    public var taskKind: PolicyTaskKind?
    public var isCoreTask: Bool?
    public var roles: [PolicyRole]
    public var description: String?
    public var decidedOn: PartialDate?
    public var documentID: String?
    public var consequences: [PolicyProductConsequence]
    public var collaborationIDs: [String]
    public var confidentiality: Confidentiality
    public var access: [Group]

    public init(name: String, ownerID: String? = nil, taskID: String? = nil, domain: String? = nil, taskKind: PolicyTaskKind? = nil,
                isCoreTask: Bool? = nil, roles: [PolicyRole] = [], description: String? = nil, decidedOn: PartialDate? = nil,
                documentID: String? = nil, consequences: [PolicyProductConsequence] = [], collaborationIDs: [String] = [],
                confidentiality: Confidentiality = .openbaar, access: [Group] = []) {
        self.name = name; self.ownerID = ownerID; self.taskID = taskID; self.domain = domain; self.taskKind = taskKind
        self.isCoreTask = isCoreTask; self.roles = roles; self.description = description; self.decidedOn = decidedOn
        self.documentID = documentID; self.consequences = consequences; self.collaborationIDs = collaborationIDs
        self.confidentiality = confidentiality; self.access = access
    }

    public static let maximumRows = 50

    /// Checks every field and reports every problem at once; empty consequence rows are left out.
    public init(_ input: PolicyProductInput) throws(ValidationFailure) {
        var check = FieldChecker()
        let name = check.line(input.naam, "naam", limit: 300, required: true)
        let owner = check.id(input.eigenaar, "eigenaar")
        let task = check.id(input.opgave, "opgave")
        let domain = check.line(input.domein, "domein", limit: 300)
        let taskKind = check.code(input.soortTaak, "soortTaak", PolicyTaskKind.self)
        var isCore: Bool?
        if let raw = check.line(input.kerntaak, "kerntaak") {
            switch raw {
            case "ja": isCore = true
            case "nee": isCore = false
            default: check.problem("kerntaak", "kerntaak ‘\(raw)’ bestaat niet; kies uit: ja, nee (of laat leeg als de bron het niet zegt).")
            }
        }
        let roles = check.codes(input.rollen.filter { !$0.trimmed.isEmpty }, "rollen", PolicyRole.self)
        let description = check.text(input.omschrijving, "omschrijving", limit: 10_000)
        let decidedOn = check.date(input.vastgesteldOp, "vastgesteldOp")
        let document = check.id(input.document, "document")
        let rows = input.consequenties.enumerated().filter { !$0.element.isEmpty }
        if rows.count > Self.maximumRows {
            check.problem("consequenties", "consequenties mag hoogstens \(Self.maximumRows) regels bevatten; ontvangen: \(rows.count).")
        }
        var consequences: [PolicyProductConsequence] = []
        for (index, row) in rows.prefix(Self.maximumRows) {
            let field = "consequenties[\(index)]"
            let subject = check.line(row.onderwerp, "\(field).onderwerp", limit: 300, required: true)
            let consequence = check.code(row.consequentie, "\(field).consequentie", PolicyConsequence.self, required: true)
            let role = check.code(row.rol, "\(field).rol", PolicyRole.self)
            let from = check.date(row.vanaf, "\(field).vanaf")
            let note = check.text(row.toelichting, "\(field).toelichting", limit: 2_000)
            if let subject, let consequence {
                consequences.append(PolicyProductConsequence(subject: subject, consequence: consequence, role: role, from: from, note: note))
            }
        }
        var collaborations: [String] = []
        for (index, raw) in input.samenwerkingen.enumerated() where !raw.trimmed.isEmpty {
            if let id = check.id(raw, "samenwerkingen[\(index)]"), !collaborations.contains(id) { collaborations.append(id) }
        }
        if collaborations.count > Self.maximumRows {
            check.problem("samenwerkingen", "samenwerkingen mag hoogstens \(Self.maximumRows) samenwerkingen noemen.")
        }
        let (confidentiality, access) = check.access(level: input.vertrouwelijkheid, groups: input.toegang)
        try check.finish()
        self.init(name: name ?? "", ownerID: owner, taskID: task, domain: domain, taskKind: taskKind, isCoreTask: isCore, roles: roles,
                  description: description, decidedOn: decidedOn, documentID: document, consequences: consequences,
                  collaborationIDs: collaborations, confidentiality: confidentiality, access: access)
    }

    /// The draft as input again: what an edit form starts from.
    public var input: PolicyProductInput {
        PolicyProductInput(
            naam: name, eigenaar: ownerID, opgave: taskID, domein: domain, soortTaak: taskKind?.rawValue,
            kerntaak: isCoreTask.map { $0 ? "ja" : "nee" }, rollen: roles.map(\.rawValue), omschrijving: description,
            vastgesteldOp: decidedOn?.iso, document: documentID,
            consequenties: consequences.map {
                .init(onderwerp: $0.subject, consequentie: $0.consequence.rawValue, rol: $0.role?.rawValue, vanaf: $0.from?.iso, toelichting: $0.note)
            },
            samenwerkingen: collaborationIDs, vertrouwelijkheid: confidentiality.rawValue, toegang: access.sorted().map(\.code))
    }

    public var snapshot: [(String, String?)] { input.values }
}
