import TafelCore
import TafelStore

/// The position form's view model: the position, towards whom, who holds and supports it, its
/// links and access; every field with what was typed and its problem, and a conflict when the
/// position changed meanwhile.
struct StanceForm: Sendable {
    typealias Field = FormField

    let shell: Shell
    let heading: String
    let action: SiteRoute
    let csrf: String
    let version: Int?
    let stanceFields: [Field]
    let holderFields: [Field]
    let links: [Field]
    let access: [Field]
    let choices: StanceFormChoices
    let problems: [FieldProblem]
    let hasProblems: Bool
    let conflict: FormConflict?

    /// `moreRows` is for the shape `DraftFormPage` shares: this form has no rows to add.
    init(input: StanceInput, action: SiteRoute, heading: String, version: Int?, csrf: String, choices: StanceFormChoices,
         problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false) {
        let fields = FormFieldMaker(problems: problems)
        shell = Shell(title: heading, section: .stance, breadcrumbs: [Crumb(label: "Standpunten", href: .stances())])
        self.heading = heading
        self.action = action
        self.csrf = csrf
        self.version = version
        self.choices = choices
        stanceFields = [
            fields.line("titel", "Titel", input.titel, hint: "Het standpunt in één regel.", required: true),
            fields.text("tekst", "Standpunt", input.tekst),
            fields.select("richting", "Gericht aan", StanceAddressee.self, input.richting, empty: "Kies een overheid"),
            fields.line("adressaat", "Organisatie die het aangaat", input.adressaat, hint: "Zoals ministerie-bzk of vng.", list: "organisaties"),
            fields.select("status", "Status", StanceStatus.self, input.status ?? StanceStatus.concept.rawValue, empty: "Kies een status"),
            fields.line("ingenomenOp", "Ingenomen op", input.ingenomenOp, hint: "JJJJ, JJJJ-MM of JJJJ-MM-DD; verplicht zodra het meer is dan een concept."),
            fields.select("lobbyagenda", "Op de lobbyagenda", input.lobbyagenda == "ja" ? "ja" : nil,
                          options: [("ja", "Ja, het wordt actief uitgedragen")], empty: "Nee"),
            fields.text("omschrijving", "Toelichting", input.omschrijving),
        ]
        holderFields = [
            fields.line("eigenaar", "Van", input.eigenaar, hint: "De organisatie die het standpunt inneemt, zoals de VDG.", list: "organisaties"),
            fields.line("gremium", "Ingenomen door", input.gremium, hint: "Het overleg dat het innam, zoals het bestuur.", list: "gremia"),
            fields.line("trekker", "Trekker", input.trekker, hint: "Wie het uitdraagt.", list: "personen"),
            fields.line("steunendeOrganisaties", "Steunende organisaties", input.steunendeOrganisaties.joined(separator: "; "),
                        hint: "De id’s van de gemeenten (en andere organisaties) die het steunen, gescheiden door puntkomma’s.", list: "organisaties"),
        ]
        links = [
            fields.line("opgaven", "Opgaven", input.opgaven.joined(separator: "; "), hint: "De id’s, gescheiden door puntkomma’s.", list: "opgaven"),
            fields.line("bijeenkomst", "Ingebracht in de bijeenkomst", input.bijeenkomst, list: "bijeenkomsten"),
            fields.line("document", "Document", input.document, hint: "Het stuk waarin het standpunt staat.", list: "documenten"),
        ]
        access = [
            fields.select("vertrouwelijkheid", "Vertrouwelijkheid", Confidentiality.self, input.vertrouwelijkheid ?? "openbaar", empty: "Openbaar"),
            fields.line("toegang", "Toegang", input.toegang.joined(separator: "; "),
                        hint: "organisatie:ID of gremium:ID, gescheiden door puntkomma’s. Bij ‘vertrouwelijk’ zien alleen hun leden het standpunt."),
        ]
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.conflict = conflict
    }

    static let fieldLabels: [String: String] = [
        "titel": "Titel", "tekst": "Standpunt", "omschrijving": "Toelichting", "richting": "Gericht aan", "adressaat": "Organisatie die het aangaat",
        "eigenaar": "Van", "gremium": "Ingenomen door", "trekker": "Trekker", "status": "Status", "ingenomenOp": "Ingenomen op",
        "lobbyagenda": "Op de lobbyagenda", "steunendeOrganisaties": "Steunende organisaties", "opgaven": "Opgaven",
        "bijeenkomst": "Bijeenkomst", "document": "Document", "vertrouwelijkheid": "Vertrouwelijkheid", "toegang": "Toegang",
    ]

    static func input(from form: FormData) -> StanceInput {
        func list(_ name: String) -> [String] { form.all(name).flatMap { CSV.splitList($0) } }
        return StanceInput(
            titel: form["titel"], tekst: form["tekst"], omschrijving: form["omschrijving"], richting: form["richting"], adressaat: form["adressaat"],
            eigenaar: form["eigenaar"], gremium: form["gremium"], trekker: form["trekker"], status: form["status"], ingenomenOp: form["ingenomenOp"],
            lobbyagenda: form["lobbyagenda"], steunendeOrganisaties: list("steunendeOrganisaties"), opgaven: list("opgaven"),
            bijeenkomst: form["bijeenkomst"], document: form["document"], vertrouwelijkheid: form["vertrouwelijkheid"], toegang: list("toegang"))
    }
}

/// The suggestions of the form's id fields.
struct StanceFormChoices: Sendable {
    let organisations: [Catalog.Choice]
    let bodies: [Catalog.Choice]
    let persons: [Catalog.Choice]
    let meetings: [Catalog.Choice]
    let tasks: [Catalog.Choice]
    let documents: [Catalog.Choice]
}

extension StanceForm: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        \(conflict?.html(heading: "Het standpunt is intussen gewijzigd"))
        \(when: hasProblems, HTML.problemNotice(heading: "Het standpunt is niet opgeslagen", problems: problems))
        \(HTML.datalist("organisaties", choices.organisations))
        \(HTML.datalist("gremia", choices.bodies))
        \(HTML.datalist("personen", choices.persons))
        \(HTML.datalist("bijeenkomsten", choices.meetings))
        \(HTML.datalist("opgaven", choices.tasks))
        \(HTML.datalist("documenten", choices.documents))
        <form class="form" method="post" action="\(action)">
          \(HTML.csrfField(csrf))
          \(HTML.versionField(version))
          \(HTML.fieldset("Het standpunt", stanceFields))
          \(HTML.fieldset("Wie het inneemt en steunt", holderFields))
          \(HTML.fieldset("Koppelingen", links))
          \(HTML.fieldset("Toegang", access))
          <button type="submit" class="button" name="actie" value="opslaan">Opslaan</button>
        </form>
        """
    }
}
