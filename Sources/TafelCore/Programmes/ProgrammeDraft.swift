/// A portfolio programme as an editor or the API submits it, checked field by field. Whether
/// the records it names exist is the store's check.
public struct ProgrammeDraft: Sendable, Hashable {
    public struct Theme: Sendable, Hashable {
        public var name: String
        /// The 1-based number of an earlier theme this one belongs under.
        public var parent: Int?
        public var taskID: String?

        public init(name: String, parent: Int? = nil, taskID: String? = nil) {
            self.name = name; self.parent = parent; self.taskID = taskID
        }
    }

    public struct MeetingPlan: Sendable, Hashable {
        public var description: String
        public var kind: MeetingKind?
        public var perYearMin: Int?
        public var perYearMax: Int?
        public var bodyID: String?

        public init(description: String, kind: MeetingKind? = nil, perYearMin: Int? = nil, perYearMax: Int? = nil, bodyID: String? = nil) {
            self.description = description; self.kind = kind; self.perYearMin = perYearMin; self.perYearMax = perYearMax
            self.bodyID = bodyID
        }
    }

    /// The single links, by their API field name (`bestuurlijkVoorzitter` → a person's id).
    public struct Links: Sendable, Hashable {
        public var ownerID: String?
        public var bodyID: String?
        public var chairID: String?
        public var officialBodyID: String?
        public var officialChairID: String?
        public var coreGroupID: String?
        public var vngCommitteeID: String?
        public var vngMemberID: String?

        public init(ownerID: String? = nil, bodyID: String? = nil, chairID: String? = nil, officialBodyID: String? = nil,
                    officialChairID: String? = nil, coreGroupID: String? = nil, vngCommitteeID: String? = nil, vngMemberID: String? = nil) {
            self.ownerID = ownerID; self.bodyID = bodyID; self.chairID = chairID; self.officialBodyID = officialBodyID
            self.officialChairID = officialChairID; self.coreGroupID = coreGroupID; self.vngCommitteeID = vngCommitteeID
            self.vngMemberID = vngMemberID
        }

        /// In the order and with the names of `ProgrammeInput.links`.
        public var byField: [(String, String?)] {
            [("eigenaar", ownerID), ("bestuurlijkOverleg", bodyID), ("bestuurlijkVoorzitter", chairID),
             ("ambtelijkOverleg", officialBodyID), ("ambtelijkVoorzitter", officialChairID), ("kerngroep", coreGroupID),
             ("vngCommissie", vngCommitteeID), ("vngCommissielid", vngMemberID)]
        }

        public init(_ values: [String: String]) {
            self.init(ownerID: values["eigenaar"], bodyID: values["bestuurlijkOverleg"], chairID: values["bestuurlijkVoorzitter"],
                      officialBodyID: values["ambtelijkOverleg"], officialChairID: values["ambtelijkVoorzitter"],
                      coreGroupID: values["kerngroep"], vngCommitteeID: values["vngCommissie"], vngMemberID: values["vngCommissielid"])
        }

        /// These links, with each empty one taken from `other` (a link the editor may not see, kept).
        public func filled(from other: [String: String]) -> Links {
            var values = Dictionary(uniqueKeysWithValues: byField.compactMap { field, value in value.map { (field, $0) } })
            for (field, value) in other where values[field] == nil { values[field] = value }
            return Links(values)
        }
    }

    public var name: String
    public var portfolio: String
    public var goal: String?
    public var status: ProgrammeStatus
    public var description: String?
    public var links: Links
    public var themes: [Theme]
    public var meetingPlans: [MeetingPlan]
    public var partnerIDs: [String]
    public var taskIDs: [String]
    public var collaborationIDs: [String]
    public var confidentiality: Confidentiality
    public var access: [Group]

    public init(name: String, portfolio: String, goal: String? = nil, status: ProgrammeStatus = .concept, description: String? = nil,
                links: Links = Links(), themes: [Theme] = [], meetingPlans: [MeetingPlan] = [], partnerIDs: [String] = [],
                taskIDs: [String] = [], collaborationIDs: [String] = [], confidentiality: Confidentiality = .openbaar, access: [Group] = []) {
        self.name = name; self.portfolio = portfolio; self.goal = goal; self.status = status; self.description = description
        self.links = links; self.themes = themes; self.meetingPlans = meetingPlans; self.partnerIDs = partnerIDs
        self.taskIDs = taskIDs; self.collaborationIDs = collaborationIDs; self.confidentiality = confidentiality; self.access = access
    }

    public static let maximumRows = 500

    /// Checks every field and reports every problem at once.
    public init(_ input: ProgrammeInput) throws(ValidationFailure) {
        var check = FieldChecker()
        let name = check.line(input.naam, "naam", limit: 300, required: true)
        let portfolio = check.line(input.portefeuille, "portefeuille", limit: 300, required: true)
        let goal = check.text(input.doel, "doel", limit: 5_000)
        let status = check.code(input.status, "status", ProgrammeStatus.self) ?? .concept
        let description = check.text(input.omschrijving, "omschrijving", limit: 20_000)
        var links: [String: String] = [:]
        for link in input.links {
            if let id = check.id(link.value, link.field) { links[link.field] = id }
        }
        var themes: [Theme] = []
        for (index, row) in input.themas.enumerated() where !row.isEmpty {
            let field = "themas[\(index)]"
            let themeName = check.line(row.naam, "\(field).naam", limit: 500, required: true)
            var parent: Int?
            if let text = check.line(row.onderdeelVan, "\(field).onderdeelVan", limit: 10) {
                // Rows are numbered as sent, from 1; a sub-theme names an earlier theme.
                if let number = Int(text), number >= 1, number <= index {
                    parent = number
                } else {
                    check.problem("\(field).onderdeelVan", "\(field).onderdeelVan moet het nummer van een eerder thema zijn (1 tot \(index)); ontvangen: ‘\(text)’.")
                }
            }
            let task = check.id(row.opgave, "\(field).opgave")
            themes.append(Theme(name: themeName ?? "", parent: parent, taskID: task))
        }
        if input.themas.contains(where: \.isEmpty) {
            // An empty row in the middle would renumber the themes after it: refused, not guessed.
            let last = input.themas.lastIndex { !$0.isEmpty } ?? -1
            if let gap = input.themas.firstIndex(where: \.isEmpty), gap < last {
                check.problem("themas[\(gap)]", "themas[\(gap)] is leeg, maar er volgen nog thema's; laat geen lege regel tussen de thema's staan.")
            }
        }
        var plans: [MeetingPlan] = []
        for (index, row) in input.bijeenkomsten.enumerated() where !row.isEmpty {
            let field = "bijeenkomsten[\(index)]"
            let text = check.line(row.omschrijving, "\(field).omschrijving", limit: 1_000, required: true)
            let kind = check.code(row.soort, "\(field).soort", MeetingKind.self)
            let (least, most) = check.timesPerYear(least: row.perJaarMin, "\(field).perJaarMin", most: row.perJaarMax, "\(field).perJaarMax")
            let body = check.id(row.gremium, "\(field).gremium")
            plans.append(MeetingPlan(description: text ?? "", kind: kind, perYearMin: least, perYearMax: most, bodyID: body))
        }
        for (field, count) in [("themas", input.themas.count), ("bijeenkomsten", input.bijeenkomsten.count)] where count > Self.maximumRows {
            check.problem(field, "\(field) mag hoogstens \(Self.maximumRows) regels hebben; ontvangen: \(count).")
        }
        let partners = check.ids(input.partners, "partners")
        let tasks = check.ids(input.opgaven, "opgaven")
        let collaborations = check.ids(input.samenwerkingen, "samenwerkingen")
        let (confidentiality, access) = check.access(level: input.vertrouwelijkheid, groups: input.toegang)
        try check.finish()
        self.init(name: name ?? "", portfolio: portfolio ?? "", goal: goal, status: status, description: description,
                  links: Links(links), themes: themes, meetingPlans: plans, partnerIDs: partners, taskIDs: tasks,
                  collaborationIDs: collaborations, confidentiality: confidentiality, access: access)
    }

    /// The draft as input again: what an edit form starts from.
    public var input: ProgrammeInput {
        let link = Dictionary(uniqueKeysWithValues: links.byField.compactMap { field, value in value.map { (field, $0) } })
        return ProgrammeInput(
            naam: name, portefeuille: portfolio, doel: goal, status: status.rawValue, omschrijving: description,
            eigenaar: link["eigenaar"], bestuurlijkOverleg: link["bestuurlijkOverleg"], bestuurlijkVoorzitter: link["bestuurlijkVoorzitter"],
            ambtelijkOverleg: link["ambtelijkOverleg"], ambtelijkVoorzitter: link["ambtelijkVoorzitter"], kerngroep: link["kerngroep"],
            vngCommissie: link["vngCommissie"], vngCommissielid: link["vngCommissielid"],
            themas: themes.map { .init(naam: $0.name, onderdeelVan: $0.parent.map(String.init), opgave: $0.taskID) },
            bijeenkomsten: meetingPlans.map {
                .init(omschrijving: $0.description, soort: $0.kind?.rawValue, perJaarMin: $0.perYearMin.map(String.init),
                      perJaarMax: $0.perYearMax.map(String.init), gremium: $0.bodyID)
            },
            partners: partnerIDs, opgaven: taskIDs, samenwerkingen: collaborationIDs,
            vertrouwelijkheid: confidentiality.rawValue, toegang: access.sorted().map(\.code))
    }

    /// The fields as the history records them.
    public var snapshot: [(String, String?)] { input.values }
}
