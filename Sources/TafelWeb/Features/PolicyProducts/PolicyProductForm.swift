import TafelCore
import TafelStore

/// The policy product form's view model: the product, its consequences as rows (empty rows to
/// add more), access; every field with what was typed and its problem, and a conflict when the
/// product changed meanwhile.
struct PolicyProductForm: Sendable {
    typealias Field = FormField

    let shell: Shell
    let heading: String
    let action: SiteRoute
    let csrf: String
    let version: Int?
    let productFields: [Field]
    let consequences: FormRowGroup
    let links: [Field]
    let access: [Field]
    let choices: PolicyProductFormChoices
    let problems: [FieldProblem]
    let hasProblems: Bool
    let conflict: FormConflict?

    static let extraRows = 2

    init(input: PolicyProductInput, action: SiteRoute, heading: String, version: Int?, csrf: String, choices: PolicyProductFormChoices,
         problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false) {
        let fields = FormFieldMaker(problems: problems)
        shell = Shell(title: heading, section: .policyProduct, breadcrumbs: [Crumb(label: "Beleidsproducten", href: .policyProducts())])
        self.heading = heading
        self.action = action
        self.csrf = csrf
        self.version = version
        self.choices = choices
        productFields = [
            fields.line("naam", "Naam", input.naam, hint: "Zoals de provincie het product noemt, bijvoorbeeld ‘Mijn jeugd’.", required: true),
            fields.line("eigenaar", "Eigenaar", input.eigenaar, hint: "De provincie (of andere organisatie) van het product.", list: "organisaties"),
            fields.line("domein", "Domein of programma", input.domein, hint: "Bijvoorbeeld ‘Programma 2, sociaal domein’."),
            fields.select("soortTaak", "Soort taak", PolicyTaskKind.self, input.soortTaak, empty: "Niet bekend"),
            fields.select("kerntaak", "Kerntaak", input.kerntaak, options: [("ja", "Ja, een kerntaak"), ("nee", "Nee, geen kerntaak")],
                          empty: "Niet bekend"),
            fields.checks("rollen", "Rol van de provincie", PolicyRole.self, input.rollen),
            fields.text("omschrijving", "Omschrijving", input.omschrijving),
        ]
        let blank = moreRows ? Self.extraRows + 5 : Self.extraRows
        consequences = FormRowGroup(
            legend: "Consequenties",
            hint: "Wat er per onderwerp is besloten: afbouwen, overdragen, voortzetten, opnemen in het omgevingsbeleid of uitvoeren, eventueel met de rol die de provincie houdt en vanaf wanneer (JJJJ, JJJJ-MM of JJJJ-MM-DD).",
            rows: (input.consequenties + Array(repeating: .init(), count: blank)).enumerated().map { index, c in
                let prefix = "consequenties[\(index)]"
                return FormRow(label: c.isEmpty ? "Nieuwe consequentie" : "Consequentie \(index + 1)", hidden: [], fields: [
                    fields.line("\(prefix).onderwerp", "Onderwerp", c.onderwerp, hint: "Zoals ‘Breedtesport’ of ‘Topsport’."),
                    fields.select("\(prefix).consequentie", "Consequentie", PolicyConsequence.self, c.consequentie, empty: "Kies een consequentie"),
                    fields.select("\(prefix).rol", "Rol", PolicyRole.self, c.rol, empty: "Geen bepaalde rol"),
                    fields.line("\(prefix).vanaf", "Vanaf", c.vanaf),
                    fields.text("\(prefix).toelichting", "Toelichting", c.toelichting),
                ], depth: 0, moveKey: nil)
            })
        links = [
            fields.line("opgave", "Opgave", input.opgave, hint: "De opgave waarvan het product deel is.", list: "opgaven"),
            fields.line("vastgesteldOp", "Besloten op", input.vastgesteldOp, hint: "JJJJ, JJJJ-MM of JJJJ-MM-DD."),
            fields.line("document", "In het document", input.document, hint: "Het stuk met het besluit.", list: "documenten"),
            fields.line("samenwerkingen", "Samenwerkingen en allianties", input.samenwerkingen.joined(separator: "; "),
                        hint: "De id’s, gescheiden door puntkomma’s.", list: "samenwerkingen"),
        ]
        access = [
            fields.select("vertrouwelijkheid", "Vertrouwelijkheid", Confidentiality.self, input.vertrouwelijkheid ?? "openbaar", empty: "Openbaar"),
            fields.line("toegang", "Toegang", input.toegang.joined(separator: "; "),
                        hint: "organisatie:ID of gremium:ID, gescheiden door puntkomma’s. Bij ‘vertrouwelijk’ zien alleen hun leden het product."),
        ]
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.conflict = conflict
    }

    static let fieldLabels: [String: String] = [
        "naam": "Naam", "eigenaar": "Eigenaar", "opgave": "Opgave", "domein": "Domein", "soortTaak": "Soort taak", "kerntaak": "Kerntaak",
        "rollen": "Rol van de provincie", "omschrijving": "Omschrijving", "vastgesteldOp": "Besloten op", "document": "Document",
        "consequenties": "Consequenties", "samenwerkingen": "Samenwerkingen", "vertrouwelijkheid": "Vertrouwelijkheid", "toegang": "Toegang",
    ]

    static func input(from form: FormData) -> PolicyProductInput {
        func list(_ name: String) -> [String] { form.all(name).flatMap { CSV.splitList($0) } }
        return PolicyProductInput(
            naam: form["naam"], eigenaar: form["eigenaar"], opgave: form["opgave"], domein: form["domein"], soortTaak: form["soortTaak"],
            kerntaak: form["kerntaak"], rollen: form.all("rollen"), omschrijving: form["omschrijving"], vastgesteldOp: form["vastgesteldOp"],
            document: form["document"],
            consequenties: form.rows("consequenties", limit: PolicyProductDraft.maximumRows * 2).map {
                .init(onderwerp: form["\($0).onderwerp"], consequentie: form["\($0).consequentie"], rol: form["\($0).rol"],
                      vanaf: form["\($0).vanaf"], toelichting: form["\($0).toelichting"])
            }.filter { !$0.isEmpty },
            samenwerkingen: list("samenwerkingen"), vertrouwelijkheid: form["vertrouwelijkheid"], toegang: list("toegang"))
    }
}

/// The suggestions of the form's id fields.
struct PolicyProductFormChoices: Sendable {
    let organisations: [Catalog.Choice]
    let tasks: [Catalog.Choice]
    let documents: [Catalog.Choice]
    let collaborations: [Catalog.Choice]
}

extension PolicyProductForm: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        \(conflict?.html(heading: "Het beleidsproduct is intussen gewijzigd"))
        \(when: hasProblems, HTML.problemNotice(heading: "Het beleidsproduct is niet opgeslagen", problems: problems))
        \(HTML.datalist("organisaties", choices.organisations))
        \(HTML.datalist("opgaven", choices.tasks))
        \(HTML.datalist("documenten", choices.documents))
        \(HTML.datalist("samenwerkingen", choices.collaborations))
        <form class="form" method="post" action="\(action)">
          \(HTML.csrfField(csrf))
          \(HTML.versionField(version))
          \(HTML.fieldset("Het product", productFields))
          \(consequences.html)
          <p><button type="submit" class="button button--secondary" name="actie" value="meer-regels">Meer lege regels</button></p>
          \(HTML.fieldset("Besluit en koppelingen", links))
          \(HTML.fieldset("Toegang", access))
          <button type="submit" class="button" name="actie" value="opslaan">Opslaan</button>
        </form>
        """
    }
}
