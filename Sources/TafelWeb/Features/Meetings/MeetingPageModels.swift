import TafelCore
import TafelStore

/// The meeting pages, composed from domain values (no database, no request).
extension ListPage {
    static func meetings(_ query: Catalog.ListQuery, _ page: Page<Meeting>, bodies: [Catalog.Choice], organisations: [Catalog.Choice],
                         mayAdd: Bool = false) -> ListPage {
        let table = Table(caption: "Bijeenkomsten", columns: ["Naam", "Datum", "Soort", "Status"], rows: page.items.map { m in
            TableRow(head: Cell(m.name, href: .record(.meeting, m.id)),
                     cells: [Cell(m.date?.dutch ?? ""), Cell(m.kind.label), Cell(m.status.label)])
        })
        var list = ListPage(
            kind: .meeting, heading: "Bijeenkomsten",
            intro: "Overleggen, Statenvergaderingen, congressen en gesprekken, met wie er was en wat het opleverde.",
            query: query, page: page, kindFilter: .init(MeetingKind.self, label: "Soort", selected: query.kind),
            nouns: ("bijeenkomst", "bijeenkomsten"), table: table,
            addLink: mayAdd ? Crumb(label: "Bijeenkomst toevoegen", href: .newMeeting) : nil,
            links: [Crumb(label: "Kalender per maand", href: .meetingMonth()),
                    Crumb(label: "Alle openbare bijeenkomsten in uw agenda (iCalendar)", href: .meetingsCalendar)])
        list.filters = [.choice("gremium", "Gremium", bodies, selected: query.body),
                        .choice("organisatie", "Organisatie", organisations, selected: query.organisation),
                        .date("vanaf", "Vanaf", query.from), .date("tot", "Tot en met", query.until)]
        return list
    }
}

extension DetailPage {
    static func meeting(_ detail: MeetingDetail, mayEdit: Bool = false, today: PartialDate = .today()) -> DetailPage {
        let m = detail.meeting
        let status = m.isOverdue(today: today) ? "\(m.status.label) (de datum is voorbij; de status is niet bijgewerkt)" : m.status.label
        let facts = [
            Fact("Soort", m.kind.label), Fact("Status", status), Fact("Datum", m.date?.dutch),
            Fact("Aanvang", m.startTime), Fact("Einde", m.endTime),
            Fact("Werkelijk", [m.actualStartTime, m.actualEndTime].compactMap { $0 }.joined(separator: " – ").nilIfEmpty),
            Fact("Locatie", m.location), Fact("Online deelnemen", m.onlineURL, externalHref: m.onlineURL),
            Fact("Gremium", detail.body),
            Fact("Georganiseerd door", detail.organisers.map(\.name).joined(separator: ", ")),
            Fact("Verslag", detail.minutes),
        ]
        let labels = Dictionary(detail.agenda.map { ($0.number, $0.label) }, uniquingKeysWith: { first, _ in first })
        let sections = [
            doubleBookingSection(detail),
            Section("Deelnemers", anchor: "deelnemers", table: Table(
                caption: "Deelnemers aan \(m.name)", columns: ["Deelnemer", "Rol", "Namens", "Aanwezigheid"],
                rows: detail.attendances.map { a in
                    TableRow(head: Cell(a.person ?? a.organisation),
                             cells: [Cell(a.role.label), Cell(a.onBehalfOf), Cell(a.presence?.label ?? "")])
                })),
            Section("Agenda", anchor: "agenda", table: agendaTable(detail.agenda, meeting: m.name)),
            Section("Uitkomsten", anchor: "uitkomsten", table: Table(
                caption: "Uitkomsten van \(m.name)",
                columns: ["Uitkomst", "Soort", "Agendapunt", "Door", "Resultaat of eigenaar", "Deadline", "Status"],
                rows: detail.outcomes.map { line in
                    let o = line.outcome
                    return TableRow(head: Cell(o.text), cells: [
                        Cell(o.kind.label), Cell(o.agendaItemNumber.map { labels[$0] ?? "\($0)" } ?? ""), Cell(line.by),
                        o.kind == .actiepunt ? Cell(line.owner) : Cell(o.result?.label ?? ""),
                        Cell(o.due?.dutch ?? ""), Cell(actionStatus(o, today: today)),
                    ])
                })),
            Section("Documenten", anchor: "documenten", items: detail.documents.map { Item($0) }),
            Section("Toezeggingen", anchor: "toezeggingen", items: detail.commitments.map { Item($0) }),
            Section("Agenderingsverzoeken", anchor: "agenderingsverzoeken", items: detail.agendaRequests.map { Item($0) }),
        ]
        var page = DetailPage(
            kind: .meeting, heading: m.name, lead: m.description, facts: facts, sections: sections,
            sources: detail.sources, record: Reference(kind: .meeting, id: m.id, name: ""),
            editHref: mayEdit ? .editMeeting(m.id) : nil, meta: m.meta)
        page.deleteHref = mayEdit ? .deleteRecord(.meeting, m.id) : nil
        page.links = (mayEdit ? [Crumb(label: "Voorbereiden: agenda, openstaande actiepunten en dubbele boekingen", href: .meetingPreparation(m.id))] : [])
            + [Crumb(label: "Deze bijeenkomst als Open Raadsinformatie (JSON)", href: .meetingExport(m.id, .ods)),
               Crumb(label: "Deze bijeenkomst als Popolo-event (JSON)", href: .meetingExport(m.id, .popolo))]
        return page
    }

    /// The agenda as a table: number, item (marked hamerstuk or carried over), presenter, duration, documents.
    static func agendaTable(_ agenda: [AgendaItem], meeting: String) -> Table {
        Table(caption: "Agenda van \(meeting)", columns: ["Nr.", "Agendapunt", "Presentator", "Duur", "Stukken", "Toelichting"],
              rows: agenda.map { item in
                  let marks = [item.isHamerstuk ? "hamerstuk" : nil, item.carriedFrom.map { _ in "overgenomen actiepunt" }].compactMap { $0 }
                  return TableRow(head: Cell(item.label), cells: [
                      Cell(item.title + (marks.isEmpty ? "" : " (\(marks.joined(separator: ", ")))"),
                           href: item.carriedFrom.map { .record(.meeting, $0.meetingID) }),
                      Cell(item.presenter), Cell(item.durationMinutes.map { "\($0) min" } ?? ""),
                      Cell(listing: item.documents), Cell(item.description ?? ""),
                  ])
              })
    }

    /// An action item's status in words, with "te laat" when it is open past its deadline.
    static func actionStatus(_ outcome: Outcome, today: PartialDate) -> String {
        guard outcome.kind == .actiepunt, let status = outcome.actionStatus else { return "" }
        if status == .open, let due = outcome.due, due.upperBound < today.iso { return "Open, over de deadline" }
        return status.label
    }

    static func doubleBookingSection(_ detail: MeetingDetail) -> Section {
        Section("Dubbel geboekt", anchor: "dubbel-geboekt", table: Table(
            caption: "Deelnemers die op dezelfde dag ook bij een andere bijeenkomst staan",
            columns: ["Deelnemer", "Andere bijeenkomst", "Aanvang", "Overlap"],
            rows: detail.doubleBookings.map { line in
                TableRow(head: Cell(line.person), cells: [
                    Cell(line.other), Cell(line.otherStart ?? "tijd onbekend"),
                    Cell(line.overlap == .certain ? "Tijden overlappen" : "Mogelijk: een van beide heeft geen tijd"),
                ])
            }))
    }
}
