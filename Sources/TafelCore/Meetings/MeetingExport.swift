import Foundation

/// A meeting as the open standards describe it: the VNG model "Open Raads-, Staten- en
/// Bestuursinformatie" (ODS 2.0.0-beta.4: Vergadering, Agendapunt, Besluit) and Popolo 1.0.1
/// (Event). Field by field in docs/BIJEENKOMSTEN.md. Pure: a `MeetingDetail` in, values out.
public enum MeetingExport {
    // MARK: Open Raads-, Staten- en Bestuursinformatie

    public struct Vergadering: Codable, Sendable, Hashable {
        public var identificatie: String
        public var naam: String
        /// ODS's list; nil for a kind it has no word for (see `tafelSoort`).
        public var vergaderingstype: String?
        public var tafelSoort: String
        public var status: String
        public var geplandeAanvangVergadering: String?
        public var geplandEindeVergadering: String?
        public var aanvangVergadering: String?
        public var eindeVergadering: String?
        public var locatie: String?
        public var gremium: Verwijzing?
        public var agendapunten: [Agendapunt]
        /// Outcomes not tied to an agenda item: ODS has no place for them (a Tafel addition).
        public var uitkomstenZonderAgendapunt: [Uitkomst]
        public var verslag: Verwijzing?
    }

    public struct Agendapunt: Codable, Sendable, Hashable {
        public var identificatie: String
        public var agendapuntvolgnummer: String
        public var agendapuntTitel: String
        public var agendapuntOmschrijving: String?
        /// The `identificatie` of the item this one is part of.
        public var hoofdagendapunt: String?
        public var indicatieHamerstuk: Bool
        /// Known only for a meeting that was held (every item counts as dealt with) or cancelled (none).
        public var indicatorBehandeld: Bool?
        public var indicatorBesloten: Bool
        public var besluiten: [Besluit]
        public var toezeggingen: [String]
        public var informatieobjecten: [Verwijzing]
        /// Recommendations, agreements, conclusions and action items (a Tafel addition).
        public var overigeUitkomsten: [Uitkomst]
    }

    public struct Besluit: Codable, Sendable, Hashable {
        public var besluitresultaat: String?
        public var besluittoelichting: String
    }

    public struct Uitkomst: Codable, Sendable, Hashable {
        public var soort: String
        public var tekst: String
        public var eigenaar: String?
        public var deadline: String?
        public var actiestatus: String?
    }

    public struct Verwijzing: Codable, Sendable, Hashable {
        public var identificatie: String
        public var naam: String
    }

    /// ODS's `vergaderingstype` for a Tafel kind, where the two mean the same.
    public static func vergaderingstype(_ kind: MeetingKind) -> String? {
        switch kind {
        case .statenvergadering: "statenvergadering"
        case .commissievergadering: "commissievergadering"
        default: nil
        }
    }

    public static func vergadering(_ detail: MeetingDetail) -> Vergadering {
        let m = detail.meeting
        let identifiers = Dictionary(detail.agenda.map { ($0.number, "\(m.id)-punt-\($0.number)") }, uniquingKeysWith: { first, _ in first })
        let byItem = Dictionary(grouping: detail.outcomes.filter { $0.outcome.agendaItemNumber != nil }, by: { $0.outcome.agendaItemNumber! })
        let dealtWith: Bool? = switch m.status {
        case .gehouden: true
        case .geannuleerd: false
        case .gepland: nil
        }
        return Vergadering(
            identificatie: m.id, naam: m.name, vergaderingstype: vergaderingstype(m.kind), tafelSoort: m.kind.rawValue,
            status: m.status.rawValue,
            geplandeAanvangVergadering: moment(m.date, m.startTime), geplandEindeVergadering: moment(m.date, m.endTime),
            aanvangVergadering: moment(m.date, m.actualStartTime), eindeVergadering: moment(m.date, m.actualEndTime),
            locatie: m.location ?? m.onlineURL, gremium: detail.body.map(verwijzing),
            agendapunten: detail.agenda.map { item in
                let outcomes = byItem[item.number] ?? []
                let decisions = outcomes.filter { $0.outcome.kind == .besluit }
                return Agendapunt(
                    identificatie: identifiers[item.number] ?? "", agendapuntvolgnummer: item.label, agendapuntTitel: item.title,
                    agendapuntOmschrijving: item.description, hoofdagendapunt: item.parentNumber.flatMap { identifiers[$0] },
                    indicatieHamerstuk: item.isHamerstuk, indicatorBehandeld: dealtWith, indicatorBesloten: !decisions.isEmpty,
                    besluiten: decisions.map { Besluit(besluitresultaat: $0.outcome.result?.rawValue, besluittoelichting: $0.outcome.text) },
                    toezeggingen: outcomes.filter { $0.outcome.kind == .toezegging }.map(\.outcome.text),
                    informatieobjecten: item.documents.map(verwijzing),
                    overigeUitkomsten: outcomes.filter { $0.outcome.kind != .besluit && $0.outcome.kind != .toezegging }.map(uitkomst))
            },
            uitkomstenZonderAgendapunt: detail.outcomes.filter { $0.outcome.agendaItemNumber == nil }.map(uitkomst),
            verslag: detail.minutes.map(verwijzing))
    }

    // MARK: Popolo

    public struct Event: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var classification: String
        public var status: String
        public var start_date: String?
        public var end_date: String?
        public var location: String?
        public var organization_id: String?
        public var attendees: [Attendee]
        public var description: String?
    }

    public struct Attendee: Codable, Sendable, Hashable {
        public var person_id: String?
        public var organization_id: String?
        public var on_behalf_of_id: String?
        public var role: String
        /// Tafel's attendance (aanwezig, afgemeld, afwezig), when known.
        public var attendance: String?
    }

    public static func event(_ detail: MeetingDetail) -> Event {
        let m = detail.meeting
        return Event(
            id: m.id, name: m.name, classification: m.kind.rawValue, status: m.status.rawValue,
            start_date: moment(m.date, m.actualStartTime ?? m.startTime) ?? m.date?.iso,
            end_date: moment(m.date, m.actualEndTime ?? m.endTime),
            location: m.location ?? m.onlineURL, organization_id: m.bodyID,
            attendees: detail.attendances.map {
                Attendee(person_id: $0.person?.id, organization_id: $0.organisation?.id, on_behalf_of_id: $0.onBehalfOf?.id,
                         role: $0.role.rawValue, attendance: $0.presence?.rawValue)
            },
            description: m.description)
    }

    // MARK: Pieces

    /// `2020-11-13T09:30:00+01:00`: a day and a time in Europe/Amsterdam, with the offset of that day;
    /// nil without an exact day or a time.
    public static func moment(_ date: PartialDate?, _ time: String?) -> String? {
        guard let date, let day = date.day, let month = date.month, let time = time.flatMap(TimeOfDay.init) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        let zone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
        calendar.timeZone = zone
        guard let instant = calendar.date(from: DateComponents(year: date.year, month: month, day: day,
                                                               hour: time.minutes / 60, minute: time.minutes % 60))
        else { return nil }
        let seconds = zone.secondsFromGMT(for: instant)
        let sign = seconds < 0 ? "-" : "+"
        let offset = sign + zeroPadded(abs(seconds) / 3600, width: 2) + ":" + zeroPadded(abs(seconds) % 3600 / 60, width: 2)
        return "\(date.iso)T\(time.text):00\(offset)"
    }

    private static func verwijzing(_ reference: Reference) -> Verwijzing {
        Verwijzing(identificatie: reference.id, naam: reference.name)
    }

    private static func uitkomst(_ line: OutcomeLine) -> Uitkomst {
        Uitkomst(soort: line.outcome.kind.rawValue, tekst: line.outcome.text, eigenaar: line.owner?.name,
                 deadline: line.outcome.due?.iso, actiestatus: line.outcome.actionStatus?.rawValue)
    }
}
