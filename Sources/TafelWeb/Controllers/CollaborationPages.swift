import Hummingbird
import TafelCore
import TafelStore

struct CollaborationPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: Router<AppContext>) {
        router.get("/samenwerkingen", use: list)
        router.get("/samenwerkingen/:id", use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request)
        let page = try await catalog(context).collaborations(query)
        let table = Table(caption: "Samenwerkingen", columns: ["Naam", "Vorm", "Status", "Periode"], rows: page.items.map { c in
            TableRow(head: Cell(c.name, href: SitePath.record(.collaboration, c.id)),
                     cells: [Cell(c.form?.label ?? ""), Cell(c.status?.label ?? ""), Cell(c.periodText ?? "")])
        })
        return try renderer.render("lijst", ListPage(
            kind: .collaboration, heading: "Samenwerkingen",
            intro: "Het register van samenwerkingen tussen de provincie, de gemeenten en hun partners.",
            query: query, page: page, nouns: ("samenwerking", "samenwerkingen"), table: table))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .collaboration)
        guard let detail = try await catalog(context).collaboration(id: id) else { throw RecordNotFound(kind: .collaboration, id: id) }
        let c = detail.collaboration
        let facts = [
            Fact("Korte naam", c.shortName), Fact("Doel", c.purpose), Fact("Vorm", c.form?.label),
            Fact("Wgr-vorm", c.wgrForm?.label), Fact("Status", c.status?.label), Fact("Reden", c.statusReason),
            Fact("Periode", c.periodText),
            Fact("Rol van de provincie", c.provinceRoles.map(\.label).joined(separator: ", ")),
            Fact("Domeinen", c.domains.joined(separator: ", ")),
        ]
        let sections = [
            Section("Deelnemers", anchor: "deelnemers", table: Table(
                caption: "Deelnemers aan \(c.name)", columns: ["Organisatie", "Rol", "Periode"],
                rows: detail.participants.map {
                    TableRow(head: Cell($0.organisation), cells: [Cell($0.role.label), Cell($0.periodText ?? "")])
                })),
            Section("Geld", anchor: "geld", table: Table(
                caption: "Bedragen van \(c.name)", columns: ["Omschrijving", "Soort", "Bedrag", "Van", "Periode"],
                rows: detail.amounts.map { line in
                    TableRow(head: Cell(line.amount.description), cells: [
                        Cell(line.amount.kind.label), Cell(line.amount.amount.dutch()), Cell(line.organisation),
                        Cell(line.amount.period ?? ""),
                    ])
                })),
            Section("Sturing", anchor: "gremia", items: detail.bodies.map { Item($0) }),
            Section("Opgaven", anchor: "opgaven", items: detail.tasks.map { Item($0) }),
            Section("Opgavenagenda's", anchor: "agendas", items: detail.agendas.map { Item($0) }),
            Section("Verwante samenwerkingen", anchor: "verwant", items: detail.related.map {
                Item($0.collaboration, meta: $0.relation.label)
            }),
            Section("Documenten", anchor: "documenten", items: detail.documents.map { Item($0) }),
        ]
        return try renderer.render("detail", DetailPage(
            kind: .collaboration, heading: c.name, lead: c.description, facts: facts, sections: sections,
            sources: detail.sources, record: Reference(kind: .collaboration, id: c.id, name: ""),
            meta: c.meta))
    }
}
