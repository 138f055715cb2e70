import TafelCore
import TafelStore

/// The joint decision form's view model: the proposal, who offered it and when, each
/// organisation's decision as a row (empty rows to add more), links and access; every field
/// with what was typed and its problem, and a conflict when the decision changed meanwhile.
struct JointDecisionForm: Sendable {
    typealias Field = FormField

    let shell: Shell
    let heading: String
    let action: SiteRoute
    let csrf: String
    let version: Int?
    let decisionFields: [Field]
    let responses: FormRowGroup
    let links: [Field]
    let access: [Field]
    let choices: JointDecisionFormChoices
    let problems: [FieldProblem]
    let hasProblems: Bool
    let conflict: FormConflict?

    static let extraRows = 3

    init(input: JointDecisionInput, action: SiteRoute, heading: String, version: Int?, csrf: String, choices: JointDecisionFormChoices,
         problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false) {
        let fields = FormFieldMaker(problems: problems)
        shell = Shell(title: heading, section: .jointDecision, breadcrumbs: [Crumb(label: "Gezamenlijke besluiten", href: .jointDecisions())])
        self.heading = heading
        self.action = action
        self.csrf = csrf
        self.version = version
        self.choices = choices
        decisionFields = [
            fields.line("titel", "Titel", input.titel, hint: "Waarover de colleges besluiten.", required: true),
            fields.text("voorstel", "Voorstel", input.voorstel),
            fields.line("aangebodenDoor", "Aangeboden door", input.aangebodenDoor, hint: "Het overleg dat het conceptbesluit aanbiedt.", list: "gremia"),
            fields.line("eigenaar", "Eigenaar", input.eigenaar, hint: "De organisatie achter het voorstel, zoals de VDG.", list: "organisaties"),
            fields.select("orgaan", "Besluit van", DecisionOrgan.self, input.orgaan, empty: "Niet bekend"),
            fields.line("aangebodenOp", "Aangeboden op", input.aangebodenOp, hint: "JJJJ, JJJJ-MM of JJJJ-MM-DD."),
            fields.line("besluitenVoor", "Besluiten vóór", input.besluitenVoor, hint: "De datum waarvóór de organisaties moeten besluiten."),
            fields.text("omschrijving", "Omschrijving", input.omschrijving),
        ]
        let blank = moreRows ? Self.extraRows + 10 : Self.extraRows
        responses = FormRowGroup(
            legend: "Besluit per organisatie",
            hint: "Per gemeente (of andere organisatie) waar zij staat: aangeboden, geagendeerd, vastgesteld, gewijzigd vastgesteld, verworpen of ziet af, met de datum en een koppeling naar het eigen besluit.",
            rows: (input.besluiten + Array(repeating: .init(), count: blank)).enumerated().map { index, r in
                let prefix = "besluiten[\(index)]"
                return FormRow(label: r.isEmpty ? "Nieuwe organisatie" : "Organisatie \(index + 1)", hidden: [], fields: [
                    fields.line("\(prefix).organisatie", "Organisatie", r.organisatie, hint: "De id, zoals gemeente-assen.", list: "organisaties"),
                    fields.select("\(prefix).status", "Stand", JointDecisionStatus.self, r.status, empty: "Kies een stand"),
                    fields.line("\(prefix).datum", "Datum", r.datum),
                    fields.line("\(prefix).url", "Webadres van het eigen besluit", r.url),
                    fields.line("\(prefix).document", "Of: het document in Tafel", r.document, list: "documenten"),
                    fields.text("\(prefix).toelichting", "Toelichting", r.toelichting),
                ], depth: 0, moveKey: nil)
            })
        links = [
            fields.line("bijeenkomst", "Voorbereid in de bijeenkomst", input.bijeenkomst, list: "bijeenkomsten"),
            fields.line("opgave", "Opgave", input.opgave, list: "opgaven"),
            fields.line("document", "Document", input.document, hint: "Het conceptbesluit of het stuk waarin het staat.", list: "documenten"),
            fields.line("samenwerking", "Samenwerking", input.samenwerking, hint: "De samenwerking die de coalitie vormt.", list: "samenwerkingen"),
        ]
        access = [
            fields.select("vertrouwelijkheid", "Vertrouwelijkheid", Confidentiality.self, input.vertrouwelijkheid ?? "openbaar", empty: "Openbaar"),
            fields.line("toegang", "Toegang", input.toegang.joined(separator: "; "),
                        hint: "organisatie:ID of gremium:ID, gescheiden door puntkomma’s. Bij ‘vertrouwelijk’ zien alleen hun leden het besluit."),
        ]
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.conflict = conflict
    }

    static let fieldLabels: [String: String] = [
        "titel": "Titel", "voorstel": "Voorstel", "omschrijving": "Omschrijving", "aangebodenDoor": "Aangeboden door", "eigenaar": "Eigenaar",
        "orgaan": "Besluit van", "aangebodenOp": "Aangeboden op", "besluitenVoor": "Besluiten vóór", "opgave": "Opgave",
        "bijeenkomst": "Bijeenkomst", "document": "Document", "samenwerking": "Samenwerking", "besluiten": "Besluit per organisatie",
        "vertrouwelijkheid": "Vertrouwelijkheid", "toegang": "Toegang",
    ]

    static func input(from form: FormData) -> JointDecisionInput {
        func list(_ name: String) -> [String] { form.all(name).flatMap { CSV.splitList($0) } }
        return JointDecisionInput(
            titel: form["titel"], voorstel: form["voorstel"], omschrijving: form["omschrijving"], aangebodenDoor: form["aangebodenDoor"],
            eigenaar: form["eigenaar"], orgaan: form["orgaan"], aangebodenOp: form["aangebodenOp"], besluitenVoor: form["besluitenVoor"],
            opgave: form["opgave"], bijeenkomst: form["bijeenkomst"], document: form["document"], samenwerking: form["samenwerking"],
            besluiten: form.rows("besluiten", limit: JointDecisionDraft.maximumResponses * 2).map {
                .init(organisatie: form["\($0).organisatie"], status: form["\($0).status"], datum: form["\($0).datum"], url: form["\($0).url"],
                      document: form["\($0).document"], toelichting: form["\($0).toelichting"])
            }.filter { !$0.isEmpty },
            vertrouwelijkheid: form["vertrouwelijkheid"], toegang: list("toegang"))
    }
}

/// The suggestions of the form's id fields.
struct JointDecisionFormChoices: Sendable {
    let bodies: [Catalog.Choice]
    let organisations: [Catalog.Choice]
    let meetings: [Catalog.Choice]
    let tasks: [Catalog.Choice]
    let documents: [Catalog.Choice]
    let collaborations: [Catalog.Choice]
}

extension JointDecisionForm: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        \(conflict?.html(heading: "Het gezamenlijk besluit is intussen gewijzigd"))
        \(when: hasProblems, HTML.problemNotice(heading: "Het gezamenlijk besluit is niet opgeslagen", problems: problems))
        \(HTML.datalist("gremia", choices.bodies))
        \(HTML.datalist("organisaties", choices.organisations))
        \(HTML.datalist("bijeenkomsten", choices.meetings))
        \(HTML.datalist("opgaven", choices.tasks))
        \(HTML.datalist("documenten", choices.documents))
        \(HTML.datalist("samenwerkingen", choices.collaborations))
        <form class="form" method="post" action="\(action)">
          \(HTML.csrfField(csrf))
          \(HTML.versionField(version))
          \(HTML.fieldset("Het conceptbesluit", decisionFields))
          \(responses.html)
          <p><button type="submit" class="button button--secondary" name="actie" value="meer-regels">Meer lege regels</button></p>
          \(HTML.fieldset("Koppelingen", links))
          \(HTML.fieldset("Toegang", access))
          <button type="submit" class="button" name="actie" value="opslaan">Opslaan</button>
        </form>
        """
    }
}
