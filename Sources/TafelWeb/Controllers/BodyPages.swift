import Hummingbird
import TafelCore
import TafelStore

struct BodyPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: Router<AppContext>) {
        router.get("/gremia", use: list)
        router.get("/gremia/:id", use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request, kinds: BodyKind.self)
        let page = try await catalog(context).bodies(query)
        let table = Table(caption: "Gremia", columns: ["Naam", "Soort", "Vergadert"], rows: page.items.map { b in
            TableRow(head: Cell(b.name, href: SitePath.record(.body, b.id)), cells: [Cell(b.kind.label), Cell(b.cadenceText ?? "")])
        })
        return try renderer.render("lijst", ListPage(
            kind: .body, heading: "Gremia",
            intro: "De overlegstructuur: besturen, bestuurlijke en ambtelijke overleggen, kerngroepen, werkgroepen, Staten en commissies.",
            query: query, page: page, kindFilter: .init(BodyKind.self, label: "Soort", selected: query.kind),
            nouns: ("gremium", "gremia"), table: table))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .body)
        guard let detail = try await catalog(context).body(id: id) else { throw RecordNotFound(kind: .body, id: id) }
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
        ]
        return try renderer.render("detail", DetailPage(
            kind: .body, heading: b.name, lead: b.description, facts: facts, sections: sections,
            sources: detail.sources, record: Reference(kind: .body, id: b.id, name: ""),
            meta: b.meta))
    }
}
