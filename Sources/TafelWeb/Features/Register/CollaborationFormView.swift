import TafelCore
import TafelStore

/// The collaboration form's view model: every field with what was typed and its problem,
/// the rows of participants, amounts and relations (with empty rows to add more), and a
/// conflict when the record changed since the editor opened it.
struct CollaborationFormView: Sendable {
    typealias Option = ListPage.Option

    typealias Field = FormField

    struct RowGroup: Sendable {
        let legend: String
        /// The hint over the whole group (each field has its own `hint`).
        let groupHint: String
        let rows: [Row]
    }

    struct Row: Sendable {
        let label: String
        let fields: [Field]
    }

    let shell: Shell
    let heading: String
    let action: SiteRoute
    let csrf: String
    let version: Int?
    let mainFields: [Field]
    let governance: [Field]
    let groups: [RowGroup]
    let access: [Field]
    let organisations: [Catalog.Choice]
    let problems: [FieldProblem]
    let hasProblems: Bool
    let conflict: FormConflict?

    static let extraRows = 3

    init(input: CollaborationInput, action: SiteRoute, heading: String, version: Int?, csrf: String,
         organisations: [Catalog.Choice], tasks: [Catalog.Choice], problems: [FieldProblem] = [],
         conflict: FormConflict? = nil, moreRows: Bool = false) {
        let fields = FormFieldMaker(problems: problems)
        shell = Shell(title: heading, section: .collaboration,
                      breadcrumbs: [Crumb(label: "Samenwerkingen", href: SiteRoute.collection(.collaboration))])
        self.heading = heading
        self.action = action
        self.csrf = csrf
        self.version = version
        self.organisations = organisations
        mainFields = [
            fields.line("naam", "Naam", input.naam, required: true),
            fields.line("korteNaam", "Korte naam", input.korteNaam),
            fields.text("doel", "Doel", input.doel),
            fields.text("omschrijving", "Omschrijving", input.omschrijving),
            fields.select("vorm", "Vorm", CollaborationForm.self, input.vorm, empty: "Kies een vorm"),
            fields.select("wgrVorm", "Wgr-vorm", WgrForm.self, input.wgrVorm, empty: "Niet van toepassing (geen gemeenschappelijke regeling)"),
            fields.select("status", "Status", CollaborationStatus.self, input.status, empty: "Onbekend"),
            fields.text("redenBeeindiging", "Reden van beëindiging", input.redenBeeindiging,
                 hint: "Verplicht bij de status gestopt of niet haalbaar: waarom?"),
            fields.line("startdatum", "Startdatum", input.startdatum, hint: "JJJJ, JJJJ-MM of JJJJ-MM-DD."),
            fields.line("einddatum", "Einddatum", input.einddatum, hint: "JJJJ, JJJJ-MM of JJJJ-MM-DD; leeg zolang de samenwerking loopt."),
            fields.checks("rolProvincie", "Rol van de provincie", ProvinceRole.self, input.rolProvincie),
            fields.line("domeinen", "Domeinen", input.domeinen.joined(separator: "; "), hint: "Gescheiden door puntkomma’s, bijvoorbeeld: energie; wonen."),
            fields.checks("opgaven", "Opgaven", options: tasks.map { Option(value: $0.id, label: $0.name, selected: input.opgaven.contains($0.id)) }),
            fields.line("gremia", "Gremia (sturing)", input.gremia.joined(separator: "; "),
                 hint: "De id’s van de gremia die de samenwerking sturen, gescheiden door puntkomma’s."),
        ]
        governance = [
            fields.checks("betrokkenheidRaden", "Betrokkenheid van raden en Staten", CouncilInvolvement.self, input.betrokkenheidRaden),
            fields.text("verantwoording", "Verantwoording aan raden en Staten", input.verantwoording),
            fields.text("juridischeGrondslag", "Juridische grondslag", input.juridischeGrondslag),
            fields.line("vestigingsplaats", "Vestigingsplaats", input.vestigingsplaats, hint: "Voor het Wgr-register (art. 27 Wgr)."),
            fields.text("overgedragenBevoegdheden", "Overgedragen bevoegdheden", input.overgedragenBevoegdheden),
        ]
        let blank = moreRows ? Self.extraRows + 5 : Self.extraRows
        let participants = input.deelnemers + Array(repeating: .init(), count: blank)
        let amounts = input.bedragen + Array(repeating: .init(), count: blank)
        let related = input.gerelateerd + Array(repeating: .init(), count: moreRows ? 3 : 1)
        groups = [
            RowGroup(legend: "Deelnemers", groupHint: "Elke organisatie met haar rol, en wanneer zij instapte en uitstapte (JJJJ, JJJJ-MM of JJJJ-MM-DD). Typ de naam of de id; kies uit de lijst.",
                     rows: participants.enumerated().map { index, p in
                         let prefix = "deelnemers[\(index)]"
                         return Row(label: "Deelnemer \(index + 1)", fields: [
                             fields.line("\(prefix).organisatie", "Organisatie", p.organisatie, list: "organisaties"),
                             fields.select("\(prefix).rol", "Rol", ParticipantRole.self, p.rol, empty: "Kies een rol"),
                             fields.line("\(prefix).vanaf", "Vanaf", p.vanaf),
                             fields.line("\(prefix).tot", "Tot", p.tot),
                         ])
                     }),
            RowGroup(legend: "Geld", groupHint: "Budgetregels per deelnemer en jaar, en de investering die het geld uitlokte (de hefboom). Bedragen in euro’s, zoals 6000000 of 1.234,50.",
                     rows: amounts.enumerated().map { index, a in
                         let prefix = "bedragen[\(index)]"
                         return Row(label: "Bedrag \(index + 1)", fields: [
                             fields.line("\(prefix).omschrijving", "Omschrijving", a.omschrijving),
                             fields.select("\(prefix).soort", "Soort", AmountKind.self, a.soort, empty: "Kies een soort"),
                             fields.line("\(prefix).bedrag", "Bedrag (€)", a.bedrag),
                             fields.line("\(prefix).organisatie", "Van organisatie", a.organisatie, list: "organisaties"),
                             fields.line("\(prefix).periode", "Jaar of periode", a.periode),
                         ])
                     }),
            RowGroup(legend: "Verwante samenwerkingen", groupHint: "De id van de andere samenwerking en hoe ze samenhangen.",
                     rows: related.enumerated().map { index, r in
                         let prefix = "gerelateerd[\(index)]"
                         return Row(label: "Verwant \(index + 1)", fields: [
                             fields.line("\(prefix).samenwerking", "Samenwerking (id)", r.samenwerking),
                             fields.select("\(prefix).relatie", "Relatie", CollaborationRelation.self, r.relatie, empty: "Kies een relatie"),
                         ])
                     }),
        ]
        access = [
            fields.select("vertrouwelijkheid", "Vertrouwelijkheid", Confidentiality.self, input.vertrouwelijkheid ?? "openbaar", empty: "Openbaar"),
            fields.line("toegang", "Toegang", input.toegang.joined(separator: "; "),
                 hint: "organisatie:ID of gremium:ID, gescheiden door puntkomma’s. Bij ‘vertrouwelijk’ zien alleen hun leden de samenwerking."),
        ]
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.conflict = conflict
    }

    /// The form's fields as input; rows come from `deelnemers[N].veld` and friends.
    static func input(from form: FormData) -> CollaborationInput {
        func list(_ name: String) -> [String] {
            form.all(name).flatMap { CSV.splitList($0) }
        }
        func rows<T>(_ prefix: String, _ make: (String) -> T) -> [T] {
            form.rows(prefix, limit: CollaborationDraft.maximumRows * 2).map(make)
        }
        return CollaborationInput(
            naam: form["naam"], korteNaam: form["korteNaam"], doel: form["doel"], omschrijving: form["omschrijving"],
            vorm: form["vorm"], wgrVorm: form["wgrVorm"], status: form["status"], redenBeeindiging: form["redenBeeindiging"],
            startdatum: form["startdatum"], einddatum: form["einddatum"], rolProvincie: form.all("rolProvincie"),
            domeinen: list("domeinen"), opgaven: form.all("opgaven"), gremia: list("gremia"),
            deelnemers: rows("deelnemers") { .init(organisatie: form["\($0).organisatie"], rol: form["\($0).rol"], vanaf: form["\($0).vanaf"], tot: form["\($0).tot"]) }
                .filter { !$0.isEmpty },
            bedragen: rows("bedragen") {
                .init(omschrijving: form["\($0).omschrijving"], soort: form["\($0).soort"], bedrag: form["\($0).bedrag"],
                      organisatie: form["\($0).organisatie"], periode: form["\($0).periode"])
            }.filter { !$0.isEmpty },
            betrokkenheidRaden: form.all("betrokkenheidRaden"), verantwoording: form["verantwoording"],
            juridischeGrondslag: form["juridischeGrondslag"], vestigingsplaats: form["vestigingsplaats"],
            overgedragenBevoegdheden: form["overgedragenBevoegdheden"],
            gerelateerd: rows("gerelateerd") { .init(samenwerking: form["\($0).samenwerking"], relatie: form["\($0).relatie"]) }
                .filter { !$0.isEmpty },
            vertrouwelijkheid: form["vertrouwelijkheid"], toegang: list("toegang"))
    }

    static let fieldLabels: [String: String] = [
        "naam": "Naam", "korteNaam": "Korte naam", "doel": "Doel", "omschrijving": "Omschrijving", "vorm": "Vorm",
        "wgrVorm": "Wgr-vorm", "status": "Status", "redenBeeindiging": "Reden van beëindiging", "startdatum": "Startdatum",
        "einddatum": "Einddatum", "rolProvincie": "Rol van de provincie", "domeinen": "Domeinen", "opgaven": "Opgaven",
        "gremia": "Gremia", "deelnemers": "Deelnemers", "bedragen": "Geld", "betrokkenheidRaden": "Betrokkenheid raden en Staten",
        "verantwoording": "Verantwoording", "juridischeGrondslag": "Juridische grondslag", "vestigingsplaats": "Vestigingsplaats",
        "overgedragenBevoegdheden": "Overgedragen bevoegdheden", "gerelateerd": "Verwante samenwerkingen",
        "vertrouwelijkheid": "Vertrouwelijkheid", "toegang": "Toegang",
    ]

    /// The fields where the stored version and the editor's input differ.
    static func differences(stored: CollaborationInput, typed: CollaborationInput) -> [FormConflict.Row] {
        FormConflict.rows(stored: stored.values, typed: typed.values, labels: fieldLabels)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
