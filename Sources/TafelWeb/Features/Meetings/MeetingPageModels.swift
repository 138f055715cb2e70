import TafelCore
import TafelStore

/// The meeting pages, composed from domain values (no database, no request).
extension ListPage {
    static func meetings(_ query: Catalog.ListQuery, _ page: Page<Meeting>) -> ListPage {
        let table = Table(caption: "Bijeenkomsten", columns: ["Naam", "Datum", "Soort", "Status"], rows: page.items.map { m in
            TableRow(head: Cell(m.name, href: .record(.meeting, m.id)),
                     cells: [Cell(m.date?.dutch ?? ""), Cell(m.kind.label), Cell(m.status.label)])
        })
        return ListPage(
            kind: .meeting, heading: "Bijeenkomsten",
            intro: "Overleggen, Statenvergaderingen, congressen en gesprekken, met wie er was en wat het opleverde.",
            query: query, page: page, kindFilter: .init(MeetingKind.self, label: "Soort", selected: query.kind),
            nouns: ("bijeenkomst", "bijeenkomsten"), table: table,
            links: [Crumb(label: "Kalender per maand", href: .meetingMonth()),
                    Crumb(label: "Alle openbare bijeenkomsten in uw agenda (iCalendar)", href: .meetingsCalendar)])
    }
}

extension DetailPage {
    static func meeting(_ detail: MeetingDetail) -> DetailPage {
        let m = detail.meeting
        let facts = [
            Fact("Soort", m.kind.label), Fact("Status", m.status.label), Fact("Datum", m.date?.dutch),
            Fact("Aanvang", m.startTime), Fact("Locatie", m.location), Fact("Gremium", detail.body),
            Fact("Georganiseerd door", detail.organisers.map(\.name).joined(separator: ", ")),
        ]
        let sections = [
            Section("Deelnemers", anchor: "deelnemers", table: Table(
                caption: "Deelnemers aan \(m.name)", columns: ["Deelnemer", "Rol", "Namens"],
                rows: detail.attendances.map { a in
                    TableRow(head: Cell(a.person ?? a.organisation), cells: [Cell(a.role.label), Cell(a.onBehalfOf)])
                })),
            Section("Agenda", anchor: "agenda", items: detail.agenda.map {
                Item("\($0.number). \($0.title)", meta: $0.description)
            }),
            Section("Uitkomsten", anchor: "uitkomsten", table: Table(
                caption: "Uitkomsten van \(m.name)", columns: ["Uitkomst", "Soort", "Agendapunt", "Door"],
                rows: detail.outcomes.map { line in
                    TableRow(head: Cell(line.outcome.text), cells: [
                        Cell(line.outcome.kind.label), Cell(line.outcome.agendaItemNumber.map { "\($0)" } ?? ""), Cell(line.by),
                    ])
                })),
            Section("Documenten", anchor: "documenten", items: detail.documents.map { Item($0) }),
        ]
        return DetailPage(
            kind: .meeting, heading: m.name, lead: m.description, facts: facts, sections: sections,
            sources: detail.sources, record: Reference(kind: .meeting, id: m.id, name: ""), meta: m.meta)
    }
}
