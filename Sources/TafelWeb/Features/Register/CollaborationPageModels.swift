import TafelCore

/// A collaboration's page, composed from domain values (no database, no request).
extension DetailPage {
    /// `mayEdit`: the viewer may edit this collaboration (the buttons, with `csrf`); `year`: this year, where the timeline ends.
    static func collaboration(_ detail: CollaborationDetail, mayEdit: Bool, csrf: String, year: Int) -> DetailPage {
        let c = detail.collaboration
        let facts = [
            Fact("Korte naam", c.shortName), Fact("Doel", c.purpose), Fact("Vorm", c.form?.label),
            Fact("Wgr-vorm", c.wgrForm?.label), Fact("Status", c.status?.label), Fact("Reden van beëindiging", c.statusReason),
            Fact("Periode", c.periodText),
            Fact("Rol van de provincie", c.provinceRoles.map(\.label).joined(separator: ", ")),
            Fact("Domeinen", c.domains.joined(separator: ", ")),
            Fact("Betrokkenheid raden en Staten", c.councilInvolvement.map(\.label).joined(separator: ", ")),
            Fact("Verantwoording", c.councilReporting), Fact("Juridische grondslag", c.legalBasis),
            Fact("Vestigingsplaats", c.seat), Fact("Overgedragen bevoegdheden", c.transferredPowers),
            Fact("Hefboom", Leverage.text(detail.amounts.map(\.amount))),
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
            Section("Programma's", anchor: "programmas", items: detail.programmes.map { Item($0) }),
            Section("Beleidsproducten", anchor: "beleidsproducten", items: detail.policyProducts.map { Item($0) }),
            Section("Gezamenlijke besluiten", anchor: "besluiten", items: detail.jointDecisions.map { Item($0) }),
            Section("Verwante samenwerkingen", anchor: "verwant", items: detail.related.map {
                Item($0.collaboration, meta: $0.relation.label)
            }),
            Section("Documenten", anchor: "documenten", items: detail.documents.map { Item($0) }),
        ]
        var page = DetailPage(
            kind: .collaboration, heading: c.name, lead: c.description, facts: facts, sections: sections,
            sources: detail.sources, record: Reference(kind: .collaboration, id: c.id, name: ""),
            editHref: mayEdit ? .editCollaboration(c.id) : nil, meta: c.meta)
        page.notice = c.archivedAt.map { "Gearchiveerd op \(String($0.prefix(10))). Deze samenwerking staat niet meer in het register, maar blijft hier te lezen." }
        page.postAction = mayEdit ? PostAction(
            label: c.archivedAt == nil ? "Archiveren" : "Uit het archief halen",
            href: c.archivedAt == nil ? .archiveCollaboration(c.id) : .restoreCollaboration(c.id),
            csrf: csrf, version: c.meta.version) : nil
        page.figure = ParticipantsTimeline.svg(detail.participants, start: c.start, end: c.end, now: year)
        return page
    }
}
