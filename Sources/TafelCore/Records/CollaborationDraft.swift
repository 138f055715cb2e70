import Foundation

/// A collaboration as an editor, the API or an import file submits it, checked field by
/// field. Field names are the API's Dutch camelCase names; nested rows are named
/// `deelnemers[2].rol`. Whether referenced records exist is the store's check.
public struct CollaborationDraft: Sendable, Hashable {
    public struct Participant: Sendable, Hashable {
        public var organisationID: String
        public var role: ParticipantRole
        public var start: PartialDate?
        public var end: PartialDate?

        public init(organisationID: String, role: ParticipantRole, start: PartialDate? = nil, end: PartialDate? = nil) {
            self.organisationID = organisationID; self.role = role; self.start = start; self.end = end
        }
    }

    public struct Amount: Sendable, Hashable {
        public var description: String
        public var kind: AmountKind
        public var amount: Money
        public var organisationID: String?
        public var period: String?

        public init(description: String, kind: AmountKind, amount: Money, organisationID: String? = nil, period: String? = nil) {
            self.description = description; self.kind = kind; self.amount = amount
            self.organisationID = organisationID; self.period = period
        }
    }

    public struct Relation: Sendable, Hashable {
        public var collaborationID: String
        public var relation: CollaborationRelation

        public init(collaborationID: String, relation: CollaborationRelation) {
            self.collaborationID = collaborationID; self.relation = relation
        }
    }

    public var name: String
    public var shortName: String?
    public var purpose: String?
    public var description: String?
    public var form: CollaborationForm?
    public var wgrForm: WgrForm?
    /// Nil when the sources do not say (several of the seeds' collaborations).
    public var status: CollaborationStatus?
    public var statusReason: String?
    public var start: PartialDate?
    public var end: PartialDate?
    public var provinceRoles: [ProvinceRole]
    public var domains: [String]
    public var taskIDs: [String]
    public var bodyIDs: [String]
    public var participants: [Participant]
    public var amounts: [Amount]
    public var councilInvolvement: [CouncilInvolvement]
    public var councilReporting: String?
    public var legalBasis: String?
    public var seat: String?
    public var transferredPowers: String?
    public var related: [Relation]
    public var confidentiality: Confidentiality
    public var access: [Group]

    public init(name: String, shortName: String? = nil, purpose: String? = nil, description: String? = nil,
                form: CollaborationForm? = nil, wgrForm: WgrForm? = nil, status: CollaborationStatus? = nil,
                statusReason: String? = nil, start: PartialDate? = nil, end: PartialDate? = nil,
                provinceRoles: [ProvinceRole] = [], domains: [String] = [], taskIDs: [String] = [], bodyIDs: [String] = [],
                participants: [Participant] = [], amounts: [Amount] = [], councilInvolvement: [CouncilInvolvement] = [],
                councilReporting: String? = nil, legalBasis: String? = nil, seat: String? = nil,
                transferredPowers: String? = nil, related: [Relation] = [],
                confidentiality: Confidentiality = .openbaar, access: [Group] = []) {
        self.name = name; self.shortName = shortName; self.purpose = purpose; self.description = description
        self.form = form; self.wgrForm = wgrForm; self.status = status; self.statusReason = statusReason
        self.start = start; self.end = end; self.provinceRoles = provinceRoles; self.domains = domains
        self.taskIDs = taskIDs; self.bodyIDs = bodyIDs; self.participants = participants; self.amounts = amounts
        self.councilInvolvement = councilInvolvement; self.councilReporting = councilReporting
        self.legalBasis = legalBasis; self.seat = seat; self.transferredPowers = transferredPowers
        self.related = related; self.confidentiality = confidentiality; self.access = access
    }

    public static let maximumNameLength = 300
    public static let maximumTextLength = 20_000
    public static let maximumRows = 500

    /// Checks every field and reports every problem at once.
    public init(_ input: CollaborationInput) throws(ValidationFailure) {
        var check = FieldChecker()
        let name = check.line(input.naam, "naam", limit: Self.maximumNameLength, required: true)
        let shortName = check.line(input.korteNaam, "korteNaam", limit: 100)
        let purpose = check.text(input.doel, "doel", limit: Self.maximumTextLength)
        let description = check.text(input.omschrijving, "omschrijving", limit: Self.maximumTextLength)
        let form = check.code(input.vorm, "vorm", CollaborationForm.self)
        let wgrForm = check.code(input.wgrVorm, "wgrVorm", WgrForm.self)
        if wgrForm != nil, form != .gemeenschappelijkeRegeling, !check.problems.contains(where: { $0.field == "vorm" }) {
            check.problem("wgrVorm", "wgrVorm kan alleen bij vorm ‘gemeenschappelijke_regeling’; hier is vorm \(form.map { "‘\($0.rawValue)’" } ?? "leeg").")
        }
        let status = check.code(input.status, "status", CollaborationStatus.self)
        let reason = check.text(input.redenBeeindiging, "redenBeeindiging", limit: 5_000)
        if let status, status.requiresReason, reason == nil {
            check.problem("redenBeeindiging", "redenBeeindiging is verplicht als de status ‘\(status.rawValue)’ is: leg uit waarom.", code: "verplicht")
        }
        let start = check.date(input.startdatum, "startdatum")
        let end = check.date(input.einddatum, "einddatum")
        // A coarser end date counts up to the last day it can mean: 2012-03 … 2012 is fine.
        if let start, let end, end.upperBound < start.iso {
            check.problem("einddatum", "einddatum (\(end.iso)) ligt vóór startdatum (\(start.iso)).")
        }
        let roles = check.codes(input.rolProvincie, "rolProvincie", ProvinceRole.self)
        var domains: [String] = []
        for value in input.domeinen {
            if let domain = check.line(value, "domeinen", limit: 100)?.lowercased(), !domains.contains(domain) { domains.append(domain) }
        }
        let tasks = check.ids(input.opgaven, "opgaven")
        let bodies = check.ids(input.gremia, "gremia")

        var participants: [Participant] = []
        for (index, row) in input.deelnemers.enumerated() where !row.isEmpty {
            let field = "deelnemers[\(index)]"
            let organisation = check.id(row.organisatie, "\(field).organisatie", required: true)
            let role = check.code(row.rol, "\(field).rol", ParticipantRole.self, required: true)
            let from = check.date(row.vanaf, "\(field).vanaf")
            let until = check.date(row.tot, "\(field).tot")
            if let from, let until, until.upperBound < from.iso {
                check.problem("\(field).tot", "\(field).tot (\(until.iso)) ligt vóór \(field).vanaf (\(from.iso)).")
            }
            guard let organisation, let role else { continue }
            if participants.contains(where: { $0.organisationID == organisation && $0.role == role }) {
                check.problem("\(field).organisatie", "\(field): organisatie ‘\(organisation)’ staat al als \(role.rawValue) in de lijst.", code: "dubbel")
            } else {
                participants.append(Participant(organisationID: organisation, role: role, start: from, end: until))
            }
        }

        var amounts: [Amount] = []
        for (index, row) in input.bedragen.enumerated() where !row.isEmpty {
            let field = "bedragen[\(index)]"
            let text = check.line(row.omschrijving, "\(field).omschrijving", limit: 300, required: true)
            let kind = check.code(row.soort, "\(field).soort", AmountKind.self, required: true)
            var money: Money?
            if let raw = check.line(row.bedrag, "\(field).bedrag", required: true) {
                money = Money(euros: raw)
                if money == nil {
                    check.problem("\(field).bedrag", "\(field).bedrag moet een bedrag in euro’s zijn, zoals 6000000 of 1.234,50; ontvangen: ‘\(raw)’.")
                }
            }
            let organisation = check.id(row.organisatie, "\(field).organisatie")
            let period = check.line(row.periode, "\(field).periode", limit: 40)
            if let text, let kind, let money {
                amounts.append(Amount(description: text, kind: kind, amount: money, organisationID: organisation, period: period))
            }
        }

        let involvement = check.codes(input.betrokkenheidRaden, "betrokkenheidRaden", CouncilInvolvement.self)
        let reporting = check.text(input.verantwoording, "verantwoording", limit: 5_000)
        let legalBasis = check.text(input.juridischeGrondslag, "juridischeGrondslag", limit: 5_000)
        let seat = check.line(input.vestigingsplaats, "vestigingsplaats", limit: 200)
        let powers = check.text(input.overgedragenBevoegdheden, "overgedragenBevoegdheden", limit: Self.maximumTextLength)

        var related: [Relation] = []
        for (index, row) in input.gerelateerd.enumerated() where !row.isEmpty {
            let field = "gerelateerd[\(index)]"
            let id = check.id(row.samenwerking, "\(field).samenwerking", required: true)
            let relation = check.code(row.relatie, "\(field).relatie", CollaborationRelation.self, required: true)
            if let id, let relation, !related.contains(where: { $0.collaborationID == id && $0.relation == relation }) {
                related.append(Relation(collaborationID: id, relation: relation))
            }
        }
        for (field, count) in [("deelnemers", input.deelnemers.count), ("bedragen", input.bedragen.count), ("gerelateerd", input.gerelateerd.count)]
        where count > Self.maximumRows {
            check.problem(field, "\(field) mag hoogstens \(Self.maximumRows) regels hebben; ontvangen: \(count).")
        }
        let (confidentiality, access) = check.access(level: input.vertrouwelijkheid, groups: input.toegang)
        try check.finish()
        self.init(name: name ?? "", shortName: shortName, purpose: purpose, description: description, form: form,
                  wgrForm: wgrForm, status: status, statusReason: reason, start: start, end: end, provinceRoles: roles,
                  domains: domains, taskIDs: tasks, bodyIDs: bodies, participants: participants, amounts: amounts,
                  councilInvolvement: involvement, councilReporting: reporting, legalBasis: legalBasis, seat: seat,
                  transferredPowers: powers, related: related, confidentiality: confidentiality, access: access)
    }

    /// The draft as input again: what an edit form starts from, and what export writes.
    public var input: CollaborationInput {
        CollaborationInput(
            naam: name, korteNaam: shortName, doel: purpose, omschrijving: description, vorm: form?.rawValue,
            wgrVorm: wgrForm?.rawValue, status: status?.rawValue, redenBeeindiging: statusReason, startdatum: start?.iso,
            einddatum: end?.iso, rolProvincie: provinceRoles.map(\.rawValue), domeinen: domains, opgaven: taskIDs,
            gremia: bodyIDs,
            deelnemers: participants.map {
                .init(organisatie: $0.organisationID, rol: $0.role.rawValue, vanaf: $0.start?.iso, tot: $0.end?.iso)
            },
            bedragen: amounts.map {
                .init(omschrijving: $0.description, soort: $0.kind.rawValue, bedrag: $0.amount.plainEuros,
                      organisatie: $0.organisationID, periode: $0.period)
            },
            betrokkenheidRaden: councilInvolvement.map(\.rawValue), verantwoording: councilReporting,
            juridischeGrondslag: legalBasis, vestigingsplaats: seat, overgedragenBevoegdheden: transferredPowers,
            gerelateerd: related.map { .init(samenwerking: $0.collaborationID, relatie: $0.relation.rawValue) },
            vertrouwelijkheid: confidentiality.rawValue, toegang: access.sorted().map(\.code))
    }

    /// The fields as the history records them, in the API's names and order.
    public var snapshot: [(String, String?)] { input.values }

    /// The same collaboration with its lists in a canonical order: two drafts that differ
    /// only in the order of their rows are the same record (an import changes nothing then).
    public var normalised: CollaborationDraft {
        var copy = self
        copy.provinceRoles.sort { $0.rawValue < $1.rawValue }
        copy.domains.sort()
        copy.taskIDs.sort()
        copy.bodyIDs.sort()
        copy.participants.sort { ($0.organisationID, $0.role.rawValue) < ($1.organisationID, $1.role.rawValue) }
        copy.councilInvolvement.sort { $0.rawValue < $1.rawValue }
        copy.related.sort { ($0.collaborationID, $0.relation.rawValue) < ($1.collaborationID, $1.relation.rawValue) }
        copy.access.sort()
        return copy
    }
}
