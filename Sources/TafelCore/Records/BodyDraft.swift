/// A body (gremium) as an editor or the API submits it, checked field by field, with its
/// members over time. Whether referenced records exist, and that a body is not part of
/// itself, is the store's check.
public struct BodyDraft: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        public var id: String?
        public var personID: String
        /// Free text, lower case ("voorzitter", "ambtelijk voorzitter"): a rule set names roles in its own words.
        public var role: String
        public var onBehalfOfID: String?
        public var start: PartialDate?
        public var end: PartialDate?
        public var observedOn: PartialDate?

        public init(id: String? = nil, personID: String, role: String, onBehalfOfID: String? = nil, start: PartialDate? = nil,
                    end: PartialDate? = nil, observedOn: PartialDate? = nil) {
            self.id = id; self.personID = personID; self.role = role; self.onBehalfOfID = onBehalfOfID
            self.start = start; self.end = end; self.observedOn = observedOn
        }
    }

    public var name: String
    public var kind: BodyKind
    public var organisationID: String?
    public var parentID: String?
    public var description: String?
    public var meetingsPerYearMin: Int?
    public var meetingsPerYearMax: Int?
    /// The bodies that act as its constituency (achterban).
    public var constituencyIDs: [String]
    public var members: [Member]
    public var confidentiality: Confidentiality
    public var access: [Group]

    public init(name: String, kind: BodyKind, organisationID: String? = nil, parentID: String? = nil, description: String? = nil,
                meetingsPerYearMin: Int? = nil, meetingsPerYearMax: Int? = nil, members: [Member] = [],
                confidentiality: Confidentiality = .openbaar, access: [Group] = [], constituencyIDs: [String] = []) {
        self.name = name; self.kind = kind; self.organisationID = organisationID; self.parentID = parentID
        self.description = description; self.meetingsPerYearMin = meetingsPerYearMin; self.meetingsPerYearMax = meetingsPerYearMax
        self.members = members; self.confidentiality = confidentiality; self.access = access; self.constituencyIDs = constituencyIDs
    }

    public static let maximumMembers = 500

    /// Checks every field and reports every problem at once.
    public init(_ input: BodyInput) throws(ValidationFailure) {
        var check = FieldChecker()
        let name = check.line(input.naam, "naam", limit: 300, required: true)
        let kind = check.code(input.soort, "soort", BodyKind.self, required: true)
        let organisation = check.id(input.organisatie, "organisatie")
        let parent = check.id(input.onderdeelVan, "onderdeelVan")
        let description = check.text(input.omschrijving, "omschrijving", limit: 20_000)
        let (least, most) = check.timesPerYear(least: input.vergaderingenPerJaarMin, "vergaderingenPerJaarMin",
                                               most: input.vergaderingenPerJaarMax, "vergaderingenPerJaarMax")
        var constituencies: [String] = []
        for (index, raw) in input.achterban.enumerated() where !raw.trimmed.isEmpty {
            if let id = check.id(raw, "achterban[\(index)]"), !constituencies.contains(id) { constituencies.append(id) }
        }
        if constituencies.count > 50 { check.problem("achterban", "achterban mag hoogstens 50 gremia noemen.") }
        var members: [Member] = []
        var ids: Set<String> = []
        for (index, row) in input.leden.enumerated() where !row.isEmpty {
            let field = "leden[\(index)]"
            let id = check.id(row.id, "\(field).id")
            if let id, !ids.insert(id).inserted {
                check.problem("\(field).id", "\(field).id ‘\(id)’ komt twee keer voor.", code: "dubbel")
            }
            let person = check.id(row.persoon, "\(field).persoon", required: true)
            let role = check.line(row.rol, "\(field).rol", limit: 100, required: true)?.lowercased()
            let behalf = check.id(row.namens, "\(field).namens")
            let start = check.date(row.vanaf, "\(field).vanaf")
            let end = check.date(row.tot, "\(field).tot")
            if let start, let end, end.upperBound < start.iso {
                check.problem("\(field).tot", "\(field).tot (\(end.iso)) ligt vóór \(field).vanaf (\(start.iso)).")
            }
            let observed = check.date(row.waargenomenOp, "\(field).waargenomenOp")
            guard let person, let role else { continue }
            if members.contains(where: { $0.personID == person && $0.role == role && $0.start == start }) {
                check.problem("\(field).persoon", "\(field): persoon ‘\(person)’ staat al als \(role) in de lijst, met dezelfde begindatum.", code: "dubbel")
                continue
            }
            members.append(Member(id: id, personID: person, role: role, onBehalfOfID: behalf, start: start, end: end, observedOn: observed))
        }
        if input.leden.count > Self.maximumMembers {
            check.problem("leden", "leden mag hoogstens \(Self.maximumMembers) regels hebben; ontvangen: \(input.leden.count).")
        }
        let (confidentiality, access) = check.access(level: input.vertrouwelijkheid, groups: input.toegang)
        try check.finish()
        self.init(name: name ?? "", kind: kind ?? .overleg, organisationID: organisation, parentID: parent, description: description,
                  meetingsPerYearMin: least, meetingsPerYearMax: most, members: members, confidentiality: confidentiality, access: access,
                  constituencyIDs: constituencies)
    }

    /// The draft as input again: what an edit form starts from.
    public var input: BodyInput {
        BodyInput(
            naam: name, soort: kind.rawValue, organisatie: organisationID, onderdeelVan: parentID, omschrijving: description,
            vergaderingenPerJaarMin: meetingsPerYearMin.map(String.init), vergaderingenPerJaarMax: meetingsPerYearMax.map(String.init),
            leden: members.map {
                .init(id: $0.id, persoon: $0.personID, rol: $0.role, namens: $0.onBehalfOfID, vanaf: $0.start?.iso, tot: $0.end?.iso,
                      waargenomenOp: $0.observedOn?.iso)
            },
            vertrouwelijkheid: confidentiality.rawValue, toegang: access.sorted().map(\.code), achterban: constituencyIDs)
    }

    /// The fields as the history records them (without the members' ids, which are Tafel's).
    public var snapshot: [(String, String?)] {
        var copy = input
        copy.leden = copy.leden.map { var row = $0; row.id = nil; return row }
        return copy.values
    }
}
