import TafelCore
import TafelStore

/// The register's views, composed from domain values (no database, no request).
struct RegisterView: Sendable {
    struct Row: Sendable {
        let name: String
        let href: SiteRoute
        var form: String
        let status: String
        let period: String
        let extra: [String]
    }

    struct Group: Sendable {
        let heading: String?
        let rows: [Row]
    }

    let shell: Shell
    let title: String
    let intro: String
    let columns: [String]
    let groups: [Group]
    let hasRows: Bool
    let municipalities: [RegisterPage.Option]
    let hasMunicipalities: Bool
    let action: SiteRoute?

    init(title: String, intro: String, columns: [String], groups: [Group], municipalities: [RegisterPage.Option] = [],
         action: SiteRoute? = nil, breadcrumb: Crumb? = nil) {
        shell = Shell(title: title, section: .collaboration,
                      breadcrumbs: [Crumb(label: "Samenwerkingen", href: SiteRoute.collection(.collaboration))] + (breadcrumb.map { [$0] } ?? []))
        self.title = title
        self.intro = intro
        self.columns = columns
        self.groups = groups
        hasRows = groups.contains { !$0.rows.isEmpty }
        self.municipalities = municipalities
        hasMunicipalities = !municipalities.isEmpty
        self.action = action
    }

    static func row(_ line: Catalog.RegisterLine, extra: [String]) -> Row {
        let c = line.collaboration
        return Row(name: c.name, href: .record(.collaboration, c.id), form: c.form?.label ?? "",
                   status: c.status?.label ?? "", period: c.periodText ?? "", extra: extra)
    }
}

extension RegisterView {
    /// Every running collaboration with a municipality, under each of its domains.
    static func byDomain(_ groups: [(domain: String, lines: [Catalog.RegisterLine])]) -> RegisterView {
        let count = Set(groups.flatMap { $0.lines.map(\.collaboration.id) }).count
        return RegisterView(
            title: "Samenwerkingen met gemeenten per domein",
            intro: "Alle lopende samenwerkingen waaraan ten minste één gemeente deelneemt, gegroepeerd per domein: het overzicht dat de provincie in 2012 nog met de hand in een statenbrief moest opstellen. Een samenwerking met meer domeinen staat onder elk daarvan. \(count) \(count == 1 ? "samenwerking" : "samenwerkingen").",
            columns: ["Samenwerking", "Vorm", "Status", "Periode", "Gemeenten", "Rol van de provincie"],
            groups: groups.map { group in
                RegisterView.Group(heading: group.domain.prefix(1).uppercased() + group.domain.dropFirst(), rows: group.lines.map { line in
                    RegisterView.row(line, extra: ["\(line.municipalityCount)", line.collaboration.provinceRoles.map(\.label).joined(separator: ", ")])
                })
            })
    }

    /// The collaborations one organisation takes part in: running ones first, with its roles.
    static func collaborations(of id: String, named name: String, _ lines: [Catalog.RegisterLine]) -> RegisterView {
        let current = lines.filter { [.actief, .inVoorbereiding, .verkenning, nil].contains($0.collaboration.status) }
        let past = lines.filter { !current.map(\.collaboration.id).contains($0.collaboration.id) }
        func rows(_ lines: [Catalog.RegisterLine]) -> [RegisterView.Row] {
            lines.map { RegisterView.row($0, extra: [$0.names.joined(separator: "; ")]) }
        }
        return RegisterView(
            title: "Waar doet \(name) aan mee",
            intro: "De samenwerkingen waarin \(name) deelneemt, met de rol die zij daarin heeft. \(lines.count) \(lines.count == 1 ? "samenwerking" : "samenwerkingen").",
            columns: ["Samenwerking", "Vorm", "Status", "Periode", "Rol"],
            groups: [RegisterView.Group(heading: "Lopend", rows: rows(current)), RegisterView.Group(heading: "Afgerond of gestopt", rows: rows(past))]
                .filter { !$0.rows.isEmpty },
            breadcrumb: Crumb(label: name, href: .record(.organisation, id)))
    }

    /// The register of gemeenschappelijke regelingen, optionally of one municipality (`selected`: an id or CBS code).
    static func wgr(_ lines: [Catalog.RegisterLine], municipalities: [Catalog.Choice], selected: String?) -> RegisterView {
        let selected = selected.map { value in municipalities.first { $0.id == value || $0.code == CBSCode.normalised(value) }?.id ?? value }
        return RegisterView(
            title: "Register gemeenschappelijke regelingen",
            intro: "De gemeenschappelijke regelingen (artikel 27 Wet gemeenschappelijke regelingen) met hun deelnemers, vorm, vestigingsplaats en overgedragen bevoegdheden. \(lines.count) \(lines.count == 1 ? "regeling" : "regelingen").",
            columns: ["Regeling", "Wgr-vorm", "Status", "Periode", "Vestigingsplaats", "Deelnemers", "Overgedragen bevoegdheden"],
            groups: [RegisterView.Group(heading: nil, rows: lines.map { line in
                var row = RegisterView.row(line, extra: [line.collaboration.seat ?? "", line.names.joined(separator: ", "),
                                                         line.collaboration.transferredPowers ?? ""])
                row.form = line.collaboration.wgrForm?.label ?? ""
                return row
            })],
            municipalities: [RegisterPage.Option(value: "", label: "Alle gemeenten", selected: selected == nil)]
                + municipalities.map { RegisterPage.Option(value: $0.id, label: $0.name, selected: $0.id == selected) },
            action: .wgrRegister())
    }
}
