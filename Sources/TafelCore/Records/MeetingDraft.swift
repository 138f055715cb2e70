import Foundation

/// A meeting as an editor or the API submits it, checked field by field: the meeting,
/// who takes part, the agenda (nested, in reading order) and what came out of it.
/// Whether referenced records exist is the store's check.
public struct MeetingDraft: Sendable, Hashable {
    public struct Participant: Sendable, Hashable {
        public var personID: String?
        public var organisationID: String?
        public var onBehalfOfID: String?
        public var role: AttendanceRole
        public var presence: Presence?

        public init(personID: String? = nil, organisationID: String? = nil, onBehalfOfID: String? = nil,
                    role: AttendanceRole, presence: Presence? = nil) {
            self.personID = personID; self.organisationID = organisationID; self.onBehalfOfID = onBehalfOfID
            self.role = role; self.presence = presence
        }
    }

    /// An action item of an earlier meeting: the meeting and the outcome's position in it.
    public struct ActionReference: Sendable, Hashable {
        public var meetingID: String
        public var position: Int

        public init(meetingID: String, position: Int) { self.meetingID = meetingID; self.position = position }

        /// `bijeenkomst-id#3`.
        public init?(code: String) {
            let parts = code.split(separator: "#")
            guard parts.count == 2, Slug.isValid(String(parts[0])), let position = Int(parts[1]), position >= 0 else { return nil }
            self.init(meetingID: String(parts[0]), position: position)
        }

        public var code: String { "\(meetingID)#\(position)" }
    }

    public struct AgendaEntry: Sendable, Hashable {
        public var key: Int
        public var parentKey: Int?
        public var title: String
        public var description: String?
        public var presenterID: String?
        public var durationMinutes: Int?
        public var isHamerstuk: Bool
        public var documentIDs: [String]
        public var carriedFrom: ActionReference?

        public init(key: Int, parentKey: Int? = nil, title: String, description: String? = nil, presenterID: String? = nil,
                    durationMinutes: Int? = nil, isHamerstuk: Bool = false, documentIDs: [String] = [],
                    carriedFrom: ActionReference? = nil) {
            self.key = key; self.parentKey = parentKey; self.title = title; self.description = description
            self.presenterID = presenterID; self.durationMinutes = durationMinutes; self.isHamerstuk = isHamerstuk
            self.documentIDs = documentIDs; self.carriedFrom = carriedFrom
        }
    }

    public struct OutcomeEntry: Sendable, Hashable {
        public var kind: OutcomeKind
        public var text: String
        public var agendaKey: Int?
        public var byPersonID: String?
        public var result: DecisionResult?
        public var ownerID: String?
        public var due: PartialDate?
        public var actionStatus: ActionStatus?

        public init(kind: OutcomeKind, text: String, agendaKey: Int? = nil, byPersonID: String? = nil,
                    result: DecisionResult? = nil, ownerID: String? = nil, due: PartialDate? = nil,
                    actionStatus: ActionStatus? = nil) {
            self.kind = kind; self.text = text; self.agendaKey = agendaKey; self.byPersonID = byPersonID
            self.result = result; self.ownerID = ownerID; self.due = due; self.actionStatus = actionStatus
        }
    }

    public var name: String
    public var kind: MeetingKind
    public var status: MeetingStatus
    public var bodyID: String?
    public var organiserIDs: [String]
    public var date: PartialDate?
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    public var actualStart: TimeOfDay?
    public var actualEnd: TimeOfDay?
    public var location: String?
    public var onlineURL: String?
    public var description: String?
    public var minutesDocumentID: String?
    public var participants: [Participant]
    /// In reading order.
    public var agenda: [AgendaEntry]
    public var outcomes: [OutcomeEntry]
    public var confidentiality: Confidentiality
    public var access: [Group]

    public init(name: String, kind: MeetingKind, status: MeetingStatus, bodyID: String? = nil, organiserIDs: [String] = [],
                date: PartialDate? = nil, start: TimeOfDay? = nil, end: TimeOfDay? = nil, actualStart: TimeOfDay? = nil,
                actualEnd: TimeOfDay? = nil, location: String? = nil, onlineURL: String? = nil, description: String? = nil,
                minutesDocumentID: String? = nil, participants: [Participant] = [], agenda: [AgendaEntry] = [],
                outcomes: [OutcomeEntry] = [], confidentiality: Confidentiality = .openbaar, access: [Group] = []) {
        self.name = name; self.kind = kind; self.status = status; self.bodyID = bodyID; self.organiserIDs = organiserIDs
        self.date = date; self.start = start; self.end = end; self.actualStart = actualStart; self.actualEnd = actualEnd
        self.location = location; self.onlineURL = onlineURL; self.description = description
        self.minutesDocumentID = minutesDocumentID; self.participants = participants
        self.agenda = Self.inReadingOrder(agenda); self.outcomes = outcomes
        self.confidentiality = confidentiality; self.access = access
    }

    public static let maximumRows = 500
    public static let maximumDuration = 24 * 60

    /// Checks every field and reports every problem at once; `today` decides what lies in the future.
    public init(_ input: MeetingInput, today: PartialDate = .today()) throws(ValidationFailure) {
        var check = FieldChecker()
        let name = check.line(input.naam, "naam", limit: 300, required: true)
        let kind = check.code(input.soort, "soort", MeetingKind.self, required: true)
        let status = check.code(input.status, "status", MeetingStatus.self, required: true)
        let body = check.id(input.gremium, "gremium")
        let organisers = check.ids(input.organisatoren, "organisatoren")
        let date = check.date(input.datum, "datum")
        if status == .gehouden, let date, date.iso > today.iso {
            check.problem("status", "status ‘gehouden’ kan niet bij een datum in de toekomst (\(date.iso)); kies ‘gepland’, of verbeter de datum.")
        }
        func time(_ value: String?, _ field: String) -> TimeOfDay? {
            guard let text = check.line(value, field, limit: 10) else { return nil }
            guard let time = TimeOfDay(text) else {
                check.problem(field, "\(field) moet een tijd zijn als UU:MM, bijvoorbeeld 09:30; ontvangen: ‘\(text)’.")
                return nil
            }
            return time
        }
        let start = time(input.aanvang, "aanvang")
        let end = time(input.einde, "einde")
        if let start, let end, end < start { check.problem("einde", "einde (\(end.text)) ligt vóór aanvang (\(start.text)).") }
        let actualStart = time(input.werkelijkeAanvang, "werkelijkeAanvang")
        let actualEnd = time(input.werkelijkEinde, "werkelijkEinde")
        if let actualStart, let actualEnd, actualEnd < actualStart {
            check.problem("werkelijkEinde", "werkelijkEinde (\(actualEnd.text)) ligt vóór werkelijkeAanvang (\(actualStart.text)).")
        }
        if (actualStart != nil || actualEnd != nil), status == .gepland || status == .geannuleerd {
            check.problem("werkelijkeAanvang", "werkelijkeAanvang en werkelijkEinde horen bij een gehouden bijeenkomst; de status is ‘\(status?.rawValue ?? "")’.")
        }
        let location = check.line(input.locatie, "locatie", limit: 300)
        let online = check.webAddress(input.onlineLink, "onlineLink")
        let description = check.text(input.omschrijving, "omschrijving", limit: 20_000)
        let minutes = check.id(input.verslag, "verslag")

        let participants = Self.participants(input.deelnemers, &check)
        let agenda = Self.agenda(input.agendapunten, &check)
        let outcomes = Self.outcomes(input.uitkomsten, agendaKeys: Set(agenda.map(\.key)), &check)
        for (field, count) in [("deelnemers", input.deelnemers.count), ("agendapunten", input.agendapunten.count),
                               ("uitkomsten", input.uitkomsten.count)] where count > Self.maximumRows {
            check.problem(field, "\(field) mag hoogstens \(Self.maximumRows) regels hebben; ontvangen: \(count).")
        }
        let (confidentiality, access) = check.access(level: input.vertrouwelijkheid, groups: input.toegang)
        try check.finish()
        self.init(name: name ?? "", kind: kind ?? .overleg, status: status ?? .gepland, bodyID: body, organiserIDs: organisers,
                  date: date, start: start, end: end, actualStart: actualStart, actualEnd: actualEnd, location: location,
                  onlineURL: online, description: description, minutesDocumentID: minutes, participants: participants,
                  agenda: agenda, outcomes: outcomes, confidentiality: confidentiality, access: access)
    }

    private static func participants(_ rows: [MeetingInput.Participant], _ check: inout FieldChecker) -> [Participant] {
        var result: [Participant] = []
        for (index, row) in rows.enumerated() where !row.isEmpty {
            let field = "deelnemers[\(index)]"
            let person = check.id(row.persoon, "\(field).persoon")
            let organisation = check.id(row.organisatie, "\(field).organisatie")
            let behalf = check.id(row.namens, "\(field).namens")
            let role = check.code(row.rol, "\(field).rol", AttendanceRole.self, required: true)
            let presence = check.code(row.aanwezigheid, "\(field).aanwezigheid", Presence.self)
            let named = (row.persoon ?? "").trimmed.isEmpty == false || (row.organisatie ?? "").trimmed.isEmpty == false
            if !named {
                check.problem("\(field).persoon", "\(field): vul een persoon in, of een organisatie die als geheel deelneemt.", code: "verplicht")
            }
            guard let role, person != nil || organisation != nil else { continue }
            if let person, result.contains(where: { $0.personID == person }) {
                check.problem("\(field).persoon", "\(field): persoon ‘\(person)’ staat al in de lijst van deelnemers.", code: "dubbel")
                continue
            }
            result.append(Participant(personID: person, organisationID: organisation,
                                      onBehalfOfID: behalf, role: role, presence: presence))
        }
        return result
    }

    private static func agenda(_ rows: [MeetingInput.AgendaItem], _ check: inout FieldChecker) -> [AgendaEntry] {
        // Keys first: given ones are kept, empty ones get the next free number.
        var keys: [Int?] = []
        var used: Set<Int> = []
        for (index, row) in rows.enumerated() {
            guard !row.isEmpty, let text = row.sleutel?.trimmed, !text.isEmpty else { keys.append(nil); continue }
            guard let key = Int(text), key >= 1 else {
                check.problem("agendapunten[\(index)].sleutel", "agendapunten[\(index)].sleutel moet een heel getal vanaf 1 zijn; ontvangen: ‘\(text)’.")
                keys.append(nil); continue
            }
            if !used.insert(key).inserted {
                check.problem("agendapunten[\(index)].sleutel", "agendapunten[\(index)].sleutel \(key) komt twee keer voor.", code: "dubbel")
            }
            keys.append(key)
        }
        var next = (used.max() ?? 0) + 1
        var result: [AgendaEntry] = []
        for (index, row) in rows.enumerated() where !row.isEmpty {
            let field = "agendapunten[\(index)]"
            let key = keys[index] ?? { defer { next += 1 }; return next }()
            let title = check.line(row.titel, "\(field).titel", limit: 500, required: true)
            let description = check.text(row.omschrijving, "\(field).omschrijving", limit: 10_000)
            let presenter = check.id(row.presentator, "\(field).presentator")
            var duration: Int?
            if let text = check.line(row.duur, "\(field).duur", limit: 10) {
                if let minutes = Int(text), (1...Self.maximumDuration).contains(minutes) { duration = minutes } else {
                    check.problem("\(field).duur", "\(field).duur moet een aantal minuten zijn van 1 tot \(Self.maximumDuration); ontvangen: ‘\(text)’.")
                }
            }
            let hamerstuk = check.flag(row.hamerstuk, "\(field).hamerstuk")
            let documents = check.ids(row.documenten, "\(field).documenten")
            var carried: ActionReference?
            if let text = check.line(row.overgenomenVan, "\(field).overgenomenVan", limit: 200) {
                carried = ActionReference(code: text)
                if carried == nil {
                    check.problem("\(field).overgenomenVan", "\(field).overgenomenVan moet de vorm bijeenkomst-id#nummer hebben; ontvangen: ‘\(text)’.")
                }
            }
            var parent: Int?
            if let text = check.line(row.onderdeelVan, "\(field).onderdeelVan", limit: 10) {
                parent = Int(text)
                if parent == nil {
                    check.problem("\(field).onderdeelVan", "\(field).onderdeelVan moet de sleutel van een ander agendapunt zijn; ontvangen: ‘\(text)’.")
                }
            }
            result.append(AgendaEntry(key: key, parentKey: parent, title: title ?? "", description: description,
                                      presenterID: presenter, durationMinutes: duration, isHamerstuk: hamerstuk,
                                      documentIDs: documents, carriedFrom: carried))
        }
        let all = Set(result.map(\.key))
        let cyclic = AgendaOrder.cyclic(result.map { AgendaOrder.Node(key: $0.key, parent: $0.parentKey) })
        for (entry, index) in zip(result, rows.indices.filter { !rows[$0].isEmpty }) {
            let field = "agendapunten[\(index)].onderdeelVan"
            guard let parent = entry.parentKey else { continue }
            if parent == entry.key || cyclic.contains(entry.key) {
                check.problem(field, "\(field): een agendapunt kan geen onderdeel zijn van zichzelf of van een eigen onderdeel.")
            } else if !all.contains(parent) {
                check.problem(field, "\(field): er is geen agendapunt met sleutel \(parent).", code: "onbekend")
            }
        }
        return result
    }

    private static func outcomes(_ rows: [MeetingInput.Outcome], agendaKeys: Set<Int>, _ check: inout FieldChecker) -> [OutcomeEntry] {
        var result: [OutcomeEntry] = []
        for (index, row) in rows.enumerated() where !row.isEmpty {
            let field = "uitkomsten[\(index)]"
            let kind = check.code(row.soort, "\(field).soort", OutcomeKind.self, required: true)
            let text = check.text(row.tekst, "\(field).tekst", limit: 10_000)
            if text == nil { check.problem("\(field).tekst", "\(field).tekst is verplicht.", code: "verplicht") }
            var agendaKey: Int?
            if let raw = check.line(row.agendapunt, "\(field).agendapunt", limit: 10) {
                agendaKey = Int(raw)
                if agendaKey.map({ !agendaKeys.contains($0) }) ?? true {
                    check.problem("\(field).agendapunt", "\(field).agendapunt: er is geen agendapunt met sleutel ‘\(raw)’.", code: "onbekend")
                    agendaKey = nil
                }
            }
            let by = check.id(row.door, "\(field).door")
            let result0 = check.code(row.resultaat, "\(field).resultaat", DecisionResult.self)
            if result0 != nil, kind != nil, kind != .besluit {
                check.problem("\(field).resultaat", "\(field).resultaat hoort alleen bij een besluit; deze uitkomst is een \(kind?.rawValue ?? "").")
            }
            let owner = check.id(row.eigenaar, "\(field).eigenaar")
            let due = check.date(row.deadline, "\(field).deadline")
            let status = check.code(row.actiestatus, "\(field).actiestatus", ActionStatus.self)
            if kind != nil, kind != .actiepunt, owner != nil || due != nil || status != nil {
                check.problem("\(field).soort", "\(field): eigenaar, deadline en actiestatus horen bij een actiepunt; kies soort ‘actiepunt’ of maak ze leeg.")
            }
            if kind == .actiepunt, owner == nil, (row.eigenaar ?? "").trimmed.isEmpty {
                check.problem("\(field).eigenaar", "\(field).eigenaar is verplicht bij een actiepunt: wie pakt het op?", code: "verplicht")
            }
            guard let kind, let text else { continue }
            result.append(OutcomeEntry(kind: kind, text: text, agendaKey: agendaKey, byPersonID: by, result: result0,
                                       ownerID: kind == .actiepunt ? owner : nil, due: kind == .actiepunt ? due : nil,
                                       actionStatus: kind == .actiepunt ? (status ?? .open) : nil))
        }
        return result
    }

    static func inReadingOrder(_ agenda: [AgendaEntry]) -> [AgendaEntry] {
        let byKey = Dictionary(agenda.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        return AgendaOrder.readingOrder(agenda.map { AgendaOrder.Node(key: $0.key, parent: $0.parentKey) }).compactMap { node in
            byKey[node.key].map { var entry = $0; entry.parentKey = node.parent; return entry }
        }
    }

    /// The numbers a person reads, by key.
    public var agendaNumbers: [Int: String] {
        AgendaOrder.numbers(agenda.map { AgendaOrder.Node(key: $0.key, parent: $0.parentKey) })
    }

    /// The draft as input again: what an edit form starts from.
    public var input: MeetingInput {
        MeetingInput(
            naam: name, soort: kind.rawValue, status: status.rawValue, gremium: bodyID, organisatoren: organiserIDs,
            datum: date?.iso, aanvang: start?.text, einde: end?.text, werkelijkeAanvang: actualStart?.text,
            werkelijkEinde: actualEnd?.text, locatie: location, onlineLink: onlineURL, omschrijving: description,
            verslag: minutesDocumentID,
            deelnemers: participants.map {
                .init(persoon: $0.personID, organisatie: $0.organisationID, namens: $0.onBehalfOfID, rol: $0.role.rawValue,
                      aanwezigheid: $0.presence?.rawValue)
            },
            agendapunten: agenda.map {
                .init(sleutel: String($0.key), onderdeelVan: $0.parentKey.map(String.init), titel: $0.title,
                      omschrijving: $0.description, presentator: $0.presenterID, duur: $0.durationMinutes.map(String.init),
                      hamerstuk: $0.isHamerstuk ? "ja" : nil, documenten: $0.documentIDs, overgenomenVan: $0.carriedFrom?.code)
            },
            uitkomsten: outcomes.map {
                .init(soort: $0.kind.rawValue, tekst: $0.text, agendapunt: $0.agendaKey.map(String.init), door: $0.byPersonID,
                      resultaat: $0.result?.rawValue, eigenaar: $0.ownerID, deadline: $0.due?.iso, actiestatus: $0.actionStatus?.rawValue)
            },
            vertrouwelijkheid: confidentiality.rawValue, toegang: access.sorted().map(\.code))
    }

    /// The fields as the history records them, in the API's names and order.
    public var snapshot: [(String, String?)] { input.values }
}

extension FieldChecker {
    /// A yes/no box: `ja`, `on` (a ticked checkbox) or `true` is yes; empty, `nee` or `false` is no.
    public mutating func flag(_ value: String?, _ field: String) -> Bool {
        guard let text = line(value, field, limit: 10)?.lowercased() else { return false }
        switch text {
        case "ja", "on", "true", "1": return true
        case "nee", "false", "0": return false
        default:
            problem(field, "\(field) moet ‘ja’ of ‘nee’ zijn; ontvangen: ‘\(text)’.")
            return false
        }
    }
}
