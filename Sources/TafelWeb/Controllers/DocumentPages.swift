import Hummingbird
import TafelCore
import TafelStore

struct DocumentPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: Router<AppContext>) {
        router.get("/documenten", use: list)
        router.get("/documenten/:id", use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request, kinds: DocumentKind.self)
        let page = try await catalog(context).documents(query)
        let table = Table(caption: "Documenten", columns: ["Titel", "Datum", "Soort", "Kenmerk"], rows: page.items.map { d in
            TableRow(head: Cell(d.title, href: SitePath.record(.document, d.id)),
                     cells: [Cell(d.date?.dutch ?? ""), Cell(d.kind.label), Cell(d.reference ?? "")])
        })
        return try renderer.render("lijst", ListPage(
            kind: .document, heading: "Documenten",
            intro: "Brieven, verslagen en agenda's waaruit de gegevens in Tafel komen, volledig te lezen.",
            query: query, page: page, kindFilter: .init(DocumentKind.self, label: "Soort", selected: query.kind),
            nouns: ("document", "documenten"), table: table,
            addLink: context.viewer.mayEditAnything ? Crumb(label: "Document toevoegen", href: SitePath.newDocument) : nil))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .document)
        guard let detail = try await catalog(context).document(id: id) else { throw RecordNotFound(kind: .document, id: id) }
        let d = detail.document
        let facts = [
            Fact("Soort", d.kind.label), Fact("Datum", d.date?.dutch), Fact("Kenmerk", d.reference),
            Fact("Behandeld door", d.handledBy), Fact("Auteur", d.author),
            Fact("Afzender", detail.senders.map(\.name).joined(separator: ", ")),
            Fact("Geadresseerde", detail.addressees.map(\.name).joined(separator: ", ")),
            Fact("Vertrouwelijkheid", d.confidentiality.label),
            Fact("Toegang", detail.access.map(\.name).joined(separator: ", ")),
            Fact("Bron", d.origin),
        ]
        let sections = [
            Section("Feiten uit dit document", anchor: "feiten", table: Table(
                caption: "Gegevens in Tafel die uit dit document komen", columns: ["Over", "Soort", "Passage"],
                rows: detail.facts.map { fact in
                    TableRow(head: Cell(fact.subject), cells: [Cell(fact.subject.kind.label), Cell(fact.passage ?? "")])
                })),
        ]
        return try renderer.render("detail", DetailPage(
            kind: .document, heading: d.title, lead: d.summary, facts: facts, sections: sections, text: detail.fullText,
            sources: [], record: Reference(kind: .document, id: d.id, name: ""),
            editHref: context.viewer.mayEdit(recordGroups: detail.accessGroups) ? SitePath.editDocument(d.id) : nil,
            meta: d.meta))
    }
}
