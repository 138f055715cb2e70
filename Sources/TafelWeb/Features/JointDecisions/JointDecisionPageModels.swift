import TafelCore
import TafelStore

extension JointDecisionResponse {
    /// "Vastgesteld op 12 maart 2019", "Aangeboden"
    var stateDutch: String {
        status.label + (decidedOn.map { " op \($0.dutch)" } ?? "")
    }
}

extension DetailPage {
    /// A decision's page: what it proposes, who offered it, the coalition as a map and a table.
    static func jointDecision(_ detail: JointDecisionDetail, mayEdit: Bool = false) -> DetailPage {
        let d = detail.decision
        let coalition = d.coalition
        let facts = [
            Fact("Aangeboden door", detail.offeredBy), Fact("Eigenaar", detail.owner), Fact("Besluit van", d.organ?.label),
            Fact("Aangeboden op", d.offeredOn?.dutch), Fact("Besluiten vóór", d.respondBy?.dutch), Fact("Stand", coalition.dutch),
            Fact("Voorbereid in", detail.meeting), Fact("Opgave", detail.task), Fact("Document", detail.document),
            Fact("Samenwerking", detail.collaboration),
        ]
        let sections = [
            Section("Besluiten per organisatie", anchor: "besluiten", table: Table(
                caption: "Het besluit van elke organisatie over ‘\(d.title)’",
                columns: ["Organisatie", "Stand", "Lokaal besluit", "Toelichting"],
                rows: d.responses.map { r in
                    TableRow(head: Cell(r.organisation), cells: [
                        Cell(r.stateDutch),
                        r.document.map { Cell($0) } ?? Cell(r.decisionURL == nil ? "" : "Het besluit van \(CoalitionMap.shortName(r.organisation.name))",
                                                            external: r.decisionURL),
                        Cell(r.note ?? ""),
                    ])
                })),
            Section("De coalitie", anchor: "coalitie", items: coalition.adopters.map { Item($0) }),
        ]
        var page = DetailPage(
            kind: .jointDecision, heading: d.title, lead: d.proposal, facts: facts, sections: sections, text: d.description,
            sources: detail.sources, record: Reference(kind: .jointDecision, id: d.id, name: ""),
            editHref: mayEdit ? .editJointDecision(d.id) : nil, meta: d.meta)
        page.figure = CoalitionMap(d, title: "Kaart: \(d.title)")?.figure
        page.deleteHref = mayEdit ? .deleteRecord(.jointDecision, d.id) : nil
        page.links = [Crumb(label: "Alle gezamenlijke besluiten", href: .jointDecisions())]
            + (coalition.adopters.isEmpty || !mayEdit ? [] : [Crumb(label: "Een samenwerking beginnen met de organisaties die vaststelden",
                                                                    href: .newCollaborationFromDecision(d.id))])
        return page
    }
}
