import TafelCore
import TafelStore

/// The task pages, composed from domain values (no database, no request).
extension ListPage {
    /// `agendas`: every agenda's name by id, for the column and for the heading of one agenda's list.
    static func tasks(_ query: Catalog.ListQuery, _ page: Page<Task>, agendas: [String: String]) -> ListPage {
        let table = Table(caption: "Opgaven", columns: ["Opgave", "Agenda", "Cluster", "Consequenties"], rows: page.items.map { t in
            TableRow(head: Cell(t.number.map { "\($0). \(t.name)" } ?? t.name, href: .record(.task, t.id)),
                     cells: [Cell(agendas[t.agendaID] ?? t.agendaID, href: SiteRoute.page(of: .taskAgenda, t.agendaID)),
                             Cell(t.cluster ?? ""), Cell(t.consequences.map(\.label).joined(separator: ", "))])
        })
        return ListPage(
            kind: .task, heading: query.agenda.flatMap { agendas[$0] } ?? "Opgaven",
            intro: "Opgaven uit het Interbestuurlijk Programma, de focusopgaven van de VDG en de provinciale beleidsproducten.",
            query: query, page: page, nouns: ("opgave", "opgaven"), table: table)
    }
}

extension DetailPage {
    static func task(_ detail: TaskDetail) -> DetailPage {
        let t = detail.task
        let agenda = Reference(kind: .taskAgenda, id: detail.agenda.id, name: detail.agenda.name)
        let facts = [
            Fact("Agenda", agenda), Fact("Nummer", t.number.map { "\($0)" }), Fact("Cluster", t.cluster),
            Fact("Rol van de provincie", t.provinceRoles.map(\.label).joined(separator: ", ")),
            Fact("Consequenties", t.consequences.map(\.label).joined(separator: ", ")),
        ]
        let sections = [
            Section("Samenwerkingen", anchor: "samenwerkingen", items: detail.collaborations.map { Item($0) }),
            Section("Programma's", anchor: "programmas", items: detail.programmes.map { Item($0) }),
            Section("Beleidsproducten", anchor: "beleidsproducten", items: detail.policyProducts.map { Item($0) }),
            Section("Standpunten", anchor: "standpunten", items: detail.stances.map { Item($0) }),
        ]
        return DetailPage(
            kind: .task, heading: t.name, lead: t.description, facts: facts, sections: sections,
            sources: detail.sources, record: Reference(kind: .task, id: t.id, name: ""), meta: t.meta)
    }
}
