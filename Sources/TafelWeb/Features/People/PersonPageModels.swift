import TafelCore
import TafelStore

/// The people pages, composed from domain values (no database, no request).
extension ListPage {
    static func persons(_ query: Catalog.ListQuery, _ page: Page<Person>) -> ListPage {
        let table = Table(caption: "Personen", columns: ["Naam", "Omschrijving"], rows: page.items.map { p in
            TableRow(head: Cell(p.name, href: .record(.person, p.id)), cells: [Cell(p.description ?? "")])
        })
        return ListPage(
            kind: .person, heading: "Personen",
            intro: "Bestuurders, ambtenaren en anderen die in de bronnen worden genoemd, met hun functies.",
            query: query, page: page, nouns: ("persoon", "personen"), table: table)
    }
}

extension DetailPage {
    static func person(_ detail: PersonDetail) -> DetailPage {
        let p = detail.person
        let facts = [
            Fact("Voornaam", p.givenName), Fact("Tussenvoegsel", p.familyNamePrefix), Fact("Achternaam", p.familyName),
        ]
        let sections = [
            Section("Functies en lidmaatschappen", anchor: "lidmaatschappen", table: Table(
                caption: "Functies en lidmaatschappen van \(p.name)", columns: ["Functie", "Bij", "Namens", "Periode"],
                rows: detail.memberships.map { m in
                    TableRow(head: Cell(m.post ?? m.role ?? "lid"), cells: [
                        Cell(m.body ?? m.organisation), Cell(m.onBehalfOf), Cell(m.periodText ?? ""),
                    ])
                })),
            Section("Bijeenkomsten", anchor: "bijeenkomsten", table: Table(
                caption: "Bijeenkomsten met \(p.name)", columns: ["Bijeenkomst", "Datum", "Rol", "Namens"],
                rows: detail.meetings.map { a in
                    TableRow(head: Cell(a.meeting), cells: [Cell(a.meetingDate?.dutch ?? ""), Cell(a.role.label), Cell(a.onBehalfOf)])
                })),
        ]
        var page = DetailPage(
            kind: .person, heading: p.name, lead: p.description, facts: facts, sections: sections,
            sources: detail.sources, record: Reference(kind: .person, id: p.id, name: ""), meta: p.meta)
        if !detail.meetings.isEmpty {
            page.links = [Crumb(label: "Bijeenkomsten met \(p.name) in uw agenda (iCalendar)", href: .personCalendar(p.id))]
        }
        return page
    }
}
