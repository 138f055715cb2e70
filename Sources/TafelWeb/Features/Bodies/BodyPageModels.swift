import TafelCore
import TafelStore

/// The pages of the bodies (gremia), composed from domain values (no database, no request).
extension ListPage {
    static func bodies(_ query: Catalog.ListQuery, _ page: Page<Body>, mayAdd: Bool = false) -> ListPage {
        let table = Table(caption: "Gremia", columns: ["Naam", "Soort", "Vergadert"], rows: page.items.map { b in
            TableRow(head: Cell(b.name, href: .record(.body, b.id)), cells: [Cell(b.kind.label), Cell(b.cadenceText ?? "")])
        })
        return ListPage(
            kind: .body, heading: "Gremia",
            intro: "De overlegstructuur: besturen, bestuurlijke en ambtelijke overleggen, kerngroepen, werkgroepen, Staten en commissies.",
            query: query, page: page, kindFilter: .init(BodyKind.self, label: "Soort", selected: query.kind),
            nouns: ("gremium", "gremia"), table: table,
            addLink: mayAdd ? Crumb(label: "Gremium toevoegen", href: .newBody) : nil,
            links: [Crumb(label: "Controle overlegstructuur: volgen de gremia hun eigen regels?", href: .structureCheck()),
                    Crumb(label: "Programma's van de portefeuilles", href: .list(.programme))])
    }
}

extension DetailPage {
    static func body(_ detail: BodyDetail, mayEdit: Bool = false) -> DetailPage {
        let b = detail.body
        let facts = [
            Fact("Soort", b.kind.label), Fact("Organisatie", detail.organisation), Fact("Onderdeel van", detail.parent),
            Fact("Vergadert", b.cadenceText),
        ]
        let sections = [
            Section("Leden", anchor: "leden", table: Table(
                caption: "Leden van \(b.name)", columns: ["Persoon", "Rol", "Namens", "Periode"],
                rows: detail.members.map { m in
                    TableRow(head: Cell(m.person), cells: [Cell(m.post ?? m.role ?? "lid"), Cell(m.onBehalfOf), Cell(m.periodText ?? "")])
                })),
            Section("Onderdelen", anchor: "onderdelen", items: detail.children.map { Item($0) }),
            Section("Bijeenkomsten", anchor: "bijeenkomsten", items: detail.meetings.map { Item($0) }),
            Section("Samenwerkingen", anchor: "samenwerkingen", items: detail.collaborations.map { Item($0) }),
            Section("Programma's", anchor: "programmas", items: detail.programmes.map { Item($0) }),
            Section("Achterban", anchor: "achterban", items: detail.constituencies.map { Item($0) }),
            Section("Is achterban van", anchor: "achterban-voor", items: detail.constituencyOf.map { Item($0) }),
        ]
        var page = DetailPage(
            kind: .body, heading: b.name, lead: b.description, facts: facts, sections: sections,
            sources: detail.sources, record: Reference(kind: .body, id: b.id, name: ""),
            editHref: mayEdit ? .editBody(b.id) : nil, meta: b.meta)
        page.deleteHref = mayEdit ? .deleteRecord(.body, b.id) : nil
        page.links = [Crumb(label: "De bijeenkomsten per maand in de kalender", href: .meetingMonth(body: b.id)),
                      Crumb(label: "Bijeenkomsten in uw agenda (iCalendar)", href: .bodyCalendar(b.id)),
                      Crumb(label: "Alle bijeenkomsten als Open Raadsinformatie (JSON)", href: .bodyMeetingsExport(b.id, .ods)),
                      Crumb(label: "Alle bijeenkomsten als Popolo-events (JSON)", href: .bodyMeetingsExport(b.id, .popolo))]
        if let organisation = detail.organisation {
            page.links += [
                Crumb(label: "Overlegstructuur van \(organisation.name)", href: .structure(organisation: organisation.id)),
                Crumb(label: "Controle van dit gremium aan de regels", href: .structureCheck(body: b.id)),
            ]
        }
        return page
    }
}
