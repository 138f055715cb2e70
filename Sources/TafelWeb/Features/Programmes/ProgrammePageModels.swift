import TafelCore
import TafelStore

/// The pages of the portfolio programmes, composed from domain values (no database, no request).
extension ListPage {
    static func programmes(_ query: Catalog.ListQuery, _ page: Page<Programme>, mayAdd: Bool = false) -> ListPage {
        let table = Table(caption: "Programma's", columns: ["Programma", "Portefeuille", "Doel", "Status"], rows: page.items.map { p in
            TableRow(head: Cell(p.name, href: .record(.programme, p.id)),
                     cells: [Cell(p.portfolio), Cell(p.goal ?? ""), Cell(p.status.label)])
        })
        return ListPage(
            kind: .programme, heading: "Programma's",
            intro: "De programma's van de portefeuilles: doel, voorzitters, kerngroep, thema's, bijeenkomsten en partners.",
            query: query, page: page, nouns: ("programma", "programma's"), table: table,
            addLink: mayAdd ? Crumb(label: "Programma toevoegen", href: .newProgramme) : nil)
    }
}

extension DetailPage {
    static func programme(_ detail: ProgrammeDetail, mayEdit: Bool = false) -> DetailPage {
        let p = detail.programme
        let facts = [
            Fact("Portefeuille", p.portfolio), Fact("Doel", p.goal), Fact("Status", p.status.label),
            Fact("Van", detail.owner), Fact("Bestuurlijk overleg", detail.body), Fact("Bestuurlijk voorzitter", detail.chair),
            Fact("Ambtelijk overleg", detail.officialBody), Fact("Ambtelijk voorzitter", detail.officialChair),
            Fact("Kerngroep", detail.coreGroup), Fact("VNG-commissie", detail.vngCommittee),
            Fact("VNG-commissielid", detail.vngMember),
        ]
        let sections = [
            Section("Kerngroep", anchor: "kerngroep", table: Table(
                caption: "Leden van de kerngroep", columns: ["Persoon", "Rol", "Namens", "Periode"],
                rows: detail.coreGroupMembers.map { m in
                    TableRow(head: Cell(m.person), cells: [Cell(m.post ?? m.role ?? "lid"), Cell(m.onBehalfOf), Cell(m.periodText ?? "")])
                })),
            Section("Onderwerpen en thema's", anchor: "themas", items: themeItems(detail, under: nil)),
            Section("Bijeenkomsten", anchor: "bijeenkomsten", table: Table(
                caption: "Geplande bijeenkomsten", columns: ["Bijeenkomst", "Soort", "Hoe vaak", "Gremium"],
                rows: detail.meetingPlans.map { plan in
                    TableRow(head: Cell(plan.description),
                             cells: [Cell(plan.kind?.label ?? ""), Cell(plan.rhythm ?? "niet vastgelegd"), Cell(plan.body)])
                })),
            Section("Partners en overleggen", anchor: "partners", items: detail.partners.map { Item($0) }),
            Section("Opgaven", anchor: "opgaven", items: detail.tasks.map { Item($0) }),
            Section("Samenwerkingen", anchor: "samenwerkingen", items: detail.collaborations.map { Item($0) }),
        ]
        var page = DetailPage(
            kind: .programme, heading: p.name, lead: p.description, facts: facts, sections: sections,
            sources: detail.sources, record: Reference(kind: .programme, id: p.id, name: ""),
            editHref: mayEdit ? .editProgramme(p.id) : nil, meta: p.meta)
        page.deleteHref = mayEdit ? .deleteRecord(.programme, p.id) : nil
        return page
    }

    /// The themes as nested items, each linked to the task it is worked on as.
    private static func themeItems(_ detail: ProgrammeDetail, under parent: Int?) -> [Item] {
        detail.themes(under: parent).map { theme in
            Item(theme.name, href: theme.task.flatMap(SiteRoute.page(of:)), meta: theme.task.map { _ in "opgave" },
                 children: themeItems(detail, under: theme.position))
        }
    }
}
