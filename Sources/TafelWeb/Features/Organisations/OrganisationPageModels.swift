import TafelCore
import TafelStore

/// The organisation pages, composed from domain values (no database, no request).
extension ListPage {
    static func organisations(_ query: Catalog.ListQuery, _ page: Page<Organisation>) -> ListPage {
        let table = Table(caption: "Organisaties", columns: ["Naam", "Soort", "CBS-code", "Inwoners"], rows: page.items.map { o in
            TableRow(head: Cell(o.name, href: .record(.organisation, o.id)),
                     cells: [Cell(o.kind.label), Cell(o.cbsCode ?? ""), Cell(o.inhabitants.map(Format.number) ?? "")])
        })
        return ListPage(
            kind: .organisation, heading: "Organisaties",
            intro: "De provincie, de gemeenten, de verenigingen, het Rijk en de partners die samenwerken.",
            query: query, page: page, kindFilter: .init(OrganisationKind.self, label: "Soort", selected: query.kind),
            nouns: ("organisatie", "organisaties"), table: table)
    }
}

extension DetailPage {
    static func organisation(_ detail: OrganisationDetail, mayEditMembers: Bool = false) -> DetailPage {
        let o = detail.organisation
        let facts = [
            Fact("Soort", o.kind.label),
            Fact("Korte naam", o.shortName),
            Fact("CBS-code", o.cbsCode),
            Fact("TOOI-identificatie", o.tooiURI, externalHref: o.tooiURI),
            Fact("Inwoners", o.inhabitants.map { Format.number($0) + (o.inhabitantsNote.map { " (\($0))" } ?? "") }),
            Fact("Onderdeel van", detail.parent),
            Fact("Missie", statements(detail, .missie).map(\.text).joined(separator: " ")),
            Fact("Visie", statements(detail, .visie).map(\.text).joined(separator: " ")),
        ]
        let sections = [
            Section("Hoofdfuncties", anchor: "hoofdfuncties", items: statements(detail, .hoofdfunctie).map(courseItem)),
            Section("Strategie en vertrekpunten", anchor: "strategie", items: statements(detail, .strategiepunt).map(courseItem)),
            Section("Samenwerkingen", anchor: "samenwerkingen", table: Table(
                caption: "Samenwerkingen waaraan \(o.displayName) deelneemt", columns: ["Samenwerking", "Rol", "Periode"],
                rows: detail.collaborations.map {
                    TableRow(head: Cell($0.collaboration), cells: [Cell($0.role.label), Cell($0.periodText ?? "")])
                })),
            Section("Mensen en functies", anchor: "lidmaatschappen", table: Table(
                caption: "Mensen die voor of bij \(o.displayName) een functie hebben", columns: ["Persoon", "Rol", "In", "Periode"],
                rows: detail.memberships.map { m in
                    TableRow(head: Cell(m.person), cells: [
                        Cell(m.post ?? m.role ?? ""), Cell(m.body ?? m.organisation), Cell(m.periodText ?? ""),
                    ])
                })),
            Section("Leden", anchor: "leden", table: Table(
                caption: "Organisaties die lid zijn van \(o.displayName)", columns: ["Lid", "Rol", "Periode"],
                rows: detail.memberOrganisations.map { m in
                    TableRow(head: Cell(m.member), cells: [Cell(m.role ?? "lid"), Cell(m.periodText ?? "")])
                })),
            Section("Lid van", anchor: "lid-van", items: detail.memberOf.map { m in
                let meta = [m.role.flatMap { $0 == "lid" ? nil : $0 }, m.periodText].compactMap { $0 }.joined(separator: " · ")
                return Item(m.organisation, meta: meta.isEmpty ? nil : meta)
            }),
            Section("Gremia", anchor: "gremia", items: detail.bodies.map { Item($0) }),
            Section("Onderdelen", anchor: "onderdelen", items: detail.children.map { Item($0) }),
            Section("Bijeenkomsten", anchor: "bijeenkomsten", items: detail.meetings.map {
                Item($0.meeting, meta: [$0.meetingDate?.dutch, $0.person?.name].compactMap { $0 }.joined(separator: " · "))
            }),
            Section("Documenten", anchor: "documenten", items: detail.documents.map { Item($0) }),
        ]
        var page = DetailPage(
            kind: .organisation, heading: o.name, lead: o.description, facts: facts, sections: sections,
            sources: detail.sources + detail.course.compactMap(\.source),
            record: Reference(kind: .organisation, id: o.id, name: ""), meta: o.meta)
        if !detail.collaborations.isEmpty {
            page.links = [Crumb(label: "Waar doet \(o.name) aan mee: alle samenwerkingen met rollen",
                                href: .organisationCollaborations(o.id))]
        }
        if mayEditMembers {
            page.links.append(Crumb(label: "De organisaties die lid zijn van \(o.displayName) bewerken", href: .editOrganisationMembers(o.id)))
        }
        if !detail.bodies.isEmpty {
            page.links.append(Crumb(label: "De bijeenkomsten van \(o.displayName) per maand in de kalender", href: .meetingMonth(organisation: o.id)))
        }
        if o.kind == .gemeente || o.kind == .provincie {
            page.links.append(Crumb(label: "Gezamenlijke besluiten aangeboden aan \(o.displayName), en haar besluit",
                                    href: .jointDecisions(JointDecisionFilter(organisation: o.id))))
        }
        return page
    }

    private static func statements(_ detail: OrganisationDetail, _ kind: OrganisationStatementKind) -> [OrganisationStatement] {
        detail.course.filter { $0.kind == kind }
    }

    /// A function or strategy point: its name, then what it says (and since when, if known).
    private static func courseItem(_ statement: OrganisationStatement) -> Item {
        let since = statement.adopted.map { " (vastgesteld \($0.dutch))" } ?? ""
        return Item(statement.title ?? statement.kind.label, meta: statement.text + since)
    }
}
