import Hummingbird
import TafelCore
import TafelStore

struct PersonPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: Router<AppContext>) {
        router.get("/personen", use: list)
        router.get("/personen/:id", use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request)
        let page = try await catalog(context).persons(query)
        let table = Table(caption: "Personen", columns: ["Naam", "Omschrijving"], rows: page.items.map { p in
            TableRow(head: Cell(p.name, href: SitePath.record(.person, p.id)), cells: [Cell(p.description ?? "")])
        })
        return try renderer.render("lijst", ListPage(
            kind: .person, heading: "Personen",
            intro: "Bestuurders, ambtenaren en anderen die in de bronnen worden genoemd, met hun functies.",
            query: query, page: page, nouns: ("persoon", "personen"), table: table))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .person)
        guard let detail = try await catalog(context).person(id: id) else { throw RecordNotFound(kind: .person, id: id) }
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
        return try renderer.render("detail", DetailPage(
            kind: .person, heading: p.name, lead: p.description, facts: facts, sections: sections,
            sources: detail.sources, record: Reference(kind: .person, id: p.id, name: ""),
            meta: p.meta))
    }
}
