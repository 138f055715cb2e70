import Hummingbird
import TafelCore
import TafelStore

struct TaskPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: Router<AppContext>) {
        router.get("/opgaven", use: list)
        router.get("/opgaven/:id", use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request, allowsAgenda: true)
        let page = try await catalog(context).tasks(query)
        let agendas = Dictionary(uniqueKeysWithValues: try await catalog(context).taskAgendas().map { ($0.id, $0.name) })
        let table = Table(caption: "Opgaven", columns: ["Opgave", "Agenda", "Cluster", "Consequenties"], rows: page.items.map { t in
            TableRow(head: Cell(t.number.map { "\($0). \(t.name)" } ?? t.name, href: SitePath.record(.task, t.id)),
                     cells: [Cell(agendas[t.agendaID] ?? t.agendaID, href: SitePath.record(.taskAgenda, t.agendaID)),
                             Cell(t.cluster ?? ""), Cell(t.consequences.map(\.label).joined(separator: ", "))])
        })
        let heading = query.agenda.flatMap { agendas[$0] } ?? "Opgaven"
        return try renderer.render("lijst", ListPage(
            kind: .task, heading: heading,
            intro: "Opgaven uit het Interbestuurlijk Programma, de focusopgaven van de VDG en de provinciale beleidsproducten.",
            query: query, page: page, nouns: ("opgave", "opgaven"), table: table))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .task)
        guard let detail = try await catalog(context).task(id: id) else { throw RecordNotFound(kind: .task, id: id) }
        let t = detail.task
        let agenda = Reference(kind: .taskAgenda, id: detail.agenda.id, name: detail.agenda.name)
        let facts = [
            Fact("Agenda", agenda), Fact("Nummer", t.number.map { "\($0)" }), Fact("Cluster", t.cluster),
            Fact("Rol van de provincie", t.provinceRoles.map(\.label).joined(separator: ", ")),
            Fact("Consequenties", t.consequences.map(\.label).joined(separator: ", ")),
        ]
        let sections = [
            Section("Samenwerkingen", anchor: "samenwerkingen", items: detail.collaborations.map { Item($0) }),
        ]
        return try renderer.render("detail", DetailPage(
            kind: .task, heading: t.name, lead: t.description, facts: facts, sections: sections,
            sources: detail.sources, record: Reference(kind: .task, id: t.id, name: ""),
            meta: t.meta))
    }
}
