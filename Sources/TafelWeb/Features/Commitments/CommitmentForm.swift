import TafelCore
import TafelStore

/// The commitment form's view model: every field with what was typed and its problem, and a
/// conflict when the commitment changed meanwhile.
struct CommitmentForm: Sendable {
    typealias Field = FormField

    let shell: Shell
    let heading: String
    let action: SiteRoute
    let csrf: String
    let version: Int?
    let promise: [Field]
    let whoAndWhere: [Field]
    let deadline: [Field]
    let fulfilment: [Field]
    let access: [Field]
    let choices: CommitmentFormChoices
    let problems: [FieldProblem]
    let hasProblems: Bool
    let conflict: FormConflict?

    init(input: CommitmentInput, action: SiteRoute, heading: String, version: Int?, csrf: String, choices: CommitmentFormChoices,
         problems: [FieldProblem] = [], conflict: FormConflict? = nil) {
        let fields = FormFieldMaker(problems: problems)
        shell = Shell(title: heading, section: .commitment, breadcrumbs: [Crumb(label: "Toezeggingen", href: .commitments())])
        self.heading = heading
        self.action = action
        self.csrf = csrf
        self.version = version
        self.choices = choices
        promise = [
            fields.line("titel", "Titel", input.titel, hint: "Een korte naam voor de lijst van toezeggingen.", required: true),
            fields.text("tekst", "Toezegging", input.tekst, hint: "Wat is toegezegd, zo dicht mogelijk bij de woorden van de bron."),
            fields.line("gedaanOp", "Gedaan op", input.gedaanOp, hint: "JJJJ, JJJJ-MM of JJJJ-MM-DD."),
        ]
        whoAndWhere = [
            fields.line("doorPersoon", "Toegezegd door (persoon)", input.doorPersoon,
                        hint: "Bijvoorbeeld de gedeputeerde; typ de naam of de id. Vul dit of het gremium in.", list: "personen"),
            fields.line("doorGremium", "Toegezegd door (gremium)", input.doorGremium,
                        hint: "Het college als geheel, zoals Gedeputeerde Staten (‘ons college’).", list: "gremia"),
            fields.line("aanGremium", "Gedaan aan (gremium)", input.aanGremium, hint: "Zoals Provinciale Staten of een Statencommissie.",
                        list: "gremia"),
            fields.line("aanOrganisatie", "Gedaan aan (organisatie)", input.aanOrganisatie, hint: "Alleen als het geen gremium is.",
                        list: "organisaties"),
            fields.line("bijeenkomst", "In de bijeenkomst", input.bijeenkomst, list: "bijeenkomsten"),
            choices.outcomes.isEmpty
                ? fields.line("uitkomst", "Uitkomst van die bijeenkomst (positie)", input.uitkomst,
                              hint: "De positie van de uitkomst die de toezegging vastlegt. Sla op met de bijeenkomst ingevuld, of begin vanaf de bijeenkomst: dan kiest u hier uit haar uitkomsten.")
                : fields.select("uitkomst", "Uitkomst van die bijeenkomst", input.uitkomst, options: choices.outcomes,
                                empty: "Geen bepaalde uitkomst"),
            fields.line("document", "In het document", input.document, hint: "De brief waarin de toezegging staat.", list: "documenten"),
        ]
        deadline = [
            fields.line("termijnDatum", "Termijn (datum)", input.termijnDatum,
                        hint: "JJJJ, JJJJ-MM of JJJJ-MM-DD; een jaar loopt tot en met 31 december."),
            fields.line("termijnGebeurtenis", "Termijn (gebeurtenis)", input.termijnGebeurtenis,
                        hint: "Een termijn die geen datum is, zoals ‘voor de behandeling van de begroting’."),
        ]
        fulfilment = [
            fields.line("voldaanMet", "Voldaan met (documenten)", input.voldaanMet.joined(separator: "; "),
                        hint: "De documenten die de toezegging nakomen, gescheiden door puntkomma’s.", list: "documenten"),
            fields.line("voldaanOp", "Voldaan op", input.voldaanOp,
                        hint: "Leeg laten met documenten hierboven: dan telt de datum van het laatste document. Te laat of op tijd volgt uit de data."),
            fields.select("besluit", "Besluit", CommitmentDecision.self, input.besluit, empty: "Geen besluit"),
            fields.text("besluitToelichting", "Toelichting bij het besluit", input.besluitToelichting,
                        hint: "Verplicht bij een besluit: waarom vervallen of aangehouden."),
            fields.text("omschrijving", "Toelichting van de redactie", input.omschrijving),
        ]
        access = [
            fields.select("vertrouwelijkheid", "Vertrouwelijkheid", Confidentiality.self, input.vertrouwelijkheid ?? "openbaar", empty: "Openbaar"),
            fields.line("toegang", "Toegang", input.toegang.joined(separator: "; "),
                        hint: "organisatie:ID of gremium:ID, gescheiden door puntkomma’s. Bij ‘vertrouwelijk’ zien alleen hun leden de toezegging."),
        ]
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.conflict = conflict
    }

    static let fieldLabels: [String: String] = [
        "titel": "Titel", "tekst": "Toezegging", "gedaanOp": "Gedaan op", "bijeenkomst": "Bijeenkomst", "uitkomst": "Uitkomst",
        "document": "Document", "doorPersoon": "Toegezegd door (persoon)", "doorGremium": "Toegezegd door (gremium)",
        "aanGremium": "Gedaan aan (gremium)", "aanOrganisatie": "Gedaan aan (organisatie)", "termijnDatum": "Termijn (datum)",
        "termijnGebeurtenis": "Termijn (gebeurtenis)", "voldaanOp": "Voldaan op", "voldaanMet": "Voldaan met", "besluit": "Besluit",
        "besluitToelichting": "Toelichting bij het besluit", "omschrijving": "Toelichting", "vertrouwelijkheid": "Vertrouwelijkheid",
        "toegang": "Toegang",
    ]

    static func input(from form: FormData) -> CommitmentInput {
        CommitmentInput(
            titel: form["titel"], tekst: form["tekst"], gedaanOp: form["gedaanOp"], bijeenkomst: form["bijeenkomst"], uitkomst: form["uitkomst"],
            document: form["document"], doorPersoon: form["doorPersoon"], doorGremium: form["doorGremium"], aanGremium: form["aanGremium"],
            aanOrganisatie: form["aanOrganisatie"], termijnDatum: form["termijnDatum"], termijnGebeurtenis: form["termijnGebeurtenis"],
            voldaanOp: form["voldaanOp"], voldaanMet: form.all("voldaanMet").flatMap { CSV.splitList($0) }, besluit: form["besluit"],
            besluitToelichting: form["besluitToelichting"], omschrijving: form["omschrijving"], vertrouwelijkheid: form["vertrouwelijkheid"],
            toegang: form.all("toegang").flatMap { CSV.splitList($0) })
    }
}

/// The suggestions of the form's id fields.
struct CommitmentFormChoices: Sendable {
    let people: [Catalog.Choice]
    let bodies: [Catalog.Choice]
    let organisations: [Catalog.Choice]
    let meetings: [Catalog.Choice]
    let documents: [Catalog.Choice]
    /// The outcomes of the meeting the form names, as position and text; empty without one.
    var outcomes: [(value: String, label: String)] = []
}

extension CommitmentForm: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        \(conflict?.html(heading: "De toezegging is intussen gewijzigd"))
        \(when: hasProblems, HTML.problemNotice(heading: "De toezegging is niet opgeslagen", problems: problems))
        \(HTML.datalist("personen", choices.people))
        \(HTML.datalist("gremia", choices.bodies))
        \(HTML.datalist("organisaties", choices.organisations))
        \(HTML.datalist("bijeenkomsten", choices.meetings))
        \(HTML.datalist("documenten", choices.documents))
        <form class="form" method="post" action="\(action)">
          \(HTML.csrfField(csrf))
          \(HTML.versionField(version))
          \(HTML.fieldset("De toezegging", promise))
          \(HTML.fieldset("Wie, aan wie en waar", whoAndWhere))
          \(HTML.fieldset("Termijn", deadline))
          \(HTML.fieldset("Nagekomen, vervallen of aangehouden", fulfilment))
          \(HTML.fieldset("Toegang", access))
          <button type="submit" class="button">Opslaan</button>
        </form>
        """
    }
}
